"""Forms as definitions: the Barthel scale's score and interpretation, display conditions,
what is missing, and definitions that cannot be used."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from support import BARTHEL_BEST_BUT_STAIRS

from socdesk.domain.forms import DefinitionError, evaluate, parse_definition
from socdesk.paths import resources_dir

FORMS = resources_dir() / "forms"
BARTHEL_DOC: dict[str, Any] = json.loads((FORMS / "adl_barthel.json").read_text("utf-8"))
BARTHEL = parse_definition(BARTHEL_DOC)
BEST = {**BARTHEL_BEST_BUT_STAIRS, "stairs": "independent"}


def test_every_shipped_definition_loads() -> None:
    for path in FORMS.glob("*.json"):
        parse_definition(json.loads(path.read_text("utf-8")))


@pytest.mark.parametrize(
    ("changes", "total", "label"),
    [
        ({}, 100, "незалежність"),
        ({"stairs": "needs_help"}, 95, "легка залежність"),
        # 10+5+5+5+10+5+5+10+10+0 = 65: worked out by hand
        (
            {
                "dressing": "needs_help",
                "bladder": "occasional",
                "toilet": "needs_help",
                "transfer": "minor_help",
                "mobility": "with_help",
                "stairs": "unable",
            },
            65,
            "помірна залежність",
        ),
        # 5+0+0+0+10+5+0+5+5+0 = 30
        (
            {
                "feeding": "needs_help",
                "bathing": "dependent",
                "grooming": "dependent",
                "dressing": "dependent",
                "bladder": "occasional",
                "toilet": "dependent",
                "transfer": "major_help",
                "mobility": "wheelchair",
                "stairs": "unable",
            },
            30,
            "виражена залежність",
        ),
        (
            {
                "feeding": "dependent",
                "bathing": "dependent",
                "grooming": "dependent",
                "dressing": "dependent",
                "bowels": "incontinent",
                "bladder": "incontinent",
                "toilet": "dependent",
                "transfer": "unable",
                "mobility": "immobile",
                "stairs": "unable",
            },
            0,
            "повна залежність",
        ),
        (
            {"bowels": "incontinent", "bladder": "incontinent", "stairs": "unable"},
            70,
            "помірна залежність",
        ),
    ],
)
def test_barthel_score_and_interpretation(changes: dict[str, str], total: int, label: str) -> None:
    result = evaluate(BARTHEL, {**BEST, **changes})
    assert result.values["total"] == total
    assert result.interpretations["total"] == label
    assert result.complete


def test_the_score_waits_for_every_item() -> None:
    partial = {k: v for k, v in BEST.items() if k != "stairs"}
    result = evaluate(BARTHEL, partial)
    assert result.values["total"] is None
    assert [m.label for m in result.missing] == ["10. Підіймання сходами"]


def test_a_field_shown_by_a_condition_is_required_only_when_shown() -> None:
    assert evaluate(BARTHEL, {**BEST}).complete
    shown = evaluate(BARTHEL, {**BEST, "aids": True})
    assert "aids_which" in shown.visible
    assert [(m.section, m.label) for m in shown.missing] == [("Загальні відомості", "Якими саме")]
    assert evaluate(BARTHEL, {**BEST, "aids": True, "aids_which": "ходунки"}).complete


def broken(change: Any) -> dict[str, Any]:
    doc = copy.deepcopy(BARTHEL_DOC)
    change(doc)
    return doc


@pytest.mark.parametrize(
    ("change", "says"),
    [
        (
            lambda d: d["sections"][0]["fields"].append(dict(d["sections"][0]["fields"][0])),
            "repeated",
        ),
        (lambda d: d["sections"][0]["fields"][1].update(type="colour"), "type"),
        (lambda d: d["sections"][1]["fields"][0].update(choices=[]), "no choices"),
        (lambda d: d["sections"][0]["fields"][3]["show_if"].update(field="nowhere"), "unknown"),
        (lambda d: d["calculated"][0]["sum_of"].append("assessor"), "not a scored choice"),
        (lambda d: d["calculated"][0]["bands"].pop(2), "gap"),
        (lambda d: d["calculated"][0]["bands"].pop(), "reach"),
        (lambda d: d.pop("effective_from"), "effective_from"),
        (lambda d: d.update(kind="letter"), "kind"),
    ],
)
def test_a_broken_definition_is_refused_when_loaded(change: Any, says: str) -> None:
    with pytest.raises(DefinitionError, match=says):
        parse_definition(broken(change))


def test_a_form_is_an_act_unless_its_definition_says_survey() -> None:
    assert BARTHEL.kind == "act"
    assert parse_definition({**BARTHEL_DOC, "kind": "survey"}).kind == "survey"
