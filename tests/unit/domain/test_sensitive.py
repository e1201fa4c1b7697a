"""Sensitive sections of forms: which fields are marked in the shipped definitions, who may
read them, what redaction takes out, and the reason a break-the-glass access needs."""

from __future__ import annotations

import copy
import datetime as dt
import json
from typing import Any

import pytest

from socdesk.domain.errors import ValidationError
from socdesk.domain.forms import DefinitionError, parse_definition
from socdesk.domain.people import Role
from socdesk.domain.sensitive import (
    CaseWorkers,
    Sensitivity,
    check_reason,
    entitled,
    field_kinds,
    grant_until,
    hidden_text,
    redact,
)
from socdesk.paths import resources_dir

FORMS = resources_dir() / "forms"
H, D, V, A = (
    Sensitivity.HEALTH,
    Sensitivity.DISABILITY,
    Sensitivity.VIOLENCE,
    Sensitivity.ADDICTION,
)
BARTHEL_PARTS = [
    "feeding",
    "bathing",
    "grooming",
    "dressing",
    "bowels",
    "bladder",
    "toilet",
    "transfer",
    "mobility",
    "stairs",
]
IADL_PARTS = [
    "telephone",
    "shopping",
    "cooking",
    "housekeeping",
    "laundry",
    "transport",
    "medicines",
    "finances",
]
# The list a change to a definition must keep (or change here, on purpose).
EXPECTED = {
    "needs_assessment": {
        "health": H,
        "health_note": H,
        "emotional": H,
        "emotional_note": H,
        "habits": A,
        "habits_note": A,
        "self_care": D,
        "self_care_note": D,
        "threat_to_life": V,
        "violence": V,
    },
    "urgent_act": {"threats": V, "threats_note": V},
    "adl_barthel": {"aids": D, "aids_which": D} | dict.fromkeys(BARTHEL_PARTS, H),
    "iadl_lawton": dict.fromkeys(IADL_PARTS, H),
    "living_conditions": {},
    "satisfaction_survey": {},
    "sjo_factors": {},
}


def _doc(code: str) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads((FORMS / f"{code}.json").read_text("utf-8"))
    return loaded


def test_the_shipped_definitions_mark_these_fields_sensitive() -> None:
    found = {
        path.stem: field_kinds(parse_definition(json.loads(path.read_text("utf-8"))))
        for path in FORMS.glob("*.json")
    }
    assert found == EXPECTED


def test_an_unknown_category_is_refused_when_loaded() -> None:
    doc = copy.deepcopy(_doc("needs_assessment"))
    doc["sections"][1]["fields"][0]["sensitive"] = "politics"
    with pytest.raises(DefinitionError, match="politics"):
        parse_definition(doc)
    doc = copy.deepcopy(_doc("adl_barthel"))
    doc["sections"][1]["sensitive"] = "Health"
    with pytest.raises(DefinitionError, match="Health"):
        parse_definition(doc)


CASE = CaseWorkers(responsible=frozenset({"w-resp"}), serving=frozenset({"w-home-care"}))


@pytest.mark.parametrize(
    ("role", "worker", "wrote", "expected"),
    [
        (Role.SPECIALIST, "w-resp", False, True),  # the case's responsible worker
        (Role.CENTRE_STAFF, "w-home-care", False, True),  # delivers the case's services
        (Role.HEAD, "w-head", False, True),  # the head, by role
        (Role.SPECIALIST, "w-other", True, True),  # filled the form in
        (Role.SPECIALIST, "w-other", False, False),  # another specialist of the district
        (Role.CENTRE_STAFF, "w-other", False, False),  # centre staff not on the case
        (Role.COORDINATOR, "w-coord", False, False),  # administers, does not read
        (Role.SPECIALIST, "", False, False),  # no worker (the recovery key)
    ],
)
def test_who_is_entitled(role: Role, worker: str, wrote: bool, expected: bool) -> None:
    assert entitled(role, worker, CASE, wrote=wrote) is expected


def test_an_unassigned_case_entitles_no_specialist() -> None:
    assert not entitled(Role.SPECIALIST, "w-resp", CaseWorkers())


def test_redaction_takes_out_the_marked_values_and_the_scores_made_of_them() -> None:
    definition = parse_definition(_doc("adl_barthel"))
    answers = {"assessor": "Коваль", "aids": True, "feeding": "independent", "notes": "Так"}
    shown = redact(definition, answers)
    assert shown.answers == {"assessor": "Коваль", "notes": "Так"}
    assert shown.hidden == {"header": (D,), "adl": (H,)}
    assert shown.hidden_calculated == {"total"}
    assessment = parse_definition(_doc("needs_assessment"))
    assert redact(assessment, {}).hidden == {"person": (H, A, D), "environment": (V,)}


def test_the_hidden_text_names_the_categories() -> None:
    assert hidden_text((H, A)) == "Приховано: чутливі дані (здоров’я, залежності)."


def test_a_reason_is_required_and_long_enough() -> None:
    for reason in ("", "   ", "треба     ", "ок"):
        with pytest.raises(ValidationError, match="щонайменше 10 символів") as error:
            check_reason(reason)
        assert error.value.field == "reason"
    assert check_reason("  Заміщую   Коваль  на виїзді ") == "Заміщую Коваль на виїзді"


def test_an_access_lasts_a_working_day() -> None:
    at = dt.datetime(2026, 12, 6, 9, 30, tzinfo=dt.UTC)
    assert grant_until(at) == dt.datetime(2026, 12, 6, 17, 30, tzinfo=dt.UTC)
