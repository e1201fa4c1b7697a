"""`socdesk report`: the reports of the registry (`socdesk.reports.registry`) over a period,
for some districts and services, written to XLSX, PDF, CSV or JSON.

    socdesk report --list
    socdesk report centre --from 01.01.2026 --to 30.06.2026 --format xlsx --out h1.xlsx
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from socdesk import paths
from socdesk.cli import EXIT_OK, Io, _emit, _open_store, common
from socdesk.domain.errors import UsageError, ValidationError
from socdesk.domain.report_scope import ReportScope

if TYPE_CHECKING:
    from socdesk.server.settings import ServerSettings

FORMATS = ("xlsx", "pdf", "csv", "json")


def add_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    rep = sub.add_parser("report", help="звіти: терцентру, моніторинг охоплення, навантаження")
    common(rep)
    rep.add_argument("kind", nargs="?", help="вид звіту (див. --list)")
    rep.add_argument("--list", action="store_true", help="види звітів")
    report_arguments(rep)


def report_arguments(rep: argparse.ArgumentParser) -> None:
    """The period, filters, format and file of a report (here and `server admin report`)."""
    rep.add_argument("--from", dest="start", default=None, help="початок періоду, ДД.ММ.РРРР")
    rep.add_argument("--to", dest="end", default=None, help="кінець періоду, ДД.ММ.РРРР")
    rep.add_argument(
        "--district",
        action="append",
        default=None,
        help="старостинський округ (id); кілька — повторіть",
    )
    rep.add_argument("--service", action="append", default=None, help="код послуги, напр. 015.1")
    rep.add_argument(
        "--urban-population", type=int, default=None, help="міське населення (для нормативів)"
    )
    rep.add_argument("--rural-population", type=int, default=None, help="сільське населення")
    rep.add_argument("--format", choices=FORMATS, default=None, help="xlsx | pdf | csv | json")
    rep.add_argument("--out", type=Path, default=None, help="файл звіту")


def run_report(args: argparse.Namespace, app_paths: paths.AppPaths, io: Io) -> int:
    from socdesk.reports.registry import kinds

    if args.list:
        listed = [
            {"kind": k.code, "title": k.title, "description": k.description}
            for k in kinds().values()
        ]
        text = "".join(f"{k['kind']:12} {k['title']}\n" for k in listed)
        _emit(io, args, {"kinds": listed}, text)
        return EXIT_OK
    fmt, scope = _asked(args)
    from socdesk.reports.output import ReportFormat, export_report
    from socdesk.reports.registry import run
    from socdesk.store.report_data import district_names

    out = args.out.absolute()
    with _open_store(args, app_paths, io) as store:
        if scope.district_ids is not None:
            with store.read() as conn:
                known = district_names(conn)
            unknown = [d for d in scope.district_ids if d not in known]
            if unknown:
                raise UsageError(
                    f"Немає старостинського округу з id {', '.join(unknown)}. "
                    "Округи й населені пункти: socdesk find --help."
                )
        report = run(store, args.kind, scope)
        export_report(store, report, out, ReportFormat(fmt))
    data = {"file": str(out), "kind": report.kind, "tables": len(report.tables)}
    _emit(io, args, data, f"Збережено: {out}\n")
    return EXIT_OK


def _asked(args: argparse.Namespace) -> tuple[str, ReportScope]:
    """The format and the scope asked for, checked."""
    from socdesk.reports.registry import kinds

    if not args.kind:
        raise UsageError(
            "Укажіть вид звіту (socdesk report --list).\nДовідка: socdesk report --help"
        )
    if args.kind not in kinds():
        raise UsageError(f"Невідомий вид звіту: {args.kind}. Список: socdesk report --list.")
    if args.out is None:
        raise UsageError("Укажіть файл звіту: --out ФАЙЛ.")
    fmt = args.format or args.out.suffix.lstrip(".").lower()
    if fmt not in FORMATS:
        raise UsageError("Укажіть формат: --format xlsx, pdf, csv або json.")
    return fmt, _scope(args)


def run_server_report(args: argparse.Namespace, settings: ServerSettings, io: Io) -> int:
    """`socdesk server admin report KIND …`: the same report over the server's current rows
    (every district the server holds: the whole community), written atomically."""
    from socdesk.reports.output import ReportFormat, write
    from socdesk.reports.registry import compute
    from socdesk.server.admin import current_rows
    from socdesk.store.files import atomic_writer

    fmt, scope = _asked(args)
    out = args.out.absolute()
    with current_rows(settings) as conn:
        report = compute(conn, args.kind, scope, heading={})
    with atomic_writer(out) as handle:
        write(report, handle, ReportFormat(fmt))
    data = {"file": str(out), "kind": report.kind, "tables": len(report.tables)}
    _emit(io, args, data, f"Збережено: {out}\n")
    return EXIT_OK


def _scope(args: argparse.Namespace) -> ReportScope:
    from socdesk.domain.dates import parse_day

    if not args.start or not args.end:
        raise UsageError("Укажіть період: --from ДД.ММ.РРРР --to ДД.ММ.РРРР.")
    for number in (args.urban_population, args.rural_population):
        if number is not None and number < 0:
            raise UsageError("Чисельність населення має бути невід'ємним числом.")
    try:
        return ReportScope(
            parse_day(args.start, "start", "--from"),
            parse_day(args.end, "end", "--to"),
            tuple(args.district) if args.district else None,
            tuple(args.service) if args.service else None,
            args.urban_population,
            args.rural_population,
        )
    except ValidationError as exc:
        raise UsageError(f"{exc}\nДовідка: socdesk report --help") from None


COMMANDS = {"report": run_report}
