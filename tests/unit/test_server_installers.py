"""installers/server: the shell scripts parse, the systemd unit starts the server command the
CLI knows on the port nginx forwards to, and the backup runs the script that is shipped."""

from __future__ import annotations

import configparser
import re
import shlex
import subprocess
from pathlib import Path

import pytest

from socdesk.cli import build_parser

ROOT = Path(__file__).resolve().parents[2]
SERVER = ROOT / "installers" / "server"
SCRIPTS = [
    *sorted(SERVER.glob("*.sh")),
    ROOT / "scripts" / "package",
    ROOT / "scripts" / "package-test",
]


def _unit(name: str) -> configparser.ConfigParser:
    unit = configparser.ConfigParser(interpolation=None, strict=False)
    unit.optionxform = str  # type: ignore[assignment,method-assign]
    unit.read(SERVER / name, encoding="utf-8")
    return unit


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda p: p.name)
def test_shell_scripts_parse_and_are_executable(script: Path) -> None:
    done = subprocess.run(["bash", "-n", str(script)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert script.stat().st_mode & 0o111 and script.read_text().startswith("#!/usr/bin/env bash")


def test_the_unit_starts_the_server_command_on_the_proxied_port() -> None:
    service = _unit("socdesk-server.service")["Service"]
    argv = shlex.split(service["ExecStart"])
    assert argv[0] == "/opt/socdesk/bin/socdesk"  # where install-server.sh puts the venv
    args = build_parser().parse_args(argv[1:])
    assert args.command == "server" and getattr(args, "server_command", None) is None
    assert args.host == "127.0.0.1"  # only nginx faces the network
    assert args.data_dir == "/var/lib/socdesk-server" == "/var/lib/" + service["StateDirectory"]
    assert service["User"] == "socdesk" and service["EnvironmentFile"] == "/etc/socdesk/server.env"
    nginx = (SERVER / "socdesk-server.nginx.conf").read_text(encoding="utf-8")
    assert f"proxy_pass http://127.0.0.1:{args.port};" in nginx
    assert "listen 443 ssl;" in nginx and "ssl_certificate " in nginx
    install = (SERVER / "install-server.sh").read_text(encoding="utf-8")
    assert '"$SRC[server]"' in install and "/opt/socdesk" in install


def test_the_environment_file_names_the_servers_settings() -> None:
    """setup-postgres.sh writes the variables the server (cli/server.py, ServerSettings) and
    the backup scripts read."""
    from socdesk.cli.server import DATABASE_ENV, SECRET_ENV

    setup = (SERVER / "setup-postgres.sh").read_text(encoding="utf-8")
    written = set(re.findall(r"^([A-Z_]+)=", setup, flags=re.MULTILINE))
    assert {DATABASE_ENV, SECRET_ENV, "SOCDESK_SERVER_STATUS_TOKEN", "PGDATABASE"} <= written
    backup = (SERVER / "backup.sh").read_text(encoding="utf-8")
    assert {"SOCDESK_BACKUP_DIR", "SOCDESK_BACKUP_KEEP"} <= written
    assert all(name in backup for name in ("SOCDESK_BACKUP_DIR", "SOCDESK_BACKUP_KEEP", "pg_dump"))


def test_the_backup_timer_runs_the_shipped_backup_script() -> None:
    service = _unit("socdesk-backup.service")["Service"]
    script = Path(service["ExecStart"])
    assert script.name == "backup.sh" and (SERVER / script.name).exists()
    assert str(script.parent) == "/opt/socdesk/share/installers/server"  # install-server.sh
    assert _unit("socdesk-backup.timer")["Timer"]["OnCalendar"]


def test_readme_points_at_the_server_installers() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("**Deploying the server.**", 1)[1].split("\n\n", 1)[0]
    assert "installers/server/" in section
    own = (SERVER / "README.md").read_text(encoding="utf-8")
    for name in sorted(p.name for p in SERVER.iterdir() if p.name != "README.md"):
        assert name in own, name


def test_the_proxy_serves_only_the_api_and_the_secrets_are_not_world_readable() -> None:
    """ASVS 13.4.5 (the OpenAPI pages stay off the public address), 13.3.2 (the settings file
    with the secret: a 0750 folder, written under umask 027, read by the service's group) and
    13.2.1–13.2.2 (the database role logs in by peer authentication, with no password, no
    superuser rights, owning only its database)."""
    nginx = (SERVER / "socdesk-server.nginx.conf").read_text(encoding="utf-8")
    https = nginx[nginx.index("listen 443") :]
    proxied = re.findall(r"location (\S+) \{[^}]*proxy_pass", https)
    assert proxied == ["/api/"]
    assert re.search(r"location / \{ return 404; \}", https)
    setup = (SERVER / "setup-postgres.sh").read_text(encoding="utf-8")
    assert 'install -d -m 0750 -g socdesk "$(dirname "$ENV_FILE")"' in setup
    assert setup.index("umask 027") < setup.index('cat >"$ENV_FILE"')
    role = re.search(r'CREATE ROLE \\"\$ROLE\\" ([A-Z ]+)"', setup)
    assert role is not None and role.group(1).split() == ["LOGIN"]  # no SUPERUSER, no CREATEDB
    assert 'OWNER \\"$ROLE\\"' in setup
    url = re.search(r"SOCDESK_SERVER_DATABASE_URL=(\S+)", setup)
    assert url is not None and url.group(1).startswith("postgresql+psycopg://$ROLE@/")  # no :pw
