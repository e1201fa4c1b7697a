"""Printing many documents of one kind over a period (this month's plan reviews, the contracts
signed on a day, the month-end acts of services): in a worker, with progress and Cancel, to one
PDF (each document numbered on its own) or to one file per document in a folder.

One file is drawn by one reportlab canvas, document after document: joining separate PDFs
built object graphs that made the garbage collector freeze the window (bench_documents.py)."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from socdesk.documents.filenames import document_file_name
from socdesk.documents.page import PdfBuilder
from socdesk.documents.printing import kind_of, letterhead_of, make, refuse_for_third_party
from socdesk.documents.registry import DocumentKind, Snapshot
from socdesk.domain.errors import SocDeskError, ValidationError
from socdesk.domain.progress import Progress
from socdesk.store.database import Store
from socdesk.store.files import atomic_write
from socdesk.store.printing import centre_logo, record_print


@dataclass
class BatchResult:
    printed: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (subject, why)
    files: list[Path] = field(default_factory=list)


def batch_subjects(
    store: Store, code: str, start: dt.date, end: dt.date, district_ids: Sequence[str] | None
) -> list[str]:
    kind = kind_of(code)
    if kind.batch is None:
        raise ValidationError(f"«{kind.title}» не друкують пакетом.", "kind")
    if end < start:
        raise ValidationError("Кінець періоду раніше за його початок.", "period")
    with store.read() as conn:
        return kind.batch(conn, start, end, district_ids)


def print_batch(  # noqa: PLR0913 - what, for when, where, and how it goes
    store: Store,
    code: str,
    start: dt.date,
    end: dt.date,
    out: Path,
    today: dt.date,
    *,
    district_ids: Sequence[str] | None = None,
    progress: Progress | None = None,
) -> BatchResult:
    """Prints every document of the batch; `out` ending in .pdf is one file, else a folder.
    Each print is recorded; a subject whose records lack the document is skipped and named."""
    progress = progress or Progress()
    kind = kind_of(code)
    subjects = batch_subjects(store, code, start, end, district_ids)
    progress.start(kind.title, len(subjects))
    if out.suffix.lower() == ".pdf":
        return _one_file(store, kind, subjects, out, today, progress)
    result = BatchResult()
    for subject in subjects:
        progress.check_cancelled()
        try:
            made = make(store, code, subject, today)
        except SocDeskError as exc:
            result.skipped.append((subject, str(exc)))
        else:
            result.printed += 1
            path = out / document_file_name(made.kind, made.snapshot)
            atomic_write(path, made.pdf)
            result.files.append(path)
        progress.advance()
    return result


def _one_file(
    store: Store,
    kind: DocumentKind,
    subjects: Sequence[str],
    out: Path,
    today: dt.date,
    progress: Progress,
) -> BatchResult:
    """Every document drawn into one PDF, each numbered on its own; each print recorded once
    the file is written, with that file's hash and its pages in it. Cancelled, nothing is
    written or recorded."""
    result = BatchResult()
    with store.read() as conn:
        logo = centre_logo(conn)
    builder: PdfBuilder | None = None
    drawn: list[tuple[str, Snapshot, range]] = []
    for subject in subjects:
        progress.check_cancelled()
        try:
            with store.read() as conn:
                snapshot = kind.gather(conn, subject, today)
                refuse_for_third_party(conn, kind, (snapshot.get("person") or {}).get("id"))
        except SocDeskError as exc:
            result.skipped.append((subject, str(exc)))
        else:
            letterhead = letterhead_of(snapshot, logo)
            builder = builder or PdfBuilder(kind.title, letterhead.centre)
            pages = builder.add(kind.render(snapshot), letterhead)
            drawn.append((subject, snapshot, pages))
        progress.advance()
    if builder is None:
        return result
    pdf = builder.pdf()
    atomic_write(out, pdf)
    digest = hashlib.sha256(pdf).hexdigest()
    with store.write() as uow:
        for subject, snapshot, pages in drawn:
            record_print(
                uow,
                kind.code,
                subject,
                snapshot,
                digest,
                person_id=(snapshot.get("person") or {}).get("id"),
                form_version=str(snapshot.get("form_version", "")),
                district_id=snapshot.get("district_id"),
                pages=f"{pages.start + 1}-{pages.stop}",
            )
    result.printed = len(drawn)
    result.files.append(out)
    return result
