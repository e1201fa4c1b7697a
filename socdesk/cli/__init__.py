"""The `socdesk` command: gui (default), demo, find, export, import, print, admin check /
backup / restore.

Exit codes (kept by every later command): 0 success; 1 internal error (a bug: a Ukrainian
message and the log's path, never a traceback); 2 usage error, unreadable input or a missing
--data-dir folder; 3 done, but some items were rejected or held; 4 authentication failed or
required (no password, or the prompt closed with Ctrl-D); 5 store locked, wrong key, newer
schema, corrupt or disk full; 6 server unreachable; 130 cancelled. With --json a failure also
writes {"error": {"code": EXIT CODE, "kind": ..., "message": ...}} on stdout.
Commands never prompt without a terminal: the password comes from SOCDESK_PASSWORD.
"""

from __future__ import annotations

import argparse
import errno
import getpass
import importlib
import json
import logging
import os
import shutil
import sys
import zipfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from types import ModuleType
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
CREATES_DATA_DIR = (None, "gui", "demo", "server")  # the others need the folder to exist
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

    find = sub.add_parser("find", help="знайти осіб і їхні справи (з id для інших команд)")
    _common(find, top=False)
    find.add_argument("text", help="прізвище, ім'я, РНОКПП, телефон, населений пункт…")
    find.add_argument("--limit", type=int, default=50, help="щонайбільше осіб (типово 50)")

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
    prt.add_argument("--month", default=None, help="ММ.РРРР або РРРР-ММ для акта наданих послуг")
    prt.add_argument("--from", dest="start", default=None, help="початок періоду, ДД.ММ.РРРР")
    prt.add_argument("--to", dest="end", default=None, help="кінець періоду, ДД.ММ.РРРР")
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
    importlib.import_module("socdesk.cli.refdocs").add_admin_parsers(admin_sub)
    from socdesk.cli import retention  # retention, retention-period, erase (issue 17)

    retention.add_admin_parsers(admin_sub, common)
    for group in _groups():
        group.add_parsers(sub)
    return parser


# Command groups kept in their own modules (socdesk/cli/NAME.py). Each module defines
# `add_parsers(sub)`, which adds its subcommands (calling `common(parser)` on each), and
# `COMMANDS`, a dict from the subcommand's name to `run(args, app_paths, io) -> exit code`.
# Such a module imports only what argparse needs at the top: the rest inside its functions,
# so that `socdesk` (the desktop) starts without loading the server or the reports.
GROUPS: tuple[str, ...] = ("server", "sync", "report", "bundle", "privacy")


def common(parser: argparse.ArgumentParser) -> None:
    """--data-dir, --user, --json … on a group's subcommand, as on the built-in ones."""
    _common(parser, top=False)


def _groups() -> list[ModuleType]:
    return [importlib.import_module(f"socdesk.cli.{name}") for name in GROUPS]


def main(argv: Sequence[str] | None = None, io: Io | None = None) -> int:
    io = io or Io(os.environ, sys.stdout, sys.stderr, sys.stdin.isatty())
    argv = list(sys.argv[1:] if argv is None else argv)
    failed = _Failure(io, "--json" in argv)
    try:
        args = build_parser().parse_args(argv)
        app_paths = paths.resolve(args.data_dir, io.environ)
        _check_data_dir(
            args.command, args.data_dir or io.environ.get(paths.DATA_DIR_ENV), app_paths
        )
        failed.log_file = logs.setup(app_paths.log_dir, json_lines=bool(args.json_log))
        return _dispatch(args, app_paths, io)
    except SocDeskError as exc:
        return failed.known(exc)
    except (Cancelled, KeyboardInterrupt):
        return failed.report(EXIT_CANCELLED, "Cancelled", "Скасовано.")
    except SystemExit as exc:  # --help and --version
        return int(exc.code or 0)
    except OSError as exc:
        from socdesk.store.errors import known_error

        known = known_error(exc) or _file_error(exc)  # a full disk, wherever the write was
        return failed.bug(exc) if known is None else failed.known(known)
    except Exception as exc:  # noqa: BLE001 - the last line: a bug, reported without its message
        return failed.bug(exc)


@dataclass(slots=True)
class _Failure:
    """How a failed command tells it: the message on stderr, with --json an error object on
    stdout too; a bug goes to the log, and the person gets the log's path."""

    io: Io
    as_json: bool
    log_file: Path | None = None

    def report(self, code: int, kind: str, message: str) -> int:
        log.info("command failed: %s (exit %s)", kind, code)
        self.io.stderr.write(f"{message}\n")
        if self.as_json:
            error = {"code": code, "kind": kind, "message": message}
            self.io.stdout.write(json.dumps({"error": error}, ensure_ascii=False) + "\n")
        return code

    def known(self, exc: SocDeskError) -> int:
        return self.report(exc.exit_code, type(exc).__name__, str(exc))

    def bug(self, exc: BaseException) -> int:
        where = "Подробиці записано в журнал"
        if self.log_file is not None:  # before the log is set up, nothing is logged (no handler)
            log.error(
                "unexpected error\n%s", logs.bug_report(type(exc), exc.__traceback__, __version__)
            )
            where += f" {self.log_file}"
        return self.report(
            EXIT_BUG,
            "InternalError",
            f"Внутрішня помилка SocDesk. {where}; передайте його координатору.",
        )


def _check_data_dir(command: str | None, chosen: str | None, app_paths: paths.AppPaths) -> None:
    """A data folder named by --data-dir or SOCDESK_DATA_DIR must exist, except for the
    commands that make a store (demo, gui's first-run wizard): a mistyped path must not leave
    a new folder with logs/ in it."""
    folder = app_paths.data_dir
    if not chosen or command in CREATES_DATA_DIR or folder.is_dir():
        return
    what = "не папка" if folder.exists() else "не існує"
    raise UsageError(
        f"Папка даних {folder} {what}. Перевірте шлях у --data-dir (або SOCDESK_DATA_DIR); "
        "нову громаду створює socdesk demo або перший запуск програми."
    )


_FILE_PROBLEMS = {
    errno.ENOENT: "не існує",
    errno.EISDIR: "це папка, а потрібен файл",
    errno.ENOTDIR: "у шляху є файл там, де має бути папка",
    errno.EEXIST: "на місці папки вже є файл із такою назвою",
    errno.EACCES: "немає прав доступу",
    errno.EPERM: "немає прав доступу",
    errno.EROFS: "диск лише для читання",
    errno.ENAMETOOLONG: "задовга назва",
}


def _file_error(exc: OSError) -> UsageError | None:
    """A file named on the command line that cannot be read or written (exit 2)."""
    problem = _FILE_PROBLEMS.get(exc.errno or 0)
    name = exc.filename2 or exc.filename  # a rename's target is the file the person named
    if problem is None or not name:
        return None
    return UsageError(f"Файл або папка «{name}»: {problem}. Перевірте шлях і повторіть.")


def _dispatch(args: argparse.Namespace, app_paths: paths.AppPaths, io: Io) -> int:
    commands: dict[str | None, Callable[[argparse.Namespace, paths.AppPaths, Io], int]] = {
        None: _gui,
        "gui": _gui,
        "demo": _demo,
        "find": _find,
        "export": _export,
        "import": _import,
        "print": _print,
        "admin": _admin,
    }
    for group in _groups():
        commands.update(group.COMMANDS)
    return commands[args.command](args, app_paths, io)


def _find(args: argparse.Namespace, app_paths: paths.AppPaths, io: Io) -> int:
    from socdesk.cli.lookup import find

    return find(args, app_paths, io)


def _print(args: argparse.Namespace, app_paths: paths.AppPaths, io: Io) -> int:
    from socdesk.cli.lookup import print_documents

    return print_documents(args, app_paths, io)


# ---------------------------------------------------------------------- credentials
def _login(args: argparse.Namespace, io: Io) -> str:
    login = args.user or io.environ.get(USER_ENV)
    if login:
        return str(login)
    if io.interactive:
        return _prompt(io, lambda: input("Користувач: ").strip())
    raise PasswordRequired("Вкажіть користувача: --user ІМ'Я або змінна SOCDESK_USER.")


def _password(io: Io) -> str:
    password = io.environ.get(PASSWORD_ENV)
    if password:
        return password
    if io.interactive:
        return _prompt(io, lambda: getpass.getpass("Пароль: "))
    raise PasswordRequired()


def _prompt(io: Io, ask: Callable[[], str]) -> str:
    """What the person typed; Ctrl-D (end of input) is authentication not given (exit 4)."""
    try:
        return ask()
    except EOFError:
        io.stderr.write("\n")  # the prompt's line was left open
        raise PasswordRequired(
            "Введення завершено (Ctrl-D), а ім'я користувача чи пароль не введено. "
            "Запустіть команду ще раз або задайте SOCDESK_USER і SOCDESK_PASSWORD."
        ) from None


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


def _import(args: argparse.Namespace, app_paths: paths.AppPaths, io: Io) -> int:
    """Exit 0: every row imported; 3: some rows rejected or held as duplicates; 2: the file or
    its columns cannot be read (nothing imported)."""
    import datetime as dt

    from socdesk.reports import registry_import as imp

    _check_import_file(args.file, "Файл для імпорту")
    if args.mapping:
        _check_import_file(args.mapping, "Файл відповідності колонок (--mapping)")
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


def _check_import_file(path: Path, what: str) -> None:
    """The file exists, and a file named .xlsx is a workbook (a CSV renamed so would fail deep
    in the reader)."""
    if not path.is_file():
        problem = "це папка, а потрібен файл" if path.is_dir() else "не знайдено"
        raise UsageError(f"{what} «{path}»: {problem}. Перевірте шлях і повторіть.")
    if (
        path.suffix.lower() in (".xlsx", ".xlsm")
        and path.is_file()
        and not zipfile.is_zipfile(path)
    ):
        raise UsageError(
            f"Файл «{path.name}» — не книга Excel (XLSX), хоч і має таку назву. Якщо це CSV, "
            "перейменуйте його на .csv; інакше відкрийте його в Excel і збережіть як XLSX."
        )


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
    from socdesk.cli.retention import ADMIN_COMMANDS

    if args.admin_command in ADMIN_COMMANDS:
        return ADMIN_COMMANDS[args.admin_command](args, app_paths, io)
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
        case "publish-reference":
            return int(
                importlib.import_module("socdesk.cli.refdocs").publish_reference(
                    args, app_paths, io
                )
            )
    raise UsageError()


def _admin_check(args: argparse.Namespace, app_paths: paths.AppPaths, io: Io) -> int:
    from socdesk.store.check import run_check

    with _open_store(args, app_paths, io) as store, store.read() as conn:
        report = run_check(conn, store.audit_seal())
    if args.json:
        io.stdout.write(report.to_json() + "\n")
    else:
        io.stdout.write(
            f"Цілісність: {report.integrity}\nПорушених зовнішніх ключів: "
            f"{report.foreign_key_problems}\nВерсія схеми: {report.schema_revision} "
            f"(поточна {report.schema_head})\n"
            + "".join(f"  {name}: {count}\n" for name, count in report.counts.items())
            + (f"Журнал дій: {report.audit_problem}\n" if report.audit_problem else "")
            + ("Усе гаразд.\n" if report.ok else "Є проблеми; див. вище.\n")
        )
    if report.ok:
        return EXIT_OK
    return 5 if report.integrity != "ok" or report.foreign_key_problems else EXIT_PARTIAL
