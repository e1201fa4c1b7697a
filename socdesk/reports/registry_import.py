"""Import of recipients from the spreadsheets and journals communities keep today.

XLSX (first sheet) or CSV (UTF-8 or Windows-1251, `;`, `,` or tab). Columns are matched by
the header names people use (`resources/import/synonyms.json`), and a mapping the person gives
(header → field) wins over the synonyms. «ПІБ» in one column is split into three. Every row is
checked with the person card's own rules and the duplicate cascade, against the store and
against the rows above it in the same file. `plan_import` only reads and reports; `apply_import`
writes the valid rows in one unit of work. Importing the same file again adds nobody: every
row is then a duplicate of the person it added the first time.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import io
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from socdesk.domain.dates import DAY_HINT, read_day
from socdesk.domain.duplicates import Candidate, DuplicateRule, MatchFields, find_candidates
from socdesk.domain.errors import ValidationError
from socdesk.domain.identifiers import DocumentType, Sex, rnokpp_facts, validate_rnokpp
from socdesk.domain.labels import read_document_type, read_rnokpp_status, read_sex
from socdesk.domain.people import PersonInput, RnokppStatus, ValidatedPerson, validate_person
from socdesk.domain.text import (
    from_spreadsheet,
    normalize_apostrophes,
    search_fold,
    spreadsheet_safe,
    without_controls,
)
from socdesk.paths import resources_dir
from socdesk.reports.sheets import Cell, ImportUnreadable, Sheet, read_sheet
from socdesk.store.database import Store
from socdesk.store.duplicates import find_duplicates, match_fields
from socdesk.store.files import atomic_write
from socdesk.store.people import insert_person, list_categories
from socdesk.store.territory import (
    add_settlement,
    find_district,
    served_districts,
    settlements,
)
from socdesk.store.uow import UnitOfWork

FIELD_LABELS = {
    "full_name": "ПІБ",
    "surname": "Прізвище",
    "given_name": "Ім’я",
    "patronymic": "По батькові",
    "birth_date": "Дата народження",
    "rnokpp": "РНОКПП",
    "sex": "Стать",
    "rnokpp_status": "Стан РНОКПП",
    "document_type": "Вид документа",
    "document_number": "Документ",
    "unzr": "УНЗР",
    "phone": "Телефон",
    "settlement": "Населений пункт",
    "registered_address": "Адреса реєстрації",
    "actual_address": "Фактична адреса",
    "categories": "Категорії",
    "notes": "Примітка",
}
SKIP = "skip"  # a mapping value that ignores the column
_HEADER_NOISE = re.compile(r"[\s.,:;'’ʼ`№#\-_()/\\\"]+")
_SETTLEMENT_PREFIX = re.compile(r"^(смт|с-ще|сщ|селище|село|місто|с|м)(\.|\s)+", re.IGNORECASE)
_ID_CARD = re.compile(r"^\d{9}$")
_PASSPORT_BOOK = re.compile(r"^[А-ЯІЇЄҐA-Z]{2}\s*\d{6}$", re.IGNORECASE)


class DistrictNeeded(ImportUnreadable):
    """Some people's district cannot be derived from a settlement, and the workplace serves
    more than one: the person importing names the district (nothing is imported before)."""

    default_message = (
        "Для частини осіб старостинський округ не визначити з населеного пункту (його немає "
        "у файлі або в жодному окрузі). Укажіть округ, до якого їх віднести."
    )


@dataclass(frozen=True, slots=True)
class RowIssue:
    row: int
    column: str
    reason: str
    duplicate: bool = False


@dataclass
class ImportPlan:
    """What an import would do: the column mapping, the valid people, and every problem."""

    source: Path
    sheet: Sheet
    columns: dict[int, str]  # column index -> field
    people: list[tuple[int, PersonInput, str | None]] = field(default_factory=list)
    # Each valid row's checked values (by row number): a row is validated once, when planned.
    checked: dict[int, ValidatedPerson] = field(default_factory=dict)
    issues: list[RowIssue] = field(default_factory=list)
    new_settlements: list[str] = field(default_factory=list)
    # Valid rows whose district cannot come from a settlement (none given, a new one, or one
    # outside every district): the import asks which district they belong to.
    unplaced: int = 0

    @property
    def rejected_rows(self) -> list[int]:
        """Rows not imported: refused for a fault, or held as possible duplicates."""
        return sorted({issue.row for issue in self.issues})

    @property
    def held_rows(self) -> list[int]:
        """Rows held only as possible duplicates (a person decides, nothing is wrong)."""
        faulty = {issue.row for issue in self.issues if not issue.duplicate}
        return sorted({i.row for i in self.issues if i.duplicate and i.row not in faulty})

    def report_lines(self) -> list[str]:
        mapped = ", ".join(
            f"«{self.sheet.headers[i]}» → {FIELD_LABELS[f]}"
            for i, f in sorted(self.columns.items())
        )
        lines = [f"Стовпці: {mapped}"]
        lines += [
            f"Рядок {i.row}, «{i.column}»: {i.reason}" if i.column else f"Рядок {i.row}: {i.reason}"
            for i in self.issues
        ]
        if self.new_settlements:
            lines.append("Нові населені пункти: " + ", ".join(self.new_settlements))
        if self.unplaced:
            lines.append(f"Осіб без старостинського округу за населеним пунктом: {self.unplaced}")
        held = len(self.held_rows)
        lines.append(
            f"Усього рядків: {len(self.sheet.rows)}; можна імпортувати: {len(self.people)}; "
            f"відхилено: {len(self.rejected_rows) - held}, затримано як можливі дублікати: {held}"
        )
        return lines


# ---------------------------------------------------------------------------------- columns
def header_key(text: str) -> str:
    return _HEADER_NOISE.sub("", search_fold(text))


@functools.cache
def synonyms() -> dict[str, str]:
    """header key -> field, from `resources/import/synonyms.json`."""
    doc = json.loads((resources_dir() / "import" / "synonyms.json").read_text(encoding="utf-8"))
    return {
        header_key(name): field_name
        for field_name, names in doc["fields"].items()
        for name in [field_name, *names]
    }


def match_columns(headers: list[str], mapping: Mapping[str, str] | None = None) -> dict[int, str]:
    """Column index -> field. `mapping` (header as written -> field or "skip") comes first."""
    given = {header_key(k): v for k, v in (mapping or {}).items()}
    known = synonyms()
    columns: dict[int, str] = {}
    for index, header in enumerate(headers):
        key = header_key(header)
        chosen = given.get(key, known.get(key))
        if chosen in FIELD_LABELS and chosen not in columns.values():
            columns[index] = chosen
    fields = set(columns.values())
    if "full_name" not in fields and not {"surname", "given_name"} <= fields:
        raise ImportUnreadable(
            "Не знайдено стовпців з іменем: потрібен «ПІБ» або «Прізвище» та «Ім’я». Назвіть "
            "стовпці так або вкажіть відповідність (--mapping)."
        )
    return columns


# ---------------------------------------------------------------------------------- values
def split_full_name(text: str) -> tuple[str, str, str]:
    parts = text.split()
    if len(parts) < 2:
        return (parts[0] if parts else "", "", "")
    return parts[0], parts[1], " ".join(parts[2:])


def parse_date(value: Cell, today: dt.date | None = None) -> dt.date | None:
    """A birth date cell: a spreadsheet's date as it is, text as `domain.dates.read_day`
    reads a file made elsewhere (two-digit years and ISO dates taken)."""
    if isinstance(value, dt.date):
        return value
    try:
        return read_day(value, "birth_date", today, short_years=True)
    except ValidationError as exc:  # what is wrong, and the form a file may use
        raise ValidationError(f"{exc} Формат: {DAY_HINT}.", "birth_date") from None


def document_type_of(number: str) -> DocumentType:
    compact = number.replace(" ", "")
    if _ID_CARD.match(compact):
        return DocumentType.ID_CARD
    if _PASSPORT_BOOK.match(compact):
        return DocumentType.PASSPORT_BOOK
    return DocumentType.OTHER


def settlement_key(name: str) -> str:
    text = normalize_apostrophes(name.strip())
    return search_fold(_SETTLEMENT_PREFIX.sub("", text).strip())


def clean_settlement_name(name: str) -> str:
    return normalize_apostrophes(_SETTLEMENT_PREFIX.sub("", name.strip()).strip())


# ---------------------------------------------------------------------------------- planning
def plan_import(
    store: Store, path: Path, mapping: Mapping[str, str] | None, today: dt.date
) -> ImportPlan:
    """Reads, maps and checks every row; writes nothing."""
    sheet = read_sheet(path)
    plan = ImportPlan(path, sheet, match_columns(sheet.headers, mapping))
    with store.read() as conn:
        places = {settlement_key(r.name): r.district_id for r in settlements(conn)}
        categories = _category_codes(list_categories(conn, today))
        seen = _SeenRows()
        for number, cells in sheet.rows:
            values = {f: cells[i] if i < len(cells) else "" for i, f in plan.columns.items()}
            try:
                person, place = _person(values, categories, today)
                checked = validate_person(person, today)
            except ValidationError as exc:
                plan.issues.append(RowIssue(number, _column(plan, exc.field), str(exc)))
                continue
            fields = match_fields(checked.values)
            found = find_duplicates(conn, fields)
            if found:
                plan.issues.append(RowIssue(number, "", f"{found[0].rule.message}", True))
                continue
            inside = seen.duplicates(fields)
            if inside:
                reason = _IN_THIS_FILE[inside[0].rule].format(row=inside[0].person_id)
                plan.issues.append(RowIssue(number, "", reason, True))
                continue
            seen.add(number, fields)
            place_name = clean_settlement_name(place) if place else None
            if place_name and settlement_key(place_name) not in places:
                places[settlement_key(place_name)] = None
                plan.new_settlements.append(place_name)
            if not (place_name and places[settlement_key(place_name)]):
                plan.unplaced += 1
            plan.people.append((number, person, place_name))
            plan.checked[number] = checked
    return plan


# A row that repeats a row above it says so, not «already in the register».
_IN_THIS_FILE = {
    DuplicateRule.RNOKPP: "Такий самий РНОКПП, як у рядку {row} цього файлу.",
    DuplicateRule.RNOKPP_NAME_DIFFERS: (
        "Такий самий РНОКПП, як у рядку {row} цього файлу, а ПІБ інше: перевірте номер."
    ),
    DuplicateRule.DOCUMENT: "Той самий документ, прізвище та ім’я, що в рядку {row} цього файлу.",
    DuplicateRule.NAME_AND_BIRTH_DATE: (
        "Ті самі прізвище, ім’я і дата народження, що в рядку {row} цього файлу."
    ),
    DuplicateRule.SIMILAR_NAME_AND_BIRTH_DATE: (
        "Схоже ПІБ і та сама дата народження, що в рядку {row} цього файлу."
    ),
}


def _category_codes(categories: Iterable[tuple[str, str]]) -> dict[str, str]:
    """A category as a file may name it (its name or its code, folded) -> its code."""
    return {search_fold(text).strip(): code for code, name in categories for text in (code, name)}


class _SeenRows:
    """The file's accepted rows, looked up the way the store looks up people (by РНОКПП,
    birth date, document), so a long file is not compared row against every row."""

    def __init__(self) -> None:
        self._by_key: dict[tuple[str, object], list[tuple[str, MatchFields]]] = {}

    def _keys(self, fields: MatchFields) -> list[tuple[str, object]]:
        keys: list[tuple[str, object]] = []
        if fields.rnokpp:
            keys.append(("rnokpp", fields.rnokpp))
        if fields.birth_date is not None:
            keys.append(("birth", fields.birth_date))
        if fields.document_number:
            keys.append(("document", fields.document_number))
        return keys

    def add(self, number: int, fields: MatchFields) -> None:
        for key in self._keys(fields):
            self._by_key.setdefault(key, []).append((str(number), fields))

    def duplicates(self, fields: MatchFields) -> list[Candidate]:
        found = dict(row for key in self._keys(fields) for row in self._by_key.get(key, []))
        return find_candidates(fields, found.items())


def _column(plan: ImportPlan, field_name: str | None) -> str:
    wanted = {
        "surname": ("surname", "full_name"),
        "given_name": ("given_name", "full_name"),
        "patronymic": ("patronymic", "full_name"),
        "document": ("document_number",),
    }.get(field_name or "", (field_name or "",))
    for index, name in plan.columns.items():
        if name in wanted:
            return plan.sheet.headers[index]
    return FIELD_LABELS.get(field_name or "", "")


def _person(
    values: Mapping[str, Cell], categories: Mapping[str, str], today: dt.date
) -> tuple[PersonInput, str]:
    def text(name: str) -> str:
        value = values.get(name, "")
        if isinstance(value, dt.date):
            return value.strftime("%d.%m.%Y")
        return without_controls(from_spreadsheet(value)).strip()

    if "full_name" in values:
        surname, given, patronymic = split_full_name(text("full_name"))
    else:
        surname, given, patronymic = text("surname"), text("given_name"), text("patronymic")
    rnokpp = text("rnokpp").replace(" ", "")
    if rnokpp.isdigit() and len(rnokpp) < 10:
        rnokpp = rnokpp.zfill(10)
    document = text("document_number")
    status = read_rnokpp_status(text("rnokpp_status"))
    person = PersonInput(
        surname=surname,
        given_name=given,
        patronymic=patronymic,
        birth_date=parse_date(values.get("birth_date", ""), today),
        sex=read_sex(text("sex")) or _sex_in(rnokpp),
        rnokpp_status=status or (RnokppStatus.KNOWN if rnokpp else RnokppStatus.UNKNOWN),
        rnokpp=rnokpp,
        document_type=read_document_type(text("document_type"))
        or (document_type_of(document) if document else None),
        document_number=document,
        unzr=text("unzr"),
        phone=text("phone"),
        registered_address=text("registered_address"),
        actual_address=text("actual_address"),
        categories=_categories(text("categories"), categories),
        notes=text("notes"),
    )
    return person, text("settlement")


def _sex_in(rnokpp: str) -> Sex | None:
    """The sex a valid РНОКПП encodes (its 9th digit), for a file with no «Стать»."""
    try:
        return rnokpp_facts(validate_rnokpp(rnokpp)).sex
    except ValidationError:
        return None  # the card's own check reports a wrong number


def _categories(text: str, known: Mapping[str, str]) -> list[str]:
    """«Особа похилого віку; Багатодітна сімʼя» (names or codes, `;` between) -> codes."""
    codes: list[str] = []
    for part in filter(None, (p.strip() for p in re.split(r"[;\n]", text))):
        code = known.get(search_fold(part).strip())
        if code is None:
            raise ValidationError(f"Категорії «{part}» немає в довіднику категорій.", "categories")
        if code not in codes:
            codes.append(code)
    return codes


# ---------------------------------------------------------------------------------- writing
def apply_import(
    store: Store, plan: ImportPlan, today: dt.date, district: str | None = None
) -> int:
    """Writes the plan's valid rows, and the settlements they name that the store lacks, in one
    unit of work; returns how many people were added. A row that has become a duplicate since
    the plan was made is held (added to `plan.issues`), never written twice.

    People get the district of their settlement (the store derives it). `district` (an id or
    a name) is where new settlements and the people no settlement places go; it may be left
    out while the workplace serves one district, otherwise `DistrictNeeded`."""
    with store.write() as uow:
        chosen = _chosen_district(uow, plan, district)
        places = {settlement_key(r.name): r.id for r in settlements(uow.connection)}
        for name in plan.new_settlements:
            try:
                places[settlement_key(name)] = add_settlement(uow, name, chosen)
            except ValidationError as exc:
                raise ImportUnreadable(str(exc)) from exc
        added = 0
        for number, _person, place in plan.people:
            values = plan.checked[number].values  # validated when planned: once is enough
            # Duplicates are looked for again inside the writing transaction: another import
            # (or a card) may have added the same person since `plan_import` read the store.
            found = find_duplicates(uow.connection, match_fields(values))
            if found:
                plan.issues.append(RowIssue(number, "", found[0].rule.message, True))
                continue
            place_id = places[settlement_key(place)] if place else None
            # `chosen` counts only for a person without a district
            insert_person(uow, {**values, "settlement_id": place_id}, chosen)
            added += 1
        uow.audit_action("import", "person", [str(added), plan.source.suffix])
    held = {issue.row for issue in plan.issues}
    plan.people = [entry for entry in plan.people if entry[0] not in held]
    return added


def _chosen_district(uow: UnitOfWork, plan: ImportPlan, district: str | None) -> str | None:
    conn = uow.connection
    served = [district_id for district_id, _name in served_districts(conn)]
    if district:
        found = find_district(conn, district)
        if found is None:
            raise DistrictNeeded(f"Старостинського округу «{district}» немає в довіднику.")
        return found
    if not plan.unplaced or not served:
        return None
    if len(served) == 1:
        return served[0]
    raise DistrictNeeded()


def write_rejected(plan: ImportPlan, target: Path) -> int:
    """The rejected and held rows as a CSV (UTF-8, `;`) with the reason, to fix and re-import."""
    reasons: dict[int, list[str]] = {}
    for issue in plan.issues:
        reasons.setdefault(issue.row, []).append(issue.reason)
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";")
    writer.writerow([spreadsheet_safe(h) for h in [*plan.sheet.headers, "Рядок", "Причина"]])
    for number, cells in plan.sheet.rows:
        if number in reasons:
            shown = [c.strftime("%d.%m.%Y") if isinstance(c, dt.date) else c for c in cells]
            cells_out = [*shown, str(number), "; ".join(reasons[number])]
            writer.writerow([spreadsheet_safe(without_controls(c)) for c in cells_out])
    atomic_write(target, out.getvalue().encode("utf-8-sig"), mode=0o600)
    return len(reasons)


def load_mapping(path: Path) -> dict[str, str]:
    """A mapping file: a JSON object {"header as written": "field" or "skip"}."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ImportUnreadable(f"Файл відповідностей «{path.name}» не прочитано: {exc}") from exc
    unknown = sorted(v for v in data.values() if v not in FIELD_LABELS and v != SKIP)
    if not isinstance(data, dict) or unknown:
        allowed = ", ".join([*FIELD_LABELS, SKIP])
        raise ImportUnreadable(f"Невідомі поля у відповідностях: {unknown}. Можливі: {allowed}.")
    return {str(k): str(v) for k, v in data.items()}


def fields_of(columns: Mapping[int, str], headers: Iterable[str]) -> dict[str, str]:
    """header -> field, as a mapping file would say it (to show and remember a mapping)."""
    names = list(headers)
    return {names[i]: f for i, f in columns.items()}
