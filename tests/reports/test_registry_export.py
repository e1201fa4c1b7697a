"""Export of the register: CSV for Excel, XLSX with date cells, JSON; audited; CLI."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import text
from support import LOGIN, PASSWORD, populate

from socdesk.cli import Io, main
from socdesk.reports.registry_export import ExportFormat, export_recipients
from socdesk.store.database import Store


def test_csv_opens_in_excel_as_ukrainian_text(store: Store, tmp_path: Path) -> None:
    populate(store)
    out = tmp_path / "реєстр.csv"
    assert export_recipients(store, out, ExportFormat.CSV) == 5
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads UTF-8
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert rows[0][:3] == ["Прізвище", "Ім’я", "По батькові"]
    assert [r[0] for r in rows[1:]] == ["Аврамчук", "Гудзь", "Ґудзь", "Ковальчук", "Ющенко"]
    kovalchuk = next(r for r in rows if r[0] == "Ковальчук")
    assert "28.02.1948" in kovalchuk and "067 123 45 67" in kovalchuk  # as people write it


def test_xlsx_has_date_cells(store: Store, tmp_path: Path) -> None:
    populate(store)
    out = tmp_path / "r.xlsx"
    export_recipients(store, out, ExportFormat.XLSX, search="ковальчук")
    sheet = load_workbook(out).active
    assert sheet is not None and sheet.max_row == 2
    assert sheet.cell(1, 1).font.bold
    assert sheet.cell(2, 4).value == dt.datetime(1948, 2, 28)
    assert sheet.cell(2, 4).number_format == "DD.MM.YYYY"


def test_json_and_the_audit_record(store: Store, tmp_path: Path) -> None:
    populate(store)
    out = tmp_path / "r.json"
    export_recipients(store, out, ExportFormat.JSON, search="гудз")
    people = json.loads(out.read_text(encoding="utf-8"))["recipients"]
    assert [p["surname"] for p in people] == ["Гудзь", "Ґудзь"]
    assert people[0]["birth_date"] == "1990-05-05"
    with store.read() as conn:
        action, detail = conn.execute(
            text("SELECT action, detail FROM audit_log ORDER BY id DESC LIMIT 1")
        ).one()
    assert (action, detail) == ("export", "json,2,search")
    assert "Гудзь" not in detail  # the record says what was done, not what was in it


def test_cli_export(store: Store, tmp_path: Path) -> None:
    import io

    populate(store)
    store.close()
    out_file = tmp_path / "r.csv"
    stdout = io.StringIO()
    code = main(
        [
            "export",
            "recipients",
            "--format",
            "csv",
            "--out",
            str(out_file),
            "--user",
            LOGIN,
            "--data-dir",
            str(store.paths.data_dir),
            "--json",
        ],
        Io({"SOCDESK_PASSWORD": PASSWORD}, stdout, io.StringIO(), False),
    )
    assert code == 0 and json.loads(stdout.getvalue())["exported"] == 5
    assert out_file.exists()


@pytest.mark.parametrize("fmt", list(ExportFormat))
def test_a_failed_export_leaves_no_file(
    store: Store, tmp_path: Path, fmt: ExportFormat, monkeypatch: pytest.MonkeyPatch
) -> None:
    import socdesk.reports.registry_export as export

    populate(store)
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / f"r.{fmt.value}"

    def broken(*_args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(export, f"_write_{fmt.value}", broken)
    with pytest.raises(OSError):
        export_recipients(store, out, fmt)
    assert list(folder.iterdir()) == []  # neither the file nor a temporary one
