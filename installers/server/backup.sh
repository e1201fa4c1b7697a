#!/usr/bin/env bash
# A backup of the SocDesk server: the PostgreSQL database (pg_dump, custom format) and the
# server's folder (its key files), into $SOCDESK_BACKUP_DIR (default /var/backups/socdesk),
# keeping the newest $SOCDESK_BACKUP_KEEP (default 14) of each. Run as root, by
# socdesk-backup.timer daily, or by hand:  sudo ./backup.sh
# Copy the folder off the machine too (another disk, another building).
# PG_AS: how pg_dump/pg_restore run (default as the postgres user; empty: as this user, with
# the PGHOST, PGPORT and PGUSER of the environment).
set -euo pipefail
DB=${PGDATABASE:-socdesk}
DIR=${SOCDESK_BACKUP_DIR:-/var/backups/socdesk}
KEEP=${SOCDESK_BACKUP_KEEP:-14}
DATA=${SOCDESK_SERVER_DATA_DIR:-/var/lib/socdesk-server}
stamp=$(date -u +%Y%m%d-%H%M%S)

install -d -m 0700 "$DIR"
umask 077
dump=$DIR/socdesk-$stamp.dump
# Written under a temporary name: a half-written dump never looks like a backup.
${PG_AS-runuser -u postgres --} pg_dump --format=custom --no-owner --dbname="$DB" >"$dump.part"
pg_restore --list "$dump.part" >/dev/null  # readable, or this backup failed
mv "$dump.part" "$dump"
if [ -d "$DATA" ]; then
  tar -C "$(dirname "$DATA")" -czf "$DIR/socdesk-folder-$stamp.tar.gz.part" "$(basename "$DATA")"
  mv "$DIR/socdesk-folder-$stamp.tar.gz.part" "$DIR/socdesk-folder-$stamp.tar.gz"
fi
for pattern in 'socdesk-2*.dump' 'socdesk-folder-*.tar.gz'; do
  # shellcheck disable=SC2012  # our own file names, no spaces
  ls -1t "$DIR"/$pattern 2>/dev/null | tail -n +$((KEEP + 1)) | xargs -r rm -f
done
echo "backup: $dump ($(du -h "$dump" | cut -f1))"
