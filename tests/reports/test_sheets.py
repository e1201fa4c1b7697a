"""Spreadsheets read safely: broken, hostile or mixed-encoding files are refused in Ukrainian,
naming the line, before they can fill the memory."""

from __future__ import annotations

import io
import tracemalloc
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import Workbook

from socdesk.reports import sheets
from socdesk.reports.sheets import ImportUnreadable, read_sheet


def write(folder: Path, name: str, lines: list[str], encoding: str = "utf-8") -> Path:
    path = folder / name
    path.write_bytes("\n".join(lines).encode(encoding))
    return path


def test_one_foreign_line_in_a_utf8_file_is_named(tmp_path: Path) -> None:
    path = tmp_path / "j.csv"
    body = ["Прізвище;Ім'я", "Коваль;Олена", "Мельник;Іван"]
    path.write_bytes(
        "\n".join(body).encode("utf-8") + "\nБондар;Ігор\n".encode("cp1251") + "Ткач;Ана\n".encode()
    )
    with pytest.raises(ImportUnreadable, match=r"Рядок 4 .*не в кодуванні UTF-8"):
        read_sheet(path)


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("journal.xlsx", "ПІБ;Дата нар.\nКоваль Олена;01.01.1950\n".encode(), "не є книгою Excel"),
        ("nothing.csv", None, "не знайдено"),
        ("broken.xlsx", b"PK\x03\x04 not really a zip", "не є книгою Excel"),
    ],
)
def test_a_file_that_cannot_be_read_is_explained_in_ukrainian(
    tmp_path: Path, name: str, content: bytes | None, expected: str
) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(ImportUnreadable) as caught:
        read_sheet(path)
    message = str(caught.value)
    assert expected in message
    assert not any(english in message for english in ("Errno", "codec", "zip file", "File is"))


def claiming_sheet(path: Path, stray_cell: bool) -> Path:
    """A two-row workbook whose sheet claims 1,048,576 rows by 16,384 columns (and, with
    `stray_cell`, really has one cell at the far corner): a few KB on disk."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["ПІБ", "Дата нар."])
    sheet.append(["Коваль Олена", "01.01.1950"])
    raw = io.BytesIO()
    book.save(raw)
    corner = b'<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>'
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(
                    b'<dimension ref="A1:B2" />', b'<dimension ref="A1:XFD1048576" />'
                )
                if stray_cell:
                    data = data.replace(b"</sheetData>", corner + b"</sheetData>")
                assert b"XFD1048576" in data
            dst.writestr(item, data)
    assert path.stat().st_size < 10_000
    return path


def peak_memory_of(work: Callable[[], object]) -> int:
    tracemalloc.start()
    try:
        work()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_a_sheet_that_claims_a_million_rows_is_read_as_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sheets, "MAX_ROWS", 10_000)  # (the real cap reads 10× longer)
    claims = claiming_sheet(tmp_path / "claims.xlsx", stray_cell=False)
    assert read_sheet(claims).rows == [(2, ["Коваль Олена", "01.01.1950"])]

    def refused() -> None:
        with pytest.raises(ImportUnreadable, match="більше 10 000 рядків"):
            read_sheet(claiming_sheet(tmp_path / "corner.xlsx", stray_cell=True))

    assert peak_memory_of(refused) < 50 * 2**20


def test_a_zip_bomb_is_refused_before_it_is_unpacked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sheets, "MAX_UNPACKED", 1024 * 1024)
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * (4 * 1024 * 1024))
    assert path.stat().st_size < 64 * 1024
    with pytest.raises(ImportUnreadable, match="після розпакування"):
        read_sheet(path)


def test_too_many_rows_or_too_long_a_cell_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sheets, "MAX_ROWS", 10)
    rows = write(tmp_path, "rows.csv", ["ПІБ;Дата нар."] + ["Коваль Олена;01.01.1950"] * 11)
    with pytest.raises(ImportUnreadable, match="більше 10 рядків"):
        read_sheet(rows)
    cell = write(tmp_path, "cell.csv", ["ПІБ;Адреса", "Коваль Олена;" + "а" * 5000])
    with pytest.raises(ImportUnreadable, match=r"Рядок 2 .*клітинку довшу"):
        read_sheet(cell)
