"""The `socdesk` command: gui (default), demo, export, import, print, admin check / backup /
restore.

Exit codes (kept by every later command): 0 success; 1 internal error (a bug); 2 usage error or
unreadable input; 3 done, but some items were rejected or held; 4 authentication failed or
required; 5 store locked, wrong key, newer schema or corrupt; 6 server unreachable; 130 cancelled.
Commands never prompt without a terminal: the password comes from SOCDESK_PASSWORD.
"""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import os
import shutil
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from socdesk import __version__, logs, paths
from socdesk.domain.errors import (
    Cancelled,
    DataDirNotEmpty,
    PasswordRequired,
    SocDeskError,
    UsageError,
)

if TYPE_CHECKING:
    from socdesk.store.database import Store

log = logging.getLogger("socdesk.cli")

EXIT_OK = 0
EXIT_BUG = 1
EXIT_USAGE = 2
EXIT_PARTIAL = 3
EXIT_CANCELLED = 130
PASSWORD_ENV = "SOCDESK_PASSWORD"
USER_ENV = "SOCDESK_USER"
_NOT_DATA = ("logs", "socdesk.lock")  # a folder holding only these is empty for the demo
SOCDESK_FILES = (
    paths.DB_FILE,
    paths.DB_FILE + "-wal",
    paths.DB_FILE + "-shm",
    paths.KEY_FILE,
    "socdesk.instance",  # store.identity.INSTANCE_FILE
)


@dataclass(frozen=True, slots=True)
class Io:
    """What a command reads from and writes to, so tests can run commands in-process."""

    environ: Mapping[str, str]
    stdout: TextIO
    stderr: TextIO
    interactive: bool


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(f"{message}\nДовідка: socdesk --help")


def _common(parser: argparse.ArgumentParser, *, top: bool) -> None:
    """Options accepted before or after the subcommand."""
    default = None if top else argparse.SUPPRESS
    parser.add_argument("--data-dir", default=default, help="папка даних (або SOCDESK_DATA_DIR)")
    parser.add_argument("--user", default=default, help="ім’я користувача (або SOCDESK_USER)")
    parser.add_argument("--json", action="store_true", default=default, help="вивід у JSON")
    parser.add_argument("--json-log", action="store_true", default=default, help="журнал у JSON")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="socdesk", description="SocDesk: облік отримувачів соціальних послуг.")
    parser.add_argument("--version", action="version", version=f"SocDesk {__version__}")
    _common(parser, top=True)
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    gui = sub.add_parser("gui", help="відкрити програму (типово)")
    _common(gui, top=False)
    gui.add_argument("--no-error-dialogs", action="store_true", default=argparse.SUPPRESS)

    demo = sub.add_parser("demo", help="створити демонстраційну громаду")
    _common(demo, top=False)
    demo.add_argument("--recipients", type=int, default=500)
    demo.add_argument("--seed", type=int, default=1)
    demo.add_argument("--force", action="store_true", help="замінити наявні дані SocDesk")

    export = sub.add_parser("export", help="експорт реєстру")
    _common(export, top=False)
    export.add_argument("what", choices=["recipients"])
    export.add_argument("--format", choices=["csv", "xlsx", "json"], default="xlsx")
    export.add_argument("--out", required=True, type=Path)
    export.add_argument("--search", default=None, help="лише ті, кого знаходить цей пошук")

    imp = sub.add_parser("import", help="імпорт отримувачів з XLSX або CSV")
    _common(imp, top=False)
    imp.add_argument("what", choices=["recipients"])
    imp.add_argument("file", type=Path)
    imp.add_argument("--mapping", type=Path, help='JSON: {"заголовок": "поле"}')
    imp.add_argument("--dry-run", action="store_true", help="лише перевірити, нічого не записати")
    imp.add_argument("--rejected", type=Path, help="зберегти відхилені рядки в CSV")
    imp.add_argument(
        "--district",
        default=None,
        help="старостинський округ (назва або id) для нових населених пунктів і осіб, "
        "яких не віднести до округу за населеним пунктом",
    )

    prt = sub.add_parser("print", help="надрукувати документ у PDF (або пакет документів)")
    _common(prt, top=False)
    prt.add_argument("kind", nargs="?", help="вид документа (див. --list) або batch")
    prt.add_argument("batch_kind", nargs="?", help="для batch: вид документа")
    prt.add_argument("--list", action="store_true", help="види документів")
    prt.add_argument("--id", default="", help="особи чи справи, як потребує вид")
    prt.add_argument("--month", default=None, help="РРРР-ММ для акта наданих послуг")
    prt.add_argument("--from", dest="start", default=None, help="початок періоду, РРРР-ММ-ДД")
    prt.add_argument("--to", dest="end", default=None, help="кінець періоду, РРРР-ММ-ДД")
    prt.add_argument("--district", default=None, help="старостинський округ (id)")
    prt.add_argument("--out", type=Path, default=None, help="файл .pdf або папка")

    admin = sub.add_parser("admin", help="обслуговування сховища")
    _common(admin, top=False)
    admin_sub = admin.add_subparsers(dest="admin_command", required=True, parser_class=_Parser)
    check = admin_sub.add_parser("check", help="перевірити цілісність")
    _common(check, top=False)
    backup = admin_sub.add_parser("backup", help="зробити резервну копію")
    _common(backup, top=False)
    backup.add_argument("--to", required=True, type=Path, help="файл .socbackup")
    restore = admin_sub.add_parser("restore", help="відновити з резервної копії")
    _common(restore, top=False)
    restore.add_argument("file", type=Path)
    return parser


def main(argv: Sequence[str] | None = None, io: Io | None = None) -> int:
    io = io or Io(os.environ, sys.stdout, sys.stderr, sys.stdin.isatty())
    try:
        args = build_parser().parse_args(argv)
        app_paths = paths.resolve(args.data_dir, io.environ)
        logs.setup(app_paths.log_dir, json_lines=bool(args.json_log))
        return _dispatch(args, app_paths, io)
    except SocDeskError as exc:
        _report_error(io, exc, getattr(exc, "exit_code", EXIT_BUG))
        return exc.exit_code
    except (Cancelled, KeyboardInterrupt):
        io.stderr.write("Скасовано.\n")
        return EXIT_CANCELLED
    except SystemExit as exc:  # --help and --version
        return int(exc.code or 0)
    except OSError as exc:
        from socdesk.store.errors import known_error

        known = known_error(exc)  # a full disk, wherever the write was
        if known is None:
            return _bug(io, exc)
        _report_error(io, known, known.exit_code)
        return known.exit_code
    except Exception as exc:  # noqa: BLE001 - the last line: a bug, reported without its message
        return _bug(io, exc)


def _bug(io: Io, exc: BaseException) -> int:
    report = logs.bug_report(type(exc), exc.__traceback__, __version__)
    log.error("unexpected error\n%s", report)
    io.stderr.write(
        "Внутрішня помилка SocDesk. Подробиці записано в журнал; передайте його координатору.\n"
    )
    return EXIT_BUG


def _report_error(io: Io, exc: SocDeskError, code: int) -> None:
    log.info("command failed: %s (exit %s)", type(exc).__name__, code)
    io.stderr.write(f"{exc}\n")


def _dispatch(args: argparse.Namespace, app_paths: paths.AppPaths, io: Io) -> int:
    commands: dict[str | None, Callable[[argparse.Namespace, paths.AppPaths, Io], int]] = {
        None: _gui,
        "gui": _gui,
        "demo": _demo,
        "export": _export,
        "import": _import,
        "print": _print,
        "admin": _admin,
    }
    return commands[args.command](args, app_paths, io)


# ---------------------------------------------------------------------- credentials
def _login(args: argparse.Namespace, io: Io) -> str:
    login = args.user or io.environ.get(USER_ENV)
    if login:
        return str(login)
    if io.interactive:
        return input("Користувач: ").strip()
    raise PasswordRequired("Вкажіть користувача: --user ІМ'Я або змінна SOCDESK_USER.")


def _password(io: Io) -> str:
    password = io.environ.get(PASSWORD_ENV)
    if password:
        return password
    if io.interactive:
        return getpass.getpass("Пароль: ")
    raise PasswordRequired()


def _open_store(args: argparse.Namespace, app_paths: paths.AppPaths, io: Io) -> Store:
    from socdesk.store import database

    return database.Store.open(app_paths, _login(args, io), _password(io))


def _emit(io: Io, args: argparse.Namespace, data: Mapping[str, object], text: str) -> None:
    io.stdout.write(json.dumps(data, ensure_ascii=False, indent=1) + "\n" if args.json else text)


# ---------------------------------------------------------------------- commands
def _gui(args: argparse.Namespace, app_paths: paths.AppPaths, io: Io) -> int:
    from socdesk.ui.app import run_gui

    return run_gui(app_paths, no_error_dialogs=bool(getattr(args, "no_error_dialogs", False)))


def _demo(args: argparse.Namespace, app_paths: paths.AppPaths, io: Io) -> int:
    from socdesk.demo import build_demo
    from socdesk.domain.people import Role
    from socdesk.store.database import NewUser, Store

    if args.recipients < 0:
        raise UsageError("--recipients має бути невід'ємним числом.")
    _clear_for_demo(app_paths, force=bool(args.force))
    login = args.user or io.environ.get(USER_ENV) or "demo"
    password = io.environ.get(PASSWORD_ENV) or "demo"
    user = NewUser(login, password, "Демонстраційний користувач", Role.COORDINATOR)
    store, recovery = Store.create(app_paths, user)
    with store:
        result = build_demo(store, args.recipients, args.seed)
    data = {
        "data_dir": str(app_paths.data_dir),
        "user": login,
        "password": password,
        "recovery_key": recovery,
        **asdict(result),
    }
    text = (
        f"Демонстраційну громаду створено в {app_paths.data_dir}\n"
        f"  старостинських округів: {result.districts}, населених пунктів: {result.settlements}\n"
        f"  домогосподарств: {result.households}, отримувачів: {result.recipients}, "
        f"випадків: {result.cases}\n"
        f"Користувач: {login}   пароль: {password}\n"
        f"Ключ відновлення: {recovery}\n"
    )
    _emit(io, args, data, text)
    return EXIT_OK


def _export(args: argparse.Namespace, app_paths: paths.AppPaths, io: Io) -> int:
    from socdesk.reports.registry_export import ExportFormat, export_recipients

    out = args.out.absolute()
    with _open_store(args, app_paths, io) as store:
        count = export_recipients(store, out, ExportFormat(args.format), args.search)
    _emit(io, args, {"exported": count, "file": str(out)}, f"Експортовано {count}: {out}\n")
    return EXIT_OK


def _print(args: argparse.Namespace, app_paths: paths.AppPaths, io: Io) -> int:
    import datetime as dt

    from socdesk.documents.registry import Subject, kinds, period_id

    if args.list:
        listed = [
            {"kind": k.code, "title": k.title, "for": k.subject.value, "batch": k.batch is not None}
            for k in kinds().values()
        ]
        text = "".join(f"{k['kind']:28} {k['title']} ({k['for']})\n" for k in listed)
        _emit(io, args, {"kinds": listed}, text)
        return EXIT_OK
    if not args.kind:
        raise UsageError("Укажіть вид документа (socdesk print --list) або batch.")
    today = dt.date.today()

    def day(value: str | None, what: str) -> dt.date:
        try:
            return dt.date.fromisoformat(value or "")
        except ValueError:
            raise UsageError(f"{what}: дату пишіть як РРРР-ММ-ДД.") from None

    if args.kind == "batch":
        return _print_batch(args, app_paths, io, day(args.start, "--from"), day(args.end, "--to"))
    from socdesk.documents.printing import kind_of, make

    kind = kind_of(args.kind)
    subject = args.id
    if kind.subject is Subject.CASE_MONTH:
        if not args.month:
            raise UsageError("Для акта наданих послуг укажіть --month РРРР-ММ.")
        subject = f"{args.id}:{args.month}"
    elif kind.subject is Subject.PERIOD:
        subject = period_id(day(args.start, "--from"), day(args.end, "--to"))
    elif kind.subject is not Subject.NONE and not subject:
        raise UsageError(f"Для «{kind.title}» укажіть --id.")
    out = (args.out or Path(f"{kind.code.replace(':', '_')}.pdf")).absolute()
    with _open_store(args, app_paths, io) as store:
        made = make(store, kind.code, subject, today)
    from socdesk.store.files import atomic_write

    atomic_write(out, made.pdf)
    _emit(io, args, {"file": str(out), "record": made.record_id}, f"Збережено: {out}\n")
    return EXIT_OK


def _print_batch(
    args: argparse.Namespace, app_paths: paths.AppPaths, io: Io, start: object, end: object
) -> int:
    import datetime as dt

    from socdesk.documents.batch import print_batch

    if not args.batch_kind or args.out is None:
        raise UsageError("socdesk print batch ВИД --from ДАТА --to ДАТА --out ПАПКА|ФАЙЛ.pdf")
    assert isinstance(start, dt.date) and isinstance(end, dt.date)
    with _open_store(args, app_paths, io) as store:
        result = print_batch(
            store,
            args.batch_kind,
            start,
            end,
            args.out.absolute(),
            dt.date.today(),
            district_ids=[args.district] if args.district else None,
        )
    data = {
        "printed": result.printed,
        "skipped": [{"subject": s, "why": w} for s, w in result.skipped],
        "files": [str(f) for f in result.files],
    }
    text = f"Надруковано: {result.printed}, пропущено: {len(result.skipped)}\n" + "".join(
        f"  {s}: {w}\n" for s, w in result.skipped
    )
    _emit(io, args, data, text)
    return EXIT_PARTIAL if result.skipped else EXIT_OK


def _import(args: argparse.Namespace, app_paths: paths.AppPaths, io: Io) -> int:
    """Exit 0: every row imported; 3: some rows rejected or held as duplicates; 2: the file or
    its columns cannot be read (nothing imported)."""
    import datetime as dt

    from socdesk.reports import registry_import as imp

    mapping = imp.load_mapping(args.mapping) if args.mapping else None
    with _open_store(args, app_paths, io) as store:
        today = dt.date.today()
        plan = imp.plan_import(store, args.file, mapping, today)
        imported = 0 if args.dry_run else imp.apply_import(store, plan, today, args.district)
    if args.rejected and plan.issues:
        imp.write_rejected(plan, args.rejected.absolute())
    data = {
        "rows": len(plan.sheet.rows),
        "valid": len(plan.people),
        "imported": imported,
        "dry_run": bool(args.dry_run),
        "issues": [asdict(issue) for issue in plan.issues],
        "new_settlements": plan.new_settlements,
        "columns": imp.fields_of(plan.columns, plan.sheet.headers),
    }
    summary = "Перевірка без запису." if args.dry_run else f"Імпортовано: {imported}."
    _emit(io, args, data, "\n".join([*plan.report_lines(), summary]) + "\n")
    return EXIT_PARTIAL if plan.issues else EXIT_OK


def _clear_for_demo(app_paths: paths.AppPaths, *, force: bool) -> None:
    folder = app_paths.data_dir
    if not folder.exists() or not any(p.name not in _NOT_DATA for p in folder.iterdir()):
        return
    if not force:
        raise DataDirNotEmpty()
    from socdesk.store.lock import DataFolderLock

    with DataFolderLock.exclusive(folder):  # StoreInUse while anyone has the store open
        for name in SOCDESK_FILES:
            (folder / name).unlink(missing_ok=True)
        shutil.rmtree(app_paths.backups_dir, ignore_errors=True)


def _admin(args: argparse.Namespace, app_paths: paths.AppPaths, io: Io) -> int:
    match args.admin_command:
        case "check":
            return _admin_check(args, app_paths, io)
        case "backup":
            with _open_store(args, app_paths, io) as store:
                target = store.backup(args.to.absolute())
            _emit(io, args, {"backup": str(target)}, f"Резервну копію збережено: {target}\n")
            return EXIT_OK
        case "restore":
            from socdesk.store.backup import restore

            aside = restore(app_paths, args.file, _login(args, io), _password(io))
            with _open_store(args, app_paths, io):
                pass  # opening migrates an older backup and proves the login works
            data = {"restored": str(args.file), "previous_store": str(aside) if aside else None}
            _emit(
                io,
                args,
                data,
                f"Дані відновлено з {args.file}.\n"
                + (f"Попереднє сховище збережено в {aside}\n" if aside else ""),
            )
            return EXIT_OK
    raise UsageError()


def _admin_check(args: argparse.Namespace, app_paths: paths.AppPaths, io: Io) -> int:
    from socdesk.store.check import run_check

    with _open_store(args, app_paths, io) as store, store.read() as conn:
        report = run_check(conn)
    if args.json:
        io.stdout.write(report.to_json() + "\n")
    else:
        io.stdout.write(
            f"Цілісність: {report.integrity}\nПорушених зовнішніх ключів: "
            f"{report.foreign_key_problems}\nВерсія схеми: {report.schema_revision} "
            f"(поточна {report.schema_head})\n"
            + "".join(f"  {name}: {count}\n" for name, count in report.counts.items())
            + ("Усе гаразд.\n" if report.ok else "Є проблеми; див. вище.\n")
        )
    if report.ok:
        return EXIT_OK
    return 5 if report.integrity != "ok" or report.foreign_key_problems else EXIT_PARTIAL
