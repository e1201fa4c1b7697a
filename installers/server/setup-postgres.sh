#!/usr/bin/env bash
# Creates the SocDesk server's PostgreSQL role and database on this machine, and writes the
# server's environment file /etc/socdesk/server.env (database URL, secret, monitoring token),
# readable by root and the socdesk group only. Run once, as root, after install-server.sh:
#   sudo ./setup-postgres.sh            (database and role "socdesk")
#   sudo DB=socdesk_test ./setup-postgres.sh
# Running it again keeps an existing database and environment file (it says so).
set -euo pipefail
DB=${DB:-socdesk}
ROLE=${ROLE:-socdesk}
ENV_FILE=${ENV_FILE:-/etc/socdesk/server.env}

[ "$(id -u)" = 0 ] || { echo "setup-postgres.sh: run as root (sudo)" >&2; exit 1; }
command -v psql >/dev/null || { echo "setup-postgres.sh: apt-get install postgresql" >&2; exit 1; }
psql_as_postgres() { runuser -u postgres -- psql -v ON_ERROR_STOP=1 -qAt "$@"; }

if [ -z "$(psql_as_postgres -c "SELECT 1 FROM pg_roles WHERE rolname = '$ROLE'")" ]; then
  # Peer authentication over the local socket: the socdesk system user is the role, no
  # password to keep. The URL below connects through /var/run/postgresql.
  psql_as_postgres -c "CREATE ROLE \"$ROLE\" LOGIN"
  echo "role $ROLE created"
fi
if [ -z "$(psql_as_postgres -c "SELECT 1 FROM pg_database WHERE datname = '$DB'")" ]; then
  psql_as_postgres -c "CREATE DATABASE \"$DB\" OWNER \"$ROLE\" ENCODING 'UTF8' TEMPLATE template0"
  echo "database $DB created"
else
  echo "database $DB exists: kept"
fi

if [ -e "$ENV_FILE" ]; then
  echo "$ENV_FILE exists: kept (delete it to write a new secret; enrolled devices then need new codes)"
  exit 0
fi
install -d -m 0750 -g socdesk "$(dirname "$ENV_FILE")"
umask 027
secret=$(python3 -c 'import secrets; print(secrets.token_urlsafe(32))')
status=$(python3 -c 'import secrets; print(secrets.token_urlsafe(32))')
cat >"$ENV_FILE" <<ENV
# The SocDesk server's settings (socdesk-server.service, backup.sh, restore.sh).
SOCDESK_SERVER_DATABASE_URL=postgresql+psycopg://$ROLE@/$DB?host=/var/run/postgresql
# The key of the hashes of device tokens and enrolment codes: changing it makes every
# device enrol again. Kept in the backups of the server's folder too.
SOCDESK_SERVER_SECRET=$secret
# Bearer token of GET /api/v1/status for monitoring (or a coordinator's device token).
SOCDESK_SERVER_STATUS_TOKEN=$status
# A log collector that gets the JSON log lines too (udp://HOST:514 or tcp://HOST:514):
# SOCDESK_SERVER_LOG_SYSLOG=tcp://logs.example-hromada.gov.ua:514
# For backup.sh / restore.sh
PGDATABASE=$DB
SOCDESK_BACKUP_DIR=/var/backups/socdesk
SOCDESK_BACKUP_KEEP=14
ENV
chgrp socdesk "$ENV_FILE"
echo "wrote $ENV_FILE"
