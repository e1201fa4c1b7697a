"""Printing many documents of one kind over a period (this month's plan reviews, the contracts
signed on a day, the month-end acts of services): in a worker, with progress and Cancel, to one
PDF (each document keeps its own page numbers) or to one file per document in a folder."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pypdf import PdfReader, PdfWriter

from socdesk.documents.printing import kind_of, make
from socdesk.domain.errors import SocDeskError, ValidationError
from socdesk.domain.progress import Progress
from socdesk.store.database import Store
from socdesk.store.files import atomic_write


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
    subjects = batch_subjects(store, code, start, end, district_ids)
    progress.start(kind_of(code).title, len(subjects))
    result = BatchResult()
    joined = PdfWriter() if out.suffix.lower() == ".pdf" else None
    for subject in subjects:
        progress.check_cancelled()
        try:
            made = make(store, code, subject, today)
        except SocDeskError as exc:
            result.skipped.append((subject, str(exc)))
        else:
            result.printed += 1
            if joined is not None:
                joined.append(PdfReader(io.BytesIO(made.pdf)))
            else:
                number = str((made.snapshot.get("case") or {}).get("number") or subject)
                path = out / f"{code.replace(':', '_')}-{number.replace('/', '_')}.pdf"
                atomic_write(path, made.pdf)
                result.files.append(path)
        progress.advance()
    if joined is not None and result.printed:
        buffer = io.BytesIO()
        joined.write(buffer)
        atomic_write(out, buffer.getvalue())
        result.files.append(out)
    return result
