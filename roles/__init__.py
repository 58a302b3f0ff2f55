"""Staff roles: Beheerders, Communicatie, Moderatoren and one Wijkteam per neighbourhood.

The groups and their permissions are created by a data migration and kept in
step with the neighbourhoods by ``manage.py sync_roles`` (also run when a
neighbourhood page or a translation of one is created). Feedback pages (the
register and its ideas) follow a stricter permission policy than the rest of
the tree; see ``permissions``.
"""
