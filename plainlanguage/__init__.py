"""Plain language (B1) for the Dutch texts residents read: a checker, a list of
words to avoid managed by staff, a panel in the page editor and a warning on save."""
