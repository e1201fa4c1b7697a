"""`socdesk server`: the sync server, and `socdesk server admin enrol|devices|revoke|rotate|
transfer|bundle`.

The server keeps its data in a folder of its own (--data-dir, else SOCDESK_SERVER_DATA_DIR,
else the platform's data folder `SocDesk-server`): a SQLite file by default, or the database
of --database-url (SOCDESK_SERVER_DATABASE_URL). Its secret (the key of the hashes of device
tokens and enrolment codes) comes from SOCDESK_SERVER_SECRET, else from the file
`server.secret` in that folder, which is generated once (random, readable by its owner only):
there is never a default secret.
"""

from __future__ import annotations

import argparse
import os
import secrets
from pathlib import Path
from typing import TYPE_CHECKING

from socdesk import paths
from socdesk.cli import EXIT_OK, EXIT_USAGE, Io, _emit, common
from socdesk.domain.errors import UsageError

if TYPE_CHECKING:
    from socdesk.server.settings import ServerSettings

DATA_DIR_ENV = "SOCDESK_SERVER_DATA_DIR"
DATABASE_ENV = "SOCDESK_SERVER_DATABASE_URL"
SECRET_ENV = "SOCDESK_SERVER_SECRET"
SECRET_FILE = "server.secret"
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8765


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    server = sub.add_parser(
        "server",
        help="запустити сервер синхронізації (або: server admin …)",
        description="Запускає сервер синхронізації SocDesk. Папка даних сервера — --data-dir "
        "(або SOCDESK_SERVER_DATA_DIR); типово база SQLite у ній.",
    )
    common(server)
    _database(server)
    server.add_argument("--host", default=DEFAULT_HOST, help=f"адреса (типово {DEFAULT_HOST})")
    server.add_argument(
        "--port", type=int, default=DEFAULT_PORT, help=f"порт (типово {DEFAULT_PORT})"
    )
    server_sub = server.add_subparsers(dest="server_command", parser_class=type(server))
    admin = server_sub.add_parser("admin", help="пристрої та коди підключення")
    common(admin)
    admin_sub = admin.add_subparsers(dest="server_admin", required=True, parser_class=type(server))
    enrol = admin_sub.add_parser("enrol", help="створити одноразовий код підключення")
    common(enrol)
    _database(enrol)
    enrol.add_argument("--workplace", required=True, help="назва робочого місця")
    enrol.add_argument(
        "--districts",
        required=True,
        help="id старостинських округів через кому, або all (усі округи: координатор)",
    )
    devices = admin_sub.add_parser("devices", help="підключені пристрої")
    common(devices)
    _database(devices)
    revoke = admin_sub.add_parser("revoke", help="відключити пристрій (його токен більше не діє)")
    common(revoke)
    _database(revoke)
    revoke.add_argument("device", help="id пристрою (див. server admin devices)")
    rotate = admin_sub.add_parser("rotate", help="попросити пристрій замінити свій токен")
    common(rotate)
    _database(rotate)
    rotate.add_argument("device", help="id пристрою (див. server admin devices)")
    transfer = admin_sub.add_parser(
        "transfer", help="перевести особу з усіма її справами до іншого старостинського округу"
    )
    common(transfer)
    _database(transfer)
    transfer.add_argument("person", help="id особи")
    transfer.add_argument("--to", dest="district", required=True, help="id нового округу")
    from socdesk.cli.report import report_arguments

    report = admin_sub.add_parser("report", help="звіт громади з рядків сервера")
    common(report)
    _database(report)
    report.add_argument("kind", help="вид звіту (див. socdesk report --list)")
    report_arguments(report)
    bundle = admin_sub.add_parser("bundle", help="пакети змін на флешці (USB)")
    common(bundle)
    bundle_sub = bundle.add_subparsers(
        dest="bundle_command", required=True, parser_class=type(server)
    )
    imp = bundle_sub.add_parser("import", help="прийняти пакети від робочих місць")
    common(imp)
    _database(imp)
    imp.add_argument("files", nargs="+", type=Path, help="файли пакетів")
    exp = bundle_sub.add_parser("export", help="записати пакети для робочих місць")
    common(exp)
    _database(exp)
    exp.add_argument(
        "--for", dest="for_", required=True, help="id пристрою робочого місця, або all (усі)"
    )
    exp.add_argument("--to", dest="folder", required=True, type=Path, help="папка (флешка)")


def _database(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--database-url",
        default=argparse.SUPPRESS,
        help="база даних сервера, напр. postgresql+psycopg://… (типово SQLite у папці даних)",
    )


SERVER_LIBRARIES = ("fastapi", "uvicorn", "psycopg", "pydantic_settings")


def require_server_libraries() -> None:
    """The server's libraries are the `server` extra, which the desktop package leaves out:
    say in Ukrainian how to install them instead of a traceback."""
    import importlib

    missing = []
    for name in SERVER_LIBRARIES:
        try:
            importlib.import_module(name)
        except ImportError:
            missing.append(name)
    if missing:
        raise UsageError(
            f"Для сервера бракує бібліотек: {', '.join(missing)}. Пакунок настільної програми "
            "їх не містить. Встановіть SocDesk із серверними бібліотеками: "
            "pip install 'socdesk[server]' (або make setup у теці проєкту), див. installers/server."
        )


def run(args: argparse.Namespace, app_paths: paths.AppPaths, io: Io) -> int:
    require_server_libraries()
    settings = server_settings(args, io)
    if getattr(args, "server_command", None) == "admin":
        return _admin(args, settings, io)
    return _serve(args, settings, io)


COMMANDS = {"server": run}


# ---------------------------------------------------------------------- settings
def server_dir(args: argparse.Namespace, io: Io) -> Path:
    """The server's own data folder (never a desktop's data folder by accident)."""
    import platformdirs

    chosen = (
        getattr(args, "data_dir", None)
        or io.environ.get(DATA_DIR_ENV)
        or platformdirs.user_data_dir("SocDesk-server", False)
    )
    return Path(chosen).expanduser().absolute()


def server_settings(args: argparse.Namespace, io: Io) -> ServerSettings:
    """The settings from the arguments and the environment, checked (a weak secret fails)."""
    from socdesk.server.settings import load_settings

    folder = server_dir(args, io)
    if (folder / paths.DB_FILE).exists():
        raise UsageError(
            f"Папка {folder} — папка даних робочого місця, а не сервера. Вкажіть для сервера "
            "окрему папку: --data-dir."
        )
    folder.mkdir(parents=True, exist_ok=True)
    url = getattr(args, "database_url", None) or io.environ.get(DATABASE_ENV, "")
    secret = io.environ.get(SECRET_ENV) or folder_secret(folder)
    return load_settings(data_dir=folder, database_url=url, secret=secret)


def folder_secret(folder: Path) -> str:
    """The secret kept in the server's folder: made once (random, mode 0600), then read."""
    path = folder / SECRET_FILE
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        if path.stat().st_mode & 0o077:
            os.chmod(path, 0o600)  # nobody but the server's owner reads it
        return path.read_text(encoding="ascii").strip()
    with os.fdopen(fd, "w", encoding="ascii") as file:
        file.write(secrets.token_urlsafe(32) + "\n")
    return path.read_text(encoding="ascii").strip()


# ---------------------------------------------------------------------- commands
def _serve(args: argparse.Namespace, settings: ServerSettings, io: Io) -> int:
    import uvicorn

    from socdesk.server.app import create_app
    from socdesk.server.logs import uvicorn_log_config

    if not 0 < args.port < 65536:
        raise UsageError("--port має бути числом від 1 до 65535.")
    app = create_app(settings)
    where = "SQLite у папці даних" if not settings.database_url else "зовнішня база даних"
    io.stderr.write(
        f"Сервер SocDesk: http://{args.host}:{args.port} (дані: {settings.data_dir}, {where}).\n"
        f"Документація API: http://{args.host}:{args.port}/docs. Зупинити: Ctrl+C.\n"
    )
    try:
        uvicorn.run(
            app, host=args.host, port=args.port, log_config=uvicorn_log_config(settings.log_syslog)
        )
    finally:
        app.state.server.engine.dispose()
    return EXIT_OK


def _admin(args: argparse.Namespace, settings: ServerSettings, io: Io) -> int:
    from socdesk.server import admin
    from socdesk.server.devices import CODE_TTL

    match args.server_admin:
        case "report":
            from socdesk.cli.report import run_server_report

            return run_server_report(args, settings, io)
        case "enrol":
            districts = parse_districts(args.districts)
            code = admin.enrol(settings, args.workplace, districts)
            hours = int(CODE_TTL.total_seconds() // 3600)
            scope = "усі округи" if districts is None else ", ".join(districts)
            data = {"code": code, "workplace": args.workplace.strip(), "districts": districts}
            _emit(
                io,
                args,
                {**data, "expires_in_hours": hours},
                f"Код підключення: {code}\n"
                f"Робоче місце: {args.workplace.strip()}; округи: {scope}.\n"
                f"Код одноразовий і діє {hours} год. На комп’ютері робочого місця: "
                f"socdesk connect --server АДРЕСА --code {code}\n",
            )
            return EXIT_OK
        case "devices":
            found = admin.list_devices(settings)
            lines = [
                f"{d['id']}  {d['workplace']}  "
                f"{'усі округи' if d['districts'] is None else ','.join(d['districts'])}  "
                f"{'ВІДКЛЮЧЕНО' if d['revoked'] else 'активний'}  {d['enrolled_at']}  "
                f"зв’язок: {d['last_seen'] or 'ще не було'}"
                + ("  ЖУРНАЛ ДІЙ ПОРУШЕНО" if d["audit_break"] else "")
                + "\n"
                for d in found
            ]
            _emit(io, args, {"devices": found}, "".join(lines) or "Пристроїв ще немає.\n")
            return EXIT_OK
        case "revoke":
            if not admin.revoke(settings, args.device):
                raise _no_such_device(args.device)
            _emit(
                io,
                args,
                {"revoked": args.device},
                f"Пристрій {args.device} відключено: сервер більше не прийме його запитів.\n",
            )
            return EXIT_OK
        case "rotate":
            if not admin.rotate(settings, args.device):
                raise _no_such_device(args.device)
            _emit(
                io,
                args,
                {"rotate": args.device},
                f"Пристрій {args.device} замінить свій токен під час наступної синхронізації; "
                "старий діятиме, доки новий не буде вжито.\n",
            )
            return EXIT_OK
        case "transfer":
            moved = admin.transfer_person(settings, args.person, args.district)
            _emit(
                io,
                args,
                {
                    "person": moved.person_id,
                    "from_district": moved.from_district,
                    "to_district": moved.to_district,
                    "rows": moved.rows,
                },
                f"Особу переведено до округу {moved.to_district} (записів: {moved.rows}). "
                "Пристрої нового округу отримають її дані під час наступної синхронізації, "
                "пристрої старого — вилучать.\n",
            )
            return EXIT_OK
        case "bundle":
            return _bundle(args, settings, io)
    return EXIT_USAGE


def _bundle(args: argparse.Namespace, settings: ServerSettings, io: Io) -> int:
    """`server admin bundle import FILE...` and `server admin bundle export --for --to`."""
    from socdesk.cli import EXIT_PARTIAL
    from socdesk.server import admin

    if args.bundle_command == "export":
        written = admin.bundle_export(settings, args.for_, args.folder)
        listed = "".join(f"{path}\n" for path in written) or "Робочих місць для пакетів немає.\n"
        _emit(io, args, {"written": [str(p) for p in written]}, listed)
        return EXIT_OK
    done: list[dict[str, object]] = []
    lines: list[str] = []
    refused = 0
    for path, outcome in admin.bundle_import(settings, args.files):
        if isinstance(outcome, Exception):
            refused += 1
            done.append({"file": str(path), "refused": str(outcome)})
            lines.append(f"{path}: відхилено — {outcome}\n")
            continue
        result = outcome.result
        counts = result.to_json() if result is not None else {}
        done.append({"file": str(path), "duplicate": outcome.duplicate, **counts})
        lines.append(
            f"{path}: уже імпортовано раніше, нічого не змінено.\n"
            if outcome.duplicate
            else f"{path}: прийнято змін: {len(result.accepted) if result else 0}.\n"
        )
    _emit(io, args, {"bundles": done}, "".join(lines))
    return EXIT_USAGE if refused == len(done) else EXIT_PARTIAL if refused else EXIT_OK


def _no_such_device(device: str) -> UsageError:
    return UsageError(
        f"Пристрою {device} на сервері немає. Перевірте id: socdesk server admin devices."
    )


def parse_districts(text: str) -> list[str] | None:
    """`all` (every district: None) or the district ids, comma-separated."""
    if text.strip().lower() in ("all", "усі", "все"):
        return None
    ids = [part.strip() for part in text.split(",") if part.strip()]
    if not ids:
        raise UsageError("Вкажіть id старостинських округів через кому або all (усі округи).")
    return ids
