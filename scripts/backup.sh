#!/usr/bin/env bash
# Back up the PostgreSQL database and the uploaded files (see docs/backup.md).
#
#   DATABASE_URL=postgres://user@host:5432/meedoen MEDIA_ROOT=/srv/meedoen/media \
#       scripts/backup.sh /var/backups/meedoen
#
# Writes two files with the same UTC time stamp into the target folder:
#   meedoen-<stamp>.dump          pg_dump's custom format (compressed; for pg_restore)
#   meedoen-media-<stamp>.tar.gz  everything under MEDIA_ROOT
# and prints their paths. pg_dump reads one consistent snapshot, so the site
# may keep running. Its major version must be at least the server's.
set -euo pipefail

target="${1:-backups}"
: "${DATABASE_URL:?DATABASE_URL must point at the PostgreSQL database to back up}"
case "$DATABASE_URL" in
    postgres://* | postgresql://*) ;;
    *) echo "backup.sh: DATABASE_URL is not a PostgreSQL address" >&2; exit 2 ;;
esac
media_root="${MEDIA_ROOT:-media}"
if [ ! -d "$media_root" ]; then
    echo "backup.sh: MEDIA_ROOT '$media_root' is not a folder" >&2
    exit 2
fi

stamp="$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$target"
dump="$target/meedoen-$stamp.dump"
media="$target/meedoen-media-$stamp.tar.gz"

# Written under a temporary name first: a half-written backup never looks complete.
pg_dump --format=custom --no-owner --no-privileges --dbname="$DATABASE_URL" --file="$dump.part"
tar -czf "$media.part" -C "$media_root" .
mv "$dump.part" "$dump"
mv "$media.part" "$media"
echo "$dump"
echo "$media"
