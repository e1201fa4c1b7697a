"""What a person reads in a report's files: no internal references, pages that fit the tables."""

from __future__ import annotations

import datetime as dt
import io

import pypdf
import pytest
import report_fixture
from openpyxl import load_workbook

from socdesk.domain.report_scope import ReportScope
from socdesk.reports import output
from socdesk.reports.model import Cell, Column, ColumnKind, Report, Table
from socdesk.reports.registry import run
from socdesk.store.database import Store

H1 = ReportScope(dt.date(2026, 1, 1), dt.date(2026, 6, 30))


def _report(store: Store, kind: str) -> Report:
    report_fixture.build(store)
    return run(store, kind, H1)


def test_the_staffing_norms_cite_the_law_not_an_internal_file(store: Store) -> None:
    note = _report(store, "workload").table("staffing").note
    assert "REFERENCE" not in note and "§" not in note
    assert "«Про соціальні послуги»" in note and "2671-VIII" in note


def _pdf_text(report: Report) -> tuple[list[str], pypdf.PdfReader]:
    pdf = pypdf.PdfReader(io.BytesIO(output.pdf_bytes(report)))
    return [page.extract_text().replace("\u00a0", " ") for page in pdf.pages], pdf


@pytest.mark.parametrize("kind", ["monitoring", "centre"])
def test_wide_tables_go_on_landscape_pages_and_never_break_a_code_or_number(
    store: Store, kind: str
) -> None:
    report = _report(store, kind)
    pages, pdf = _pdf_text(report)
    if kind == "monitoring":
        box = pdf.pages[0].mediabox
        assert box.width > box.height  # 13 columns do not fit a portrait page
    lines = {line.strip() for text in pages for line in text.splitlines()}
    words = {word for line in lines for word in line.split()}
    for table_ in report.tables:
        for row in table_.rows:
            for value, column in zip(row, table_.columns, strict=True):
                text = output.text_of(value, column.kind)
                if column.kind is not ColumnKind.TEXT and text:
                    assert all(part in words for part in text.split()), (table_.code, text)
        for column in table_.columns:
            for word in column.title.split():
                assert word in words, (table_.code, word)


def test_a_long_table_starts_under_the_title_and_repeats_its_header() -> None:
    columns = (Column("who", "Працівник", ColumnKind.TEXT), Column("visits", "Відвідувань"))
    rows: list[tuple[Cell, ...]] = [(f"Працівник {n:03}", n) for n in range(90)]
    long = Table("long", "Довга таблиця", columns, rows)
    report = Report("test", "Звіт", H1, (("Період", "01.01.2026 – 30.06.2026"),), (long,))
    pages, _ = _pdf_text(report)
    assert len(pages) >= 2
    assert "Довга таблиця" in pages[0] and "Працівник 000" in pages[0]
    assert all("Відвідувань" in text for text in pages)


@pytest.mark.parametrize("kind", ["centre", "workload", "monitoring"])
def test_sheets_have_short_whole_names_and_whole_units_no_decimals(store: Store, kind: str) -> None:
    report = _report(store, kind)
    handle = io.BytesIO()
    output.write_xlsx(report, handle)
    book = load_workbook(handle)
    for table_, name in zip(report.tables, book.sheetnames, strict=True):
        assert name == table_.sheet and len(name) <= 20, name
    if kind == "centre":
        sheet = book[report.table("services").sheet]
        units = [c for row in sheet.iter_rows() for c in row if c.column == 9]
        assert any(c.value == 3 and c.number_format == "#,##0" for c in units)
        assert any(c.value == 8.5 and c.number_format == "#,##0.00" for c in units)
        money = book[report.table("by_payment").sheet]
        assert all(
            c.number_format == "#,##0.00"
            for row in money.iter_rows(min_col=4, max_col=6)
            for c in row
            if isinstance(c.value, int | float)
        )


def test_the_survey_section_names_its_satisfied_total_and_says_when_there_were_none(
    store: Store,
) -> None:
    rows = _report(store, "centre").table("quality").rows
    assert any(row[1] == "Задоволені разом" for row in rows)
    assert not any(row[1] == "задоволені" for row in rows)
    empty = run(store, "centre", ReportScope(dt.date(2020, 1, 1), dt.date(2020, 12, 31)))
    quality = empty.table("quality")
    assert quality.rows == [] and quality.note == "Анкет у періоді немає."
