#!/usr/bin/env bash
# Installs the SocDesk server on a Debian 12 machine, as root, from a copy of the project:
#   sudo installers/server/install-server.sh            (from the project's folder)
# Makes the system user socdesk, a virtual environment in /opt/socdesk with SocDesk and its
# `server` extra, and the systemd units; then run setup-postgres.sh, configure nginx
# (socdesk-server.nginx.conf) and `systemctl enable --now socdesk-server socdesk-backup.timer`.
set -euo pipefail
SRC=$(cd "$(dirname "$0")/../.." && pwd)
PREFIX=${PREFIX:-/opt/socdesk}

[ "$(id -u)" = 0 ] || { echo "install-server.sh: run as root (sudo)" >&2; exit 1; }
export DEBIAN_FRONTEND=noninteractive
apt-get install -y -qq --no-install-recommends python3-venv postgresql >/dev/null
id socdesk >/dev/null 2>&1 || useradd --system --home-dir /var/lib/socdesk-server \
  --shell /usr/sbin/nologin socdesk
python3 -m venv "$PREFIX"
"$PREFIX/bin/pip" install --quiet --upgrade pip
"$PREFIX/bin/pip" install --quiet "$SRC[server]"
install -d "$PREFIX/share/installers"
cp -r "$SRC/installers/server" "$PREFIX/share/installers/"
install -m 0644 "$SRC"/installers/server/socdesk-{server,backup}.service \
  "$SRC"/installers/server/socdesk-backup.timer /etc/systemd/system/
systemctl daemon-reload
echo "installed into $PREFIX; next: $PREFIX/share/installers/server/setup-postgres.sh"
