"""The feedback register: residents' ideas and what happened with them.

Filled in by the feedback-register issue; the app exists now so the page tree
and URLs have a stable place for it.
"""
