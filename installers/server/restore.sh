#!/usr/bin/env bash
# Restores the SocDesk server from a backup made by backup.sh:
#   sudo ./restore.sh /var/backups/socdesk/socdesk-20261206-023000.dump [folder.tar.gz]
# Stops the server, replaces the database's contents with the dump (and the server's folder
# with the archive, if given), starts the server again. Refuses a file that is not a
# pg_dump archive. Changes desktops sent after the backup was made are not in it (README,
# "Deploying the server": a known limit).
# PG_AS: how pg_dump/pg_restore run (default as the postgres user; empty: as this user, with
# the PGHOST, PGPORT and PGUSER of the environment).
set -euo pipefail
DB=${PGDATABASE:-socdesk}
ROLE=${ROLE:-socdesk}
DATA=${SOCDESK_SERVER_DATA_DIR:-/var/lib/socdesk-server}
dump=${1:?usage: restore.sh BACKUP.dump [FOLDER.tar.gz]}
folder=${2:-}

[ "$(id -u)" = 0 ] || { echo "restore.sh: run as root (sudo)" >&2; exit 1; }
if ! pg_restore --list "$dump" >/dev/null 2>&1; then
  echo "restore.sh: $dump is not a pg_dump archive; nothing changed" >&2
  exit 2
fi
if [ -n "$folder" ] && ! tar -tzf "$folder" >/dev/null 2>&1; then
  echo "restore.sh: $folder is not a tar.gz archive; nothing changed" >&2
  exit 2
fi
running=0
if systemctl is-active --quiet socdesk-server 2>/dev/null; then
  running=1
  systemctl stop socdesk-server
fi
# --clean --if-exists: the database keeps its owner and grants, its tables are replaced.
${PG_AS-runuser -u postgres --} pg_restore --clean --if-exists --no-owner --role="$ROLE" \
  --single-transaction --dbname="$DB" <"$dump"
if [ -n "$folder" ]; then
  rm -rf "$DATA.restoring" && mkdir -p "$DATA.restoring"
  tar -C "$DATA.restoring" -xzf "$folder"
  rm -rf "$DATA.before-restore" && { [ ! -d "$DATA" ] || mv "$DATA" "$DATA.before-restore"; }
  mv "$DATA.restoring/$(basename "$DATA")" "$DATA" && rmdir "$DATA.restoring"
  chown -R socdesk:socdesk "$DATA" 2>/dev/null || true
fi
if [ "$running" = 1 ]; then systemctl start socdesk-server; fi
echo "restored $DB from $dump"
