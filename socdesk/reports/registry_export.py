"""Export of the recipient register to CSV, XLSX or JSON (as on screen: all, or a search).

CSV is UTF-8 with a byte-order mark and `;` between fields, as Excel expects on Ukrainian
systems; XLSX has a bold header, real date cells shown as ДД.ММ.РРРР, and frozen top row; JSON
is `{"recipients": [card, …]}` with ISO dates. Files are written atomically, and every export
is recorded in the audit log (who, when, how many, which format; never the contents), since an
exported file is plaintext outside the encrypted store.

What a file carries imports back into SocDesk with nothing lost (`registry_import`): each coded
value as the Ukrainian word people write (`domain.labels`), the person's id in its own column,
and no cell that a spreadsheet would run as a formula (`domain.text.spreadsheet_safe`).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path
from typing import Any

from socdesk.domain import labels
from socdesk.domain.consent import REFUSALS, ConsentWithdrawn, Processing
from socdesk.domain.identifiers import DocumentType, Sex, format_phone
from socdesk.domain.messages import fill
from socdesk.domain.people import RnokppStatus
from socdesk.domain.progress import Progress
from socdesk.domain.text import spreadsheet_safe, without_controls
from socdesk.store.consents import withdrawn_among
from socdesk.store.database import Store
from socdesk.store.files import atomic_writer
from socdesk.store.people import (
    EXPORT_COLUMNS,
    NO_FILTER,
    PersonFilter,
    export_rows,
    filter_ids,
    list_categories,
    list_person_ids,
    search_cursor,
)

HEADERS = {
    "surname": "Прізвище",
    "given_name": "Ім’я",
    "patronymic": "По батькові",
    "birth_date": "Дата народження",
    "sex": "Стать",
    "rnokpp_status": "Стан РНОКПП",
    "rnokpp": "РНОКПП",
    "document_type": "Вид документа",
    "document_number": "Серія і номер документа",
    "unzr": "УНЗР",
    "phone": "Телефон",
    "settlement": "Населений пункт",
    "registered_address": "Зареєстроване місце проживання",
    "actual_address": "Фактичне місце проживання",
    "categories": "Категорії",
    "id": "Ідентифікатор",
}
BATCH = 1_000


class ExportFormat(StrEnum):
    CSV = "csv"
    XLSX = "xlsx"
    JSON = "json"


def export_recipients(
    store: Store,
    out: Path,
    fmt: ExportFormat,
    search: str | None = None,
    progress: Progress | None = None,
    where: PersonFilter = NO_FILTER,
) -> int:
    """Writes the register (or the people a search and filters find) to `out`; returns how
    many. A person who withdrew consent (no other ground in force) is left out: their data is
    not handed to others (REFERENCE.md §11); an export of none but them is refused."""
    progress = progress or Progress()
    ids = _ids(store, search, where)
    with store.read() as conn:
        withheld = withdrawn_among(conn, ids)
    if withheld and len(withheld) == len(ids):
        latest = max(withheld.values())
        raise ConsentWithdrawn(fill(REFUSALS[Processing.EXPORT], f"{latest:%d.%m.%Y}"), "consent")
    ids = [i for i in ids if i not in withheld]
    progress.start("Експорт реєстру", len(ids))
    rows = _rows(store, ids, progress)
    with store.read() as conn:
        categories = dict(list_categories(conn, dt.date.today()))
    with atomic_writer(out) as handle:
        match fmt:
            case ExportFormat.CSV:
                _write_csv(handle, rows, categories)
            case ExportFormat.XLSX:
                _write_xlsx(handle, rows, categories)
            case ExportFormat.JSON:
                _write_json(handle, rows)
    with store.write() as uow:
        left_out = [f"withheld {len(withheld)}"] if withheld else []
        uow.audit_action(
            "export", "person", [fmt.value, str(len(ids)), "search" if search else "all", *left_out]
        )
    return len(ids)


def _ids(store: Store, search: str | None, where: PersonFilter) -> list[str]:
    with store.read() as conn:
        if not search:
            return list_person_ids(conn, where=where)
        cursor = search_cursor(search)
        ids: list[str] = []
        while cursor is not None and (page := cursor.next_page(conn, BATCH)):
            ids += filter_ids(conn, page, where)
        return ids


def _rows(store: Store, ids: list[str], progress: Progress) -> Iterator[dict[str, Any]]:
    for start in range(0, len(ids), BATCH):
        with store.read() as conn:
            batch = export_rows(conn, ids[start : start + BATCH])
        yield from batch
        progress.advance(len(batch))


def _text(name: str, value: Any, categories: dict[str, str]) -> str:
    """A value as a person reads it in the file, safe to open in a spreadsheet program."""
    if value is None:
        return ""
    match name:
        case "birth_date":
            text = value.strftime("%d.%m.%Y")
        case "categories":
            text = "; ".join(categories.get(code, code) for code in value)
        case "sex":
            text = labels.SEX[Sex(value)]
        case "rnokpp_status":
            text = labels.RNOKPP_STATUS[RnokppStatus(value)]
        case "document_type":
            text = labels.DOCUMENT_TYPE[DocumentType(value)]
        case "phone":
            text = format_phone(value)
        case _:
            text = str(value)
    return spreadsheet_safe(without_controls(text))


def _write_csv(handle: Any, rows: Iterator[dict[str, Any]], categories: dict[str, str]) -> None:
    text = io.TextIOWrapper(handle, encoding="utf-8-sig", newline="")
    writer = csv.writer(text, delimiter=";")
    writer.writerow([HEADERS[c] for c in EXPORT_COLUMNS])
    for row in rows:
        writer.writerow([_text(c, row[c], categories) for c in EXPORT_COLUMNS])
    text.flush()
    text.detach()


def _write_xlsx(handle: Any, rows: Iterator[dict[str, Any]], categories: dict[str, str]) -> None:
    # openpyxl (and the numpy it pulls in) only when a workbook is written: ~26 MB less at
    # start-up for every user who never exports.
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Реєстр"
    sheet.append([HEADERS[c] for c in EXPORT_COLUMNS])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    date_column = EXPORT_COLUMNS.index("birth_date") + 1
    for row in rows:
        sheet.append(
            [row[c] if c == "birth_date" else _text(c, row[c], categories) for c in EXPORT_COLUMNS]
        )
        sheet.cell(sheet.max_row, date_column).number_format = "DD.MM.YYYY"
    for index, name in enumerate(EXPORT_COLUMNS, start=1):
        letter = get_column_letter(index)
        sheet.column_dimensions[letter].width = max(12, len(HEADERS[name]) + 2)
    book.save(handle)


def _write_json(handle: Any, rows: Iterator[dict[str, Any]]) -> None:
    def plain(value: Any) -> Any:
        return value.isoformat() if isinstance(value, dt.date) else value

    people = [{c: plain(row[c]) for c in EXPORT_COLUMNS} for row in rows]
    handle.write(json.dumps({"recipients": people}, ensure_ascii=False, indent=1).encode("utf-8"))
