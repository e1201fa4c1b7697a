"""A report to a file: XLSX (a sheet per table: formatted header, widths, number formats, the
«Усього» row, frozen header, the report's filters written above), PDF (the documents' fonts,
letterhead and page numbers), CSV (UTF-8 with BOM and `;`, as Excel on Ukrainian systems reads
it) or JSON. Files are written atomically and every export is recorded in the audit log (what,
which period, which format; never the figures)."""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import IO, Any

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Paragraph

from socdesk.documents.page import (
    CELL_PADDING,
    PAGE,
    Letterhead,
    build_pdf,
    content_width,
    esc,
    markup,
    para,
    styles,
    table,
)
from socdesk.domain.text import spreadsheet_safe
from socdesk.reports.model import Cell, ColumnKind, Report, Table
from socdesk.store.database import Store
from socdesk.store.files import atomic_writer
from socdesk.store.printing import centre_logo


class ReportFormat(StrEnum):
    XLSX = "xlsx"
    PDF = "pdf"
    CSV = "csv"
    JSON = "json"


NUMBER_FORMATS = {
    ColumnKind.COUNT: "#,##0",
    ColumnKind.QUANTITY: "#,##0.00",
    ColumnKind.MONEY: "#,##0.00",
    ColumnKind.PERCENT: "0.0",
}
MAX_WIDTH = 60


def export_report(store: Store, report: Report, out: Path, fmt: ReportFormat) -> None:
    """Writes `report` to `out` (whole or not at all) and records the export."""
    logo = None
    if fmt is ReportFormat.PDF:
        with store.read() as conn:
            logo = centre_logo(conn)
    with atomic_writer(out) as handle:
        write(report, handle, fmt, logo)
    with store.write() as uow:
        scope = report.scope
        detail = [report.kind, fmt.value, scope.start.isoformat(), scope.end.isoformat()]
        if scope.district_ids is not None:
            detail.append("districts:" + ",".join(scope.district_ids))
        uow.audit_action("export", "report", detail)


def write(report: Report, handle: IO[bytes], fmt: ReportFormat, logo: bytes | None = None) -> None:
    match fmt:
        case ReportFormat.XLSX:
            write_xlsx(report, handle)
        case ReportFormat.PDF:
            handle.write(pdf_bytes(report, logo))
        case ReportFormat.CSV:
            write_csv(report, handle)
        case ReportFormat.JSON:
            handle.write(json_text(report).encode("utf-8"))


def text_of(value: Cell, kind: ColumnKind) -> str:
    """A cell as a person reads it: «1 234», «1,5», «12,5»; empty for no value."""
    if value is None:
        return ""
    if isinstance(value, Decimal | int) and kind is not ColumnKind.TEXT:
        if kind in (ColumnKind.MONEY,):
            text = f"{value:,.2f}"
        elif isinstance(value, Decimal):
            text = f"{value.normalize():,f}" if value == value.to_integral() else f"{value:,}"
        else:
            text = f"{value:,}"
        return text.replace(",", "\u00a0").replace(".", ",")
    return str(value)


def _rows_with_total(table_: Table) -> list[tuple[Cell, ...]]:
    return [*table_.rows, *([table_.total] if table_.total is not None else [])]


# ---------------------------------------------------------------------- XLSX
def write_xlsx(report: Report, handle: IO[bytes]) -> None:
    # openpyxl only when a workbook is written (it is slow to import).
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)  # type: ignore[arg-type]
    used: set[str] = set()
    for table_ in report.tables:
        _xlsx_sheet(book.create_sheet(_sheet_name(table_.sheet, used)), report, table_)
    book.save(handle)


def _xlsx_sheet(sheet: Any, report: Report, table_: Table) -> None:
    """One table: the report's title, the table's, the filters and the note above it; the
    header bold on grey and frozen, with a filter; number formats; the «Усього» row and
    subtotals bold."""
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    bold = Font(bold=True)
    sheet.append([report.title])
    sheet["A1"].font = Font(bold=True, size=13)
    sheet.append([table_.title])
    sheet["A2"].font = bold
    for what, value in report.filters:
        sheet.append([f"{what}: {value}"])
    if table_.note:
        sheet.append([table_.note])
    header_row = sheet.max_row + 2  # a blank row above the header
    for index, column in enumerate(table_.columns, start=1):
        sheet.cell(header_row, index, column.title)
    fill = PatternFill("solid", fgColor="E8E8E8")
    for cell in sheet[header_row]:
        cell.font, cell.fill = bold, fill
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    kinds = [column.kind for column in table_.columns]
    for index, row in enumerate(_rows_with_total(table_)):
        sheet.append([_xlsx_value(v) for v in row])
        for cell, kind in zip(sheet[sheet.max_row], kinds, strict=True):
            if kind in NUMBER_FORMATS:
                cell.number_format = _number_format(cell.value, kind)
            if table_.bold(index):
                cell.font = bold
    sheet.freeze_panes = f"A{header_row + 1}"
    last_column = get_column_letter(len(table_.columns))
    if table_.rows:
        sheet.auto_filter.ref = f"A{header_row}:{last_column}{header_row + len(table_.rows)}"
    _xlsx_widths(sheet, table_)


def _number_format(value: Any, kind: ColumnKind) -> str:
    """Whole units (416 days, 12 visits) without «,00»; 8,5 hours with its decimals."""
    whole = isinstance(value, int) or (isinstance(value, Decimal) and value == int(value))
    return NUMBER_FORMATS[ColumnKind.COUNT if kind is ColumnKind.QUANTITY and whole else kind]


def _xlsx_widths(sheet: Any, table_: Table) -> None:
    from openpyxl.utils import get_column_letter

    for index, column in enumerate(table_.columns, start=1):
        texts = [text_of(row[index - 1], column.kind) for row in table_.rows]
        longest = max([len(column.title) // 2 + 2, *(len(t) + 2 for t in texts)])
        sheet.column_dimensions[get_column_letter(index)].width = min(MAX_WIDTH, max(10, longest))


def _xlsx_value(value: Cell) -> Any:
    return spreadsheet_safe(value) if isinstance(value, str) else value


def _sheet_name(title: str, used: set[str]) -> str:
    """A sheet's name: at most 31 characters, none of []:*?/\\, unique in the book."""
    clean = "".join(" " if ch in "[]:*?/\\" else ch for ch in title)[:31].strip()
    name, n = clean, 2
    while name.lower() in used:
        suffix = f" ({n})"
        name, n = clean[: 31 - len(suffix)] + suffix, n + 1
    used.add(name.lower())
    return name


# ---------------------------------------------------------------------- CSV and JSON
def write_csv(report: Report, handle: IO[bytes]) -> None:
    text = io.TextIOWrapper(handle, encoding="utf-8-sig", newline="")
    writer = csv.writer(text, delimiter=";")
    writer.writerow([report.title])
    for what, value in report.filters:
        writer.writerow([f"{what}: {value}"])
    for table_ in report.tables:
        writer.writerow([])
        writer.writerow([table_.title])
        writer.writerow([column.title for column in table_.columns])
        for row in _rows_with_total(table_):
            writer.writerow(
                [
                    spreadsheet_safe(text_of(value, column.kind))
                    for value, column in zip(row, table_.columns, strict=True)
                ]
            )
        if table_.note:
            writer.writerow([table_.note])
    text.flush()
    text.detach()


def as_data(report: Report) -> dict[str, Any]:
    """The report as plain JSON-ready data (numbers as numbers, no value as null)."""
    return {
        "kind": report.kind,
        "title": report.title,
        "period": {"from": report.scope.start.isoformat(), "to": report.scope.end.isoformat()},
        "district_ids": list(report.scope.district_ids) if report.scope.district_ids else None,
        "services": list(report.scope.services) if report.scope.services else None,
        "filters": dict(report.filters),
        "tables": [
            {
                "code": t.code,
                "title": t.title,
                "note": t.note,
                "columns": [
                    {"key": c.key, "title": c.title, "kind": c.kind.value} for c in t.columns
                ],
                "rows": [_json_row(t, row) for row in t.rows],
                "total": _json_row(t, t.total) if t.total is not None else None,
            }
            for t in report.tables
        ],
    }


def _json_row(table_: Table, row: tuple[Cell, ...]) -> dict[str, Any]:
    return {c.key: _json_value(v) for c, v in zip(table_.columns, row, strict=True)}


def _json_value(value: Cell) -> Any:
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral() else float(value)
    return value


def json_text(report: Report) -> str:
    return json.dumps(as_data(report), ensure_ascii=False, indent=1) + "\n"


# ---------------------------------------------------------------------- PDF
HEADING_ROOM = 45 * mm  # a table's heading, its header and a few rows
TEXT_WORD_MAX = 90.0  # points: a longer word in a text column may wrap inside itself


def _needs(
    table_: Table, rows: list[list[str]], head: str = "cell_small_bold"
) -> tuple[list[float], list[float]]:
    """Per column, the least width (a header breaks only at its spaces; codes, years and
    numbers never break; text at its spaces) and the width of its longest line."""
    s = styles()
    cell, bold = s["cell_small"], s[head]
    strong = s["cell_small_bold"]  # totals
    pad = 2 * CELL_PADDING + 2

    def width(text: str, style: Any) -> float:
        return float(stringWidth(text, style.fontName, style.fontSize))

    least, most = [], []
    for index, column in enumerate(table_.columns):
        values = [row[index] for row in rows]
        header = max((width(w, bold) for w in column.title.split()), default=0.0)
        longest = max(
            (width(v, strong if table_.bold(i) else cell) for i, v in enumerate(values)),
            default=0.0,
        )
        if column.kind is ColumnKind.TEXT:
            words = max((width(w, cell) for v in values for w in v.split()), default=0.0)
            floor = max(header, min(words, TEXT_WORD_MAX))
        else:
            floor = max(header, longest)
        least.append(floor + pad)
        most.append(max(floor, longest, width(column.title, bold) / 3) + pad)
    return least, most


def _widths(least: list[float], most: list[float], room: float) -> list[float]:
    """Columns share `room`: each gets its least; what is left goes to those that want more."""
    if sum(most) <= room:
        return [w * room / sum(most) for w in most]
    spare = room - sum(least)
    if spare <= 0:
        return [w * room / sum(least) for w in least]
    wanted = sum(m - w for m, w in zip(most, least, strict=True))
    return [w + (m - w) * spare / wanted for m, w in zip(most, least, strict=True)]


def _strong(row: list[str], right: list[int]) -> list[Any]:
    """A total's cells in bold (Paragraphs carry their font), numbers to the right."""
    bold = styles()["cell_small_bold"]
    to_right = ParagraphStyle("cell_small_bold_right", parent=bold, alignment=TA_RIGHT)
    return [Paragraph(esc(v), to_right if i in right else bold) for i, v in enumerate(row)]


def pdf_bytes(report: Report, logo: bytes | None = None) -> bytes:
    """The report on A4; on landscape pages when any of its tables is too wide for portrait
    (and a table too wide even then gets a smaller header)."""
    head = report.letterhead
    texts = [
        [
            [text_of(v, c.kind) or "—" for v, c in zip(row, table_.columns, strict=True)]
            for row in _rows_with_total(table_)
        ]
        for table_ in report.tables
    ]
    needs = [_needs(t, rows) for t, rows in zip(report.tables, texts, strict=True)]
    wide = any(sum(least) > content_width() for least, _ in needs)
    pagesize = landscape(PAGE) if wide else PAGE
    room = content_width(pagesize)
    heads = ["cell_small_bold" if sum(least) <= room else "cell_tiny_bold" for least, _ in needs]
    needs = [_needs(t, rows, h) for t, rows, h in zip(report.tables, texts, heads, strict=True)]
    heading = ParagraphStyle("table_heading", parent=styles()["heading"], keepWithNext=0)
    story: list[Any] = [para(report.title, "title")]
    story.append(markup("<br/>".join(esc(f"{w}: {v}") for w, v in report.filters), "subtitle"))
    for table_, rows, (least, most), style in zip(report.tables, texts, needs, heads, strict=True):
        # Not the heading style's keep-with-next: it keeps the heading with the WHOLE table
        # and so sends a long table to the next page, leaving the first page with the title
        # alone. A heading starts a new page only when a few rows would not fit under it.
        story.append(CondPageBreak(HEADING_ROOM))
        story.append(Paragraph(esc(table_.title), heading))
        right = [i for i, c in enumerate(table_.columns) if c.kind is not ColumnKind.TEXT]
        header = [c.title for c in table_.columns]
        widths = _widths(least, most, room)
        cells = [_strong(row, right) if table_.bold(i) else row for i, row in enumerate(rows)]
        story.append(table(header, cells, widths, small=True, right=right, head_style=style))
        if table_.note:
            story.append(para(table_.note, "small"))
    letterhead = Letterhead(head.get("centre", ""), head.get("address", ""), logo)
    return build_pdf(story, report.title, letterhead, pagesize=pagesize)
