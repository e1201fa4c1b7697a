"""`socdesk admin publish-reference KIND FILE --from ДД.ММ.РРРР`: the centre publishes a new
version of reference data (subsistence minimums, payment rules, a form, the calendar, legal
deadlines); sync takes it to every workplace. Coordinators only; the file is checked first."""

from __future__ import annotations

import argparse
from pathlib import Path

from socdesk import paths
from socdesk.cli import EXIT_OK, Io, _emit, _open_store, common

KINDS = ("subsistence_minimums", "payment_rules", "form", "calendar", "legal_deadlines")


def add_admin_parsers(admin_sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    publish = admin_sub.add_parser(
        "publish-reference",
        help="опублікувати нову версію довідкових даних (лише координатор)",
    )
    common(publish)
    publish.add_argument("kind", choices=KINDS, help="вид довідкових даних")
    publish.add_argument("file", type=Path, help="файл JSON у форматі файлу програми")
    publish.add_argument("--from", dest="start", required=True, help="з якої дати діє, ДД.ММ.РРРР")


def publish_reference(args: argparse.Namespace, app_paths: paths.AppPaths, io: Io) -> int:
    from socdesk.domain.dates import parse_day
    from socdesk.store import refdocs

    start = parse_day(args.start, "start", "--from")
    content = refdocs.read_file(args.file)
    with _open_store(args, app_paths, io) as store:
        doc = refdocs.publish(store, args.kind, content, start)
    data = {
        "kind": doc.kind,
        "key": doc.key,
        "version": doc.version,
        "effective_from": doc.effective_from.isoformat(),
    }
    what = f"{doc.kind} {doc.key}".strip()
    _emit(
        io,
        args,
        data,
        f"Опубліковано: {what}, версія {doc.version}, діє з {doc.effective_from:%d.%m.%Y}.\n"
        "Робочі місця отримають її під час синхронізації.\n",
    )
    return EXIT_OK
