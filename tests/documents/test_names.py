"""Names in the case a sentence needs, held to a hand-checked table (data/names.csv) of 183
full names of both sexes: every surname type a district has (-енко, -ук, -ак, -ий/-а, -ій, -а,
-я, -ь, -ець, -ин, -ов, -о, double, with apostrophes, indeclinable feminines)."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from socdesk.documents.kinds.common import full_name
from socdesk.documents.ukrainian import Case, declined_name
from socdesk.domain.identifiers import Sex, make_rnokpp

TABLE = Path(__file__).parent / "data" / "names.csv"


def _rows() -> list[dict[str, str]]:
    with TABLE.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(line for line in f if not line.startswith("#")))


ROWS = _rows()
CASES = (Case.GENITIVE, Case.DATIVE)


def _id(row: dict[str, str]) -> str:
    return f"{row['surname']} {row['given']} ({row['sex']})"


def test_the_table_is_large_and_covers_both_sexes() -> None:
    assert len(ROWS) >= 150
    assert {r["sex"] for r in ROWS} == {"male", "female"}
    assert len({(r["surname"], r["given"], r["patronymic"]) for r in ROWS}) == len(ROWS)


@pytest.mark.parametrize("row", [r for r in ROWS if not r["exception"]], ids=_id)
def test_the_rule_declines_the_name_as_the_table_says(row: dict[str, str]) -> None:
    for case in CASES:
        got = declined_name(row["surname"], row["given"], row["patronymic"], row["sex"], case)
        assert got in row[case.value].split("|"), case


@pytest.mark.parametrize("row", [r for r in ROWS if r["exception"]], ids=_id)
def test_a_name_no_rule_covers_is_printed_from_the_persons_correction(
    row: dict[str, str],
) -> None:
    """The rule gets these wrong (the table says why); the correction kept in the person's
    record is what prints. Once the rule gets one right, its row drops the exception."""
    names = (row["surname"], row["given"], row["patronymic"], row["sex"])
    corrections = {case.value: row[case.value] for case in CASES}
    for case in CASES:
        assert declined_name(*names, case) != row[case.value], "the rule learnt it"
        assert declined_name(*names, case, corrections) == row[case.value]


def _person(
    surname: str, given: str, patronymic: str, sex: str | None, rnokpp: str | None
) -> dict[str, Any]:
    return {
        "surname": surname, "given_name": given, "patronymic": patronymic, "sex": sex,
        "rnokpp": rnokpp, "name_forms": {},
    }  # fmt: skip


def test_an_unknown_sex_is_read_from_the_rnokpp_before_the_name() -> None:
    """«Саша» is anyone's name: the РНОКПП's ninth digit (odd: male) decides."""
    born = dt.date(1960, 5, 1)
    his, hers = make_rnokpp(born, Sex.MALE, 7), make_rnokpp(born, Sex.FEMALE, 7)
    assert full_name(_person("Коваль", "Саша", "", None, his), Case.DATIVE) == "Ковалю Саші"
    assert full_name(_person("Коваль", "Саша", "", None, hers), Case.DATIVE) == "Коваль Саші"
    # The recorded sex wins over the number; without either, the patronymic decides.
    assert full_name(_person("Коваль", "Саша", "", "female", his), Case.DATIVE) == "Коваль Саші"
    assert full_name(_person("Тиха", "Ганна", "Іванівна", None, None), Case.GENITIVE) == (
        "Тихої Ганни Іванівни"
    )
    assert full_name(_person("Тихий", "Іван", "Петрович", None, ""), Case.GENITIVE) == (
        "Тихого Івана Петровича"
    )


def test_a_name_without_patronymic_or_given_name_declines_what_it_has() -> None:
    assert declined_name("Негода", "Віра", "", "female", Case.DATIVE) == "Негоді Вірі"
    assert declined_name("Чайка", "", "", "female", Case.GENITIVE) == "Чайки"
    assert declined_name("", "", "", None, Case.DATIVE) == ""
    assert declined_name("Чайка", "Ганна", "", "female", Case.NOMINATIVE) == "Чайка Ганна"


def test_a_name_nobody_can_sex_declines_as_masculine() -> None:
    assert declined_name("Шевченко", "", "", None, Case.DATIVE) == "Шевченку"


def test_a_trade_in_ar_of_the_mixed_group_declines_soft_in_every_case() -> None:
    """«Бондар» declines as the noun «бондар» (Бондаря, Бондарем); «Гончар» stays hard."""
    assert declined_name("Бондар", "Іван", "", "male", Case.ACCUSATIVE) == "Бондаря Івана"
    assert declined_name("Бондар", "Іван", "", "male", Case.ABLATIVE) == "Бондарем Іваном"
    assert declined_name("БОНДАР", "Іван", "", "male", Case.GENITIVE) == "БОНДАРЯ Івана"
    assert declined_name("Гончар", "Іван", "", "male", Case.ABLATIVE) == "Гончаром Іваном"
    assert declined_name("Бондар", "Олена", "", "female", Case.DATIVE) == "Бондар Олені"
