"""`socdesk person-data`: a person's request for their data answered (subject access): the PDF
and the machine-readable JSON of everything SocDesk holds about them, audited."""

from __future__ import annotations

import argparse
from pathlib import Path

from socdesk import paths
from socdesk.cli import EXIT_OK, Io, _emit, _open_store, common


def add_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    found = sub.add_parser(
        "person-data",
        help="усі дані про особу (запит на доступ до своїх даних): PDF і JSON",
    )
    common(found)
    found.add_argument("person", help="id особи (socdesk find)")
    found.add_argument("--out", type=Path, default=Path(), help="папка для файлів")


def person_data(args: argparse.Namespace, app_paths: paths.AppPaths, io: Io) -> int:
    import datetime as dt

    from socdesk.documents.subject_access import export_subject

    with _open_store(args, app_paths, io) as store:
        files = export_subject(store, args.person, args.out, dt.date.today())
    data = {
        "pdf": str(files.pdf_path),
        "json": str(files.json_path),
        "rows": files.rows,
        "audit_entries": files.entries,
    }
    _emit(io, args, data, f"Записано:\n  {files.pdf_path}\n  {files.json_path}\n")
    return EXIT_OK


COMMANDS = {"person-data": person_data}
