"""A report in XLSX (a sheet per table, formatted, with totals and the filters written on it),
CSV, JSON and PDF (letterhead, page numbers); written atomically and audited."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from decimal import Decimal
from pathlib import Path

import pypdf
import pytest
import report_fixture
from openpyxl import load_workbook

from socdesk.domain.report_scope import ReportScope
from socdesk.reports import output
from socdesk.reports.model import Report
from socdesk.reports.output import ReportFormat, export_report
from socdesk.reports.registry import run
from socdesk.store.audit import AuditFilter, audit_page
from socdesk.store.database import Store

H1 = ReportScope(dt.date(2026, 1, 1), dt.date(2026, 6, 30))


@pytest.fixture
def made(store: Store) -> tuple[Store, Report]:
    report_fixture.build(store)
    return store, run(store, "centre", H1)


def test_xlsx_has_a_formatted_sheet_per_table_with_filters_and_totals(
    made: tuple[Store, Report], tmp_path: Path
) -> None:
    store, report = made
    out = tmp_path / "h1.xlsx"
    export_report(store, report, out, ReportFormat.XLSX)
    book = load_workbook(out)
    assert len(book.sheetnames) == len(report.tables)
    sheet = book[book.sheetnames[0]]
    texts = [sheet.cell(row, 1).value for row in range(1, 8)]
    assert texts[0] == report.title
    assert "Період: 01.01.2026 – 30.06.2026" in texts
    header = next(r for r in range(1, 12) if sheet.cell(r, 1).value == "Відділення")
    assert sheet.freeze_panes == f"A{header + 1}"
    assert sheet.cell(header, 1).font.b
    assert sheet.auto_filter.ref == f"A{header}:I{header + 5}"
    first = header + 1
    assert sheet.cell(first, 5).value == 1 and sheet.cell(first, 5).number_format == "#,##0"
    assert sheet.cell(header + 2, 9).value == 8.5
    assert sheet.cell(header + 2, 9).number_format == "#,##0.00"
    total = header + 6
    assert sheet.cell(total, 1).value == "Усього" and sheet.cell(total, 1).font.b
    assert [sheet.cell(total, c).value for c in (5, 6, 7, 8)] == [4, 2, 2, 9]
    assert sheet.column_dimensions["C"].width > sheet.column_dimensions["B"].width
    money = book[book.sheetnames[[t.code for t in report.tables].index("by_payment")]]
    cells = [c for row in money.iter_rows() for c in row if c.value == 2932.73]
    assert cells and cells[0].number_format == "#,##0.00"


def test_csv_json_and_pdf_carry_the_same_figures(
    made: tuple[Store, Report], tmp_path: Path
) -> None:
    store, report = made
    for fmt in ReportFormat:
        export_report(store, report, tmp_path / f"h1.{fmt.value}", fmt)
    raw = (tmp_path / "h1.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert ["Усього", "", "", "", "4", "2", "2", "9", ""] in lines
    assert any(line[:5] == ["платно", "1", "1", "2\u00a0225,81", "1\u00a0200,00"] for line in lines)

    data = json.loads((tmp_path / "h1.json").read_text(encoding="utf-8"))
    assert data["period"] == {"from": "2026-01-01", "to": "2026-06-30"}
    services = next(t for t in data["tables"] if t["code"] == "services")
    assert services["total"]["recipients"] == 4 and services["rows"][1]["units"] == 8.5
    assert data["filters"]["Період"] == "01.01.2026 – 30.06.2026"

    pdf = pypdf.PdfReader(tmp_path / "h1.pdf")
    pages = [page.extract_text() for page in pdf.pages]
    assert len(pages) >= 2
    assert f"Сторінка 1 з {len(pages)}" in pages[0]
    assert report.title in pages[0] and "Період: 01.01.2026" in pages[0]
    assert any("2 225,81" in text.replace("\u00a0", " ") for text in pages)


def test_every_export_is_audited_without_its_figures(
    made: tuple[Store, Report], tmp_path: Path
) -> None:
    store, report = made
    export_report(store, report, tmp_path / "h1.json", ReportFormat.JSON)
    with store.read() as conn:
        rows = audit_page(conn, AuditFilter(action="export"))
    assert len(rows) == 1
    assert rows[0].table_name == "report"
    assert (
        "centre" in rows[0].detail and "json" in rows[0].detail and "2026-01-01" in rows[0].detail
    )


def test_a_failed_export_leaves_the_old_file_whole_and_records_nothing(
    made: tuple[Store, Report], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store, report = made
    out = tmp_path / "h1.xlsx"
    out.write_bytes(b"the earlier report")

    def broken(report: Report, handle: object) -> None:
        raise OSError("disk gone")

    monkeypatch.setattr(output, "write_xlsx", broken)
    with pytest.raises(OSError):
        export_report(store, report, out, ReportFormat.XLSX)
    assert out.read_bytes() == b"the earlier report"
    assert [p.name for p in tmp_path.iterdir() if p.name != "data"] == [out.name]
    with store.read() as conn:
        assert audit_page(conn, AuditFilter(action="export")) == []


def test_cells_read_as_people_write_numbers() -> None:
    assert output.text_of(Decimal("1234.5"), output.ColumnKind.QUANTITY) == "1\u00a0234,5"
    assert output.text_of(Decimal("3"), output.ColumnKind.QUANTITY) == "3"
    assert output.text_of(Decimal("12"), output.ColumnKind.MONEY) == "12,00"
    assert output.text_of(None, output.ColumnKind.COUNT) == ""
    assert output.text_of(12345, output.ColumnKind.COUNT) == "12\u00a0345"


SATISFIED = "Задоволені разом"


def test_the_surveys_satisfied_total_rows_are_bold_like_totals_in_xlsx_and_pdf(
    made: tuple[Store, Report],
) -> None:
    _, report = made
    quality = report.table("quality")
    marked = [i for i, row in enumerate(quality.rows) if row[1] == SATISFIED]
    assert marked and all(quality.bold(i) for i in marked)
    assert not any(quality.bold(i) for i in range(len(quality.rows)) if i not in marked)
    handle = io.BytesIO()
    output.write_xlsx(report, handle)
    sheet = load_workbook(handle)[quality.sheet]
    rows = [r for r in sheet.iter_rows() if r[1].value in (SATISFIED, "Так")]
    assert {r[1].value for r in rows} == {SATISFIED, "Так"}
    assert all(all(c.font.b for c in r[:4]) == (r[1].value == SATISFIED) for r in rows)
    fonts: dict[str, set[str]] = {}

    def seen(text: str, _cm: object, _tm: object, font: object, _size: object) -> None:
        if text.strip() and isinstance(font, dict):
            fonts.setdefault(text.strip(), set()).add(str(font.get("/BaseFont", "")))

    for page in pypdf.PdfReader(io.BytesIO(output.pdf_bytes(report))).pages:
        page.extract_text(visitor_text=seen)
    assert all(f.endswith("Bold") for f in fonts[SATISFIED]), fonts[SATISFIED]
    assert all(f.endswith("Bold") for f in fonts["Усього"]), fonts["Усього"]
