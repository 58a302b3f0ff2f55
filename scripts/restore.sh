#!/usr/bin/env bash
# Restore a backup made by scripts/backup.sh into an EMPTY database (see docs/backup.md).
#
#   createdb -h host -U user meedoen_restored
#   DATABASE_URL=postgres://user@host:5432/meedoen_restored MEDIA_ROOT=/srv/meedoen/media \
#       scripts/restore.sh backups/meedoen-<stamp>.dump backups/meedoen-media-<stamp>.tar.gz
#
# Refuses a database that already has tables, and a MEDIA_ROOT that already
# has files: restoring over live data would mix two states. The database is
# restored in one transaction: on any error nothing is left half done.
set -euo pipefail

dump="${1:?usage: restore.sh DUMP_FILE [MEDIA_TAR]}"
media="${2:-}"
: "${DATABASE_URL:?DATABASE_URL must point at the EMPTY PostgreSQL database to restore into}"
case "$DATABASE_URL" in
    postgres://* | postgresql://*) ;;
    *) echo "restore.sh: DATABASE_URL is not a PostgreSQL address" >&2; exit 2 ;;
esac
[ -f "$dump" ] || { echo "restore.sh: no such file: $dump" >&2; exit 2; }
if [ -n "$media" ] && [ ! -f "$media" ]; then
    echo "restore.sh: no such file: $media" >&2
    exit 2
fi

tables="$(psql --dbname="$DATABASE_URL" --tuples-only --no-align --command \
    "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")"
if [ "$tables" != "0" ]; then
    echo "restore.sh: the database already has $tables table(s); restore into an empty one" >&2
    exit 3
fi
media_root="${MEDIA_ROOT:-media}"
if [ -n "$media" ] && [ -d "$media_root" ] && [ -n "$(ls -A "$media_root")" ]; then
    echo "restore.sh: MEDIA_ROOT '$media_root' is not empty" >&2
    exit 3
fi

pg_restore --no-owner --no-privileges --exit-on-error --single-transaction \
    --dbname="$DATABASE_URL" "$dump"
echo "Database restored from $dump."
if [ -n "$media" ]; then
    mkdir -p "$media_root"
    tar -xzf "$media" -C "$media_root"
    echo "Files restored into $media_root."
fi
