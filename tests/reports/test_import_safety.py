"""An import a person can trust: sex read and mapped, counts told apart, no person added twice
by a race, no control character stored."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import text
from support import TODAY, set_up_places

from socdesk.domain.identifiers import Sex, make_rnokpp
from socdesk.reports.registry_export import ExportFormat, export_recipients
from socdesk.reports.registry_import import (
    apply_import,
    match_columns,
    plan_import,
)
from socdesk.store.database import Store

WOMAN = make_rnokpp(dt.date(1948, 2, 28), Sex.FEMALE, 101)
MAN = make_rnokpp(dt.date(1950, 6, 1), Sex.MALE, 202)


@pytest.fixture
def workplace(store: Store) -> Store:
    set_up_places(store, "Бабенкове")
    return store


def write(folder: Path, name: str, lines: list[str], encoding: str = "utf-8") -> Path:
    path = folder / name
    path.write_bytes("\n".join(lines).encode(encoding))
    return path


def sexes(store: Store) -> dict[str, str | None]:
    with store.read() as conn:
        return dict(conn.execute(text("SELECT surname, sex FROM person")).all())  # type: ignore[arg-type]


def test_sex_is_imported_and_can_be_mapped(workplace: Store, tmp_path: Path) -> None:
    source = write(
        tmp_path,
        "j.csv",
        ["Прізвище;Ім'я;Ч/Ж", "Коваль;Олена;ж", "Мельник;Іван;Ч", "Бондар;Ігор;"],
    )
    assert match_columns(["Прізвище", "Ім'я", "Стать"], {"Стать": "sex"})[2] == "sex"
    apply_import(workplace, plan_import(workplace, source, None, TODAY), TODAY)
    assert sexes(workplace) == {"Коваль": "female", "Мельник": "male", "Бондар": None}


def test_sex_comes_from_the_rnokpp_when_the_file_has_none(workplace: Store, tmp_path: Path) -> None:
    source = write(
        tmp_path,
        "j.csv",
        ["ПІБ;Дата нар.;ІПН", f"Коваль Олена;28.02.1948;{WOMAN}", f"Мельник Іван;01.06.1950;{MAN}"],
    )
    apply_import(workplace, plan_import(workplace, source, None, TODAY), TODAY)
    assert sexes(workplace) == {"Коваль": "female", "Мельник": "male"}


def test_an_unknown_sex_is_a_row_problem_at_its_column(workplace: Store, tmp_path: Path) -> None:
    source = write(tmp_path, "j.csv", ["Прізвище;Ім'я;Стать", "Коваль;Олена;xz"])
    plan = plan_import(workplace, source, None, TODAY)
    assert [(i.row, i.column) for i in plan.issues] == [(2, "Стать")]
    assert "«xz»" in plan.issues[0].reason


def test_summary_counts_rejected_and_held_apart(workplace: Store, tmp_path: Path) -> None:
    source = write(
        tmp_path,
        "j.csv",
        [
            "ПІБ;Дата нар.;ІПН",
            f"Коваль Олена;28.02.1948;{WOMAN}",
            f"Коваль Олена;28.02.1948;{WOMAN}",
            "Сидоренко Ганна;31.02.1960;",
            "Шевчук Марія;05.05.1955;1234567890",
        ],
    )
    plan = plan_import(workplace, source, None, TODAY)
    assert plan.held_rows == [3]
    assert plan.report_lines()[-1].endswith("відхилено: 2, затримано як можливі дублікати: 1")


def test_two_imports_of_one_file_at_once_add_everyone_once(
    workplace: Store, tmp_path: Path
) -> None:
    """Both plans are made before either writes (two windows, two commands): the second
    write finds the people the first added, inside its own transaction."""
    source = write(
        tmp_path,
        "j.csv",
        ["ПІБ;Дата нар.;ІПН", f"Коваль Олена;28.02.1948;{WOMAN}", f"Мельник Іван;01.06.1950;{MAN}"],
    )
    first = plan_import(workplace, source, None, TODAY)
    second = plan_import(workplace, source, None, TODAY)
    assert apply_import(workplace, first, TODAY) == 2
    assert apply_import(workplace, second, TODAY) == 0
    assert second.held_rows == [2, 3] and second.people == []
    with workplace.read() as conn:
        assert conn.execute(text("SELECT count(*) FROM person")).scalar() == 2


def test_control_characters_are_not_stored_and_export_works(
    workplace: Store, tmp_path: Path
) -> None:
    source = write(tmp_path, "j.csv", ["Прізвище;Ім'я;Адреса", "Коваль;Олена;вул.\x00 Миру,\x1b 5"])
    apply_import(workplace, plan_import(workplace, source, None, TODAY), TODAY)
    with workplace.read() as conn:
        assert conn.execute(text("SELECT registered_address FROM person")).scalar() == (
            "вул. Миру, 5"
        )
    out = tmp_path / "r.xlsx"
    assert export_recipients(workplace, out, ExportFormat.XLSX) == 1
    assert load_workbook(out).active is not None
