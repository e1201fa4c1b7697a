"""Import of recipients from community spreadsheets: columns, checks, duplicates, idempotence."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select
from support import LOGIN, PASSWORD, TODAY, add_person

from socdesk.cli import Io, main
from socdesk.domain.identifiers import Sex, make_rnokpp
from socdesk.domain.people import PersonInput, ValidatedPerson, validate_person
from socdesk.reports import registry_import
from socdesk.reports.registry_import import (
    apply_import,
    match_columns,
    plan_import,
    split_full_name,
    write_rejected,
)
from socdesk.reports.sheets import ImportUnreadable
from socdesk.store import people
from socdesk.store.database import Store
from socdesk.store.schema import Person, Settlement
from socdesk.store.territory import CommunityRecord, PlaceRecord, WorkplaceSetup, set_up_workplace

BORN = dt.date(1948, 2, 28)
RNOKPP_A = make_rnokpp(BORN, Sex.FEMALE, 101)
RNOKPP_B = make_rnokpp(dt.date(1950, 6, 1), Sex.MALE, 202)


@pytest.fixture
def workplace(store: Store) -> Store:
    community = CommunityRecord(
        "", "Бабенківська", settlements=(PlaceRecord("", "C", "Бабенкове"),)
    )
    set_up_workplace(store, WorkplaceSetup(community, "Бабенківська громада", (), "Офіс"))
    return store


def journal_csv(folder: Path, encoding: str = "cp1251") -> Path:
    lines = [
        "Журнал обліку отримувачів;;;;",
        "ПІБ;Дата нар.;ІПН;Населений пункт;Тел.",
        f"Коваль Олена Іванівна;28.02.1948;{RNOKPP_A};с. Бабенкове;067 123 45 67",
        f"Петренко Іван Петрович;01.06.1950;{RNOKPP_B};Нове Село;",
        "Сидоренко Ганна;31.02.1960;;с. Бабенкове;",
        "Шевчук Марія Іванівна;05.05.1955;1234567890;с. Бабенкове;",
        f"Коваль Олена Іванівна;28.02.1948;{RNOKPP_A};Бабенкове;",
        ";;;;",
    ]
    path = folder / "journal.csv"
    path.write_bytes("\r\n".join(lines).encode(encoding))
    return path


def count_people(store: Store) -> int:
    with store.read() as conn:
        return int(conn.execute(select(func.count()).select_from(Person)).scalar_one())


@pytest.mark.parametrize("encoding", ["cp1251", "utf-8-sig"])
def test_a_journal_is_checked_row_by_row(workplace: Store, tmp_path: Path, encoding: str) -> None:
    plan = plan_import(workplace, journal_csv(tmp_path, encoding), None, TODAY)
    assert [n for n, _p, _s in plan.people] == [3, 4]
    assert plan.new_settlements == ["Нове Село"]
    issues = {i.row: i for i in plan.issues}
    assert set(issues) == {5, 6, 7}
    assert issues[5].column == "Дата нар."
    assert "ДД.ММ.РРРР" in issues[5].reason
    assert issues[6].column == "ІПН"
    assert issues[7].duplicate
    assert issues[7].reason == "Такий самий РНОКПП, як у рядку 3 цього файлу."
    person = plan.people[0][1]
    assert (person.surname, person.given_name, person.patronymic) == ("Коваль", "Олена", "Іванівна")


def test_valid_rows_are_imported_once(workplace: Store, tmp_path: Path) -> None:
    path = journal_csv(tmp_path)
    before = count_people(workplace)
    plan = plan_import(workplace, path, None, TODAY)
    assert apply_import(workplace, plan, TODAY) == 2
    assert count_people(workplace) == before + 2
    with workplace.read() as conn:
        names = set(conn.execute(select(Settlement.name)).scalars())  # type: ignore[call-overload]
    assert "Нове Село" in names
    again = plan_import(workplace, path, None, TODAY)
    assert again.people == []
    assert again.new_settlements == []
    assert apply_import(workplace, again, TODAY) == 0
    assert count_people(workplace) == before + 2


def test_each_row_is_validated_once(
    workplace: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Planning checks a row; writing it uses what the plan checked (it was checked three
    times: planning, the duplicate check at writing, and the write itself)."""
    checked: list[str] = []

    def counting(person: PersonInput, today: dt.date) -> ValidatedPerson:
        checked.append(person.surname)
        return validate_person(person, today)

    monkeypatch.setattr(registry_import, "validate_person", counting)
    monkeypatch.setattr(people, "validate_person", counting)
    plan = plan_import(workplace, journal_csv(tmp_path), None, TODAY)
    assert apply_import(workplace, plan, TODAY) == 2
    # Every row with a name and a date is checked once (the unreadable date never reaches
    # the check); the two imported are not checked again.
    assert sorted(checked) == ["Коваль", "Коваль", "Петренко", "Шевчук"]


def test_a_two_digit_year_in_a_file_is_read(workplace: Store, tmp_path: Path) -> None:
    path = tmp_path / "short.csv"
    path.write_text("ПІБ;Дата нар.\nКоваль Олена Іванівна;28.02.48\n", encoding="utf-8")
    plan = plan_import(workplace, path, None, TODAY)
    assert plan.issues == []
    assert plan.people[0][1].birth_date == BORN


def test_a_person_already_in_the_store_is_held(workplace: Store, tmp_path: Path) -> None:
    add_person(workplace, "Петренко", "Іван", birth_date=dt.date(1950, 6, 1))
    plan = plan_import(workplace, journal_csv(tmp_path), None, TODAY)
    held = [i for i in plan.issues if i.row == 4]
    assert held
    assert held[0].duplicate


def test_rejected_rows_go_to_a_file_to_fix(workplace: Store, tmp_path: Path) -> None:
    plan = plan_import(workplace, journal_csv(tmp_path), None, TODAY)
    out = tmp_path / "rejected.csv"
    assert write_rejected(plan, out) == 3
    text = out.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0] == "ПІБ;Дата нар.;ІПН;Населений пункт;Тел.;Рядок;Причина"
    assert "Сидоренко Ганна" in text
    assert "Коваль Олена Іванівна;28.02.1948" in text  # the duplicate, held


def test_xlsx_with_separate_name_columns_and_real_dates(workplace: Store, tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Прізвище", "Ім'я", "По батькові", "Дата народження", "Ідентифікаційний код"])
    sheet.append(["Коваль", "Олена", "Іванівна", dt.datetime(1948, 2, 28), int(RNOKPP_A)])
    path = tmp_path / "list.xlsx"
    book.save(path)
    plan = plan_import(workplace, path, None, TODAY)
    assert plan.issues == []
    person = plan.people[0][1]
    assert person.birth_date == BORN
    assert person.rnokpp == RNOKPP_A


def test_a_mapping_names_what_the_synonyms_do_not_know(workplace: Store, tmp_path: Path) -> None:
    path = tmp_path / "odd.csv"
    path.write_text("Особа,Коли народилась\nКоваль Олена,28.02.1948\n", encoding="utf-8")
    with pytest.raises(ImportUnreadable, match="ПІБ"):
        plan_import(workplace, path, None, TODAY)
    mapping = {"Особа": "full_name", "Коли народилась": "birth_date"}
    plan = plan_import(workplace, path, mapping, TODAY)
    assert plan.people[0][1].birth_date == BORN


def test_headers_are_matched_loosely() -> None:
    columns = match_columns(["№ п/п", "П.І.Б.", "Дата нар.", "РНОКПП (ІПН)", "Примітка"])
    assert columns == {1: "full_name", 2: "birth_date", 4: "notes"}
    assert split_full_name("Мар'янович-Ковальчук  Олена") == ("Мар'янович-Ковальчук", "Олена", "")


def cli(args: list[str]) -> tuple[int, str]:
    out = io.StringIO()
    env = {"SOCDESK_USER": LOGIN, "SOCDESK_PASSWORD": PASSWORD}
    code = main(args, Io(env, out, io.StringIO(), False))
    return code, out.getvalue()


def test_cli_exit_codes_and_dry_run(workplace: Store, tmp_path: Path) -> None:
    folder = str(workplace.paths.data_dir)
    workplace.close()
    path = journal_csv(tmp_path)
    code, out = cli(["import", "recipients", str(path), "--data-dir", folder, "--dry-run"])
    assert code == 3
    assert "Рядок 5, «Дата нар.»" in out
    assert "Перевірка без запису." in out
    rejected = tmp_path / "to-fix.csv"
    args = ["import", "recipients", str(path), "--data-dir", folder, "--json"]
    code, out = cli([*args, "--rejected", str(rejected)])
    assert code == 3
    assert json.loads(out)["imported"] == 2
    assert rejected.exists()
    good = tmp_path / "good.csv"
    good.write_text(f"ПІБ;ІПН\nШевченко Тарас;{make_rnokpp(BORN, Sex.MALE, 7)}\n", encoding="utf-8")
    assert cli(["import", "recipients", str(good), "--data-dir", folder])[0] == 0
    assert cli(["import", "recipients", str(good), "--data-dir", folder])[0] == 3  # held now
    bad = tmp_path / "bad.csv"
    bad.write_text("Колонка;Інша\n1;2\n", encoding="utf-8")
    assert cli(["import", "recipients", str(bad), "--data-dir", folder])[0] == 2
    assert cli(["import", "recipients", str(tmp_path / "none.xlsx"), "--data-dir", folder])[0] == 2
