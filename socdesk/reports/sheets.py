"""Reading the spreadsheets people bring (XLSX, first sheet; CSV in UTF-8 or Windows-1251,
`;`, `,` or tab) into rows of text and dates, safely: a file that is broken, hostile or simply
not a table is refused with a Ukrainian message saying what is wrong and what to do, before it
can fill the memory (bounds below), never with Python's own English text."""

from __future__ import annotations

import csv
import datetime as dt
import itertools
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from socdesk.domain.errors import SocDeskError

Cell = str | dt.date


class ImportUnreadable(SocDeskError):
    exit_code = 2
    default_message = "Файл не вдалося прочитати як таблицю XLSX або CSV."


@dataclass(frozen=True, slots=True)
class Sheet:
    headers: list[str]
    rows: list[tuple[int, list[Cell]]]  # (row number as the spreadsheet shows it, cells)


# Bounds on what a file may hold: a journal of a community is a few thousand rows of a dozen
# short columns, and a file beyond these is a mistake or an attack (a 4.7 KB XLSX that claims a
# million rows, a zip bomb), refused with a message before it can fill the memory.
MAX_ROWS = 100_000
MAX_COLUMNS = 64
MAX_CELL = 2_000  # characters
MAX_UNPACKED = 256 * 1024 * 1024  # bytes inside an XLSX, all parts together
_SAMPLE = 1024 * 1024  # bytes of a CSV read to tell its encoding


def read_sheet(path: Path) -> Sheet:
    """The first sheet's header row and body, or `ImportUnreadable` saying in Ukrainian what is
    wrong with the file and what to do."""
    try:
        xlsx = path.suffix.lower() in (".xlsx", ".xlsm")
        table = _read_xlsx(path) if xlsx else _read_csv(path)
    except ImportUnreadable:
        raise
    except FileNotFoundError as exc:
        raise ImportUnreadable(f"Файл «{path.name}» не знайдено. Перевірте шлях.") from exc
    except IsADirectoryError as exc:
        raise ImportUnreadable(f"«{path.name}» — це тека, а не файл таблиці.") from exc
    except PermissionError as exc:
        raise ImportUnreadable(
            f"Немає доступу до файлу «{path.name}». Закрийте його в інших програмах або "
            "скопіюйте в свою теку."
        ) from exc
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise ImportUnreadable(
            f"Файл «{path.name}» не є книгою Excel (XLSX) або пошкоджений. Якщо це CSV, "
            "змініть розширення на .csv; інакше збережіть його в Excel ще раз."
        ) from exc
    except OSError as exc:
        raise ImportUnreadable(
            f"Файл «{path.name}» не вдалося прочитати з диска. Скопіюйте його на цей "
            "комп’ютер і спробуйте ще раз."
        ) from exc
    for index, (_number, cells) in enumerate(table):
        if sum(1 for c in cells if str(c).strip()) >= 2:
            headers = [str(c).strip() for c in cells]
            body = [(n, row) for n, row in table[index + 1 :] if any(str(c).strip() for c in row)]
            return Sheet(headers, body)
    raise ImportUnreadable(f"У файлі «{path.name}» не знайдено рядка із заголовками стовпців.")


def _read_xlsx(path: Path) -> list[tuple[int, list[Cell]]]:
    with zipfile.ZipFile(path) as archive:  # sizes as the archive declares them: reading
        unpacked = sum(info.file_size for info in archive.infolist())  # stops there
    if unpacked > MAX_UNPACKED:
        raise ImportUnreadable(
            f"Книга «{path.name}» після розпакування займає {unpacked // 2**20} МБ — більше, "
            f"ніж буває в журналі ({MAX_UNPACKED // 2**20} МБ). Збережіть у файл лише аркуш "
            "з отримувачами."
        )
    from openpyxl import load_workbook  # only when a workbook is read (see registry_export)

    book = load_workbook(path, read_only=True, data_only=True)
    try:
        sheet = book.worksheets[0]
        # max_col: a sheet that claims a million rows by 16,384 columns is read as written,
        # not padded to its claim.
        rows = sheet.iter_rows(max_col=MAX_COLUMNS, values_only=True)
        return _bounded(path, ([_xlsx_cell(v) for v in values] for values in rows))
    finally:
        book.close()


def _bounded(path: Path, rows: Iterator[list[Cell]]) -> list[tuple[int, list[Cell]]]:
    table: list[tuple[int, list[Cell]]] = []
    for number, cells in enumerate(rows, start=1):
        if number > MAX_ROWS + 1:  # the header row and MAX_ROWS people
            raise ImportUnreadable(
                f"У файлі «{path.name}» більше {MAX_ROWS:,} рядків; розділіть його на "
                "частини й імпортуйте кожну окремо.".replace(",", " ")
            )
        if any(isinstance(c, str) and len(c) > MAX_CELL for c in cells):
            raise ImportUnreadable(
                f"Рядок {number} файлу «{path.name}» має клітинку довшу за {MAX_CELL} "
                "символів: це не схоже на дані отримувача. Перевірте рядок."
            )
        cells = cells[:MAX_COLUMNS]
        while cells and cells[-1] == "":  # a sheet pads its rows to the width it claims
            cells.pop()
        if cells:
            table.append((number, cells))
    return table


def _xlsx_cell(value: object) -> Cell:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return "" if value is None else str(value)


def _read_csv(path: Path) -> list[tuple[int, list[Cell]]]:
    """A CSV read line by line (memory stays flat in the file's size), in UTF-8 or, when the
    file is not UTF-8, Windows-1251; a file that mixes them is refused with the line named."""
    csv.field_size_limit(MAX_CELL * 4)
    with path.open("rb") as handle:
        sample = handle.read(_SAMPLE)
        handle.seek(0)
        encoding = _encoding_of(sample[: sample.rfind(b"\n") + 1] or sample)
        lines = _decoded_lines(path, handle, encoding)
        first = next(lines, "")
        delimiter = max(";,\t", key=first.lstrip("\ufeff").count)
        reader = csv.reader(itertools.chain([first.lstrip("\ufeff")], lines), delimiter=delimiter)
        try:
            return _bounded(path, (list(row) for row in reader))
        except csv.Error as exc:
            raise ImportUnreadable(
                f"Рядок {reader.line_num} файлу «{path.name}» не вдалося розібрати як CSV "
                "(можливо, непарні лапки або задовга клітинка). Виправте рядок."
            ) from exc


def _encoding_of(sample: bytes) -> str:
    """UTF-8 when the sample is, or when some line of it beyond ASCII is (a UTF-8 file with a
    foreign line, which `_decoded_lines` then names); Windows-1251 otherwise."""
    if _is_utf8(sample):
        return "utf-8"
    lines = sample.splitlines()
    return "utf-8" if any(not line.isascii() and _is_utf8(line) for line in lines) else "cp1251"


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _decoded_lines(path: Path, handle: BinaryIO, encoding: str) -> Iterator[str]:
    for number, raw in enumerate(handle, start=1):
        try:
            yield raw.decode(encoding)
        except UnicodeDecodeError as exc:
            raise ImportUnreadable(
                f"Рядок {number} файлу «{path.name}» записано не в кодуванні {encoding.upper()}, "
                "як решта файлу (ймовірно, його вставлено з іншого файлу). Збережіть файл "
                "повністю в UTF-8 або виправте цей рядок."
            ) from exc
