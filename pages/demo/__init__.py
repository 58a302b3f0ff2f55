"""Dutch demo content (with English translations) for the Meedoen portal.

The texts are written in the project's own words from the facts in the seed
documents. Every translatable string is a :class:`~pages.demo.text.T` pair so the
loader can build the Dutch page and then fill wagtail-localize's translation
memory segment by segment.
"""
