"""Whole-page caching for anonymous visitors, and keeping it correct.

A cached page is served without touching the database. Correctness comes from a
*generation*: every cache key includes it, and any change that can show on a
public page (publishing, unpublishing, moving or deleting a page, a feedback
update, a synced translation, a snippet or setting) replaces it once the change
is committed. The next request of every page, in every language, is then
rendered afresh. See docs/performance.md ("Caching").
"""
