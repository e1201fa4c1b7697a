"""The case state machine against the transition table kept as test data: every pair of states."""

from __future__ import annotations

import json
from itertools import product
from pathlib import Path
from typing import Any

import pytest

from socdesk.domain.cases import (
    CaseFacts,
    CaseState,
    CloseReason,
    IllegalTransition,
    RefusalGround,
    SuspensionReason,
    TerminationGround,
    allowed_targets,
    check_transition,
)

TABLE = json.loads((Path(__file__).parent / "data" / "case_transitions.json").read_text("utf-8"))
LISTED = {(t["from"], t["to"]): t for t in TABLE["transitions"]}
ENUMS = {
    "refusal_ground": RefusalGround,
    "termination_ground": TerminationGround,
    "suspension_reason": SuspensionReason,
    "close_reason": CloseReason,
}


def facts(values: dict[str, Any]) -> CaseFacts:
    return CaseFacts(**{k: ENUMS[k](v) if k in ENUMS else v for k, v in values.items()})


def everything() -> CaseFacts:
    """Every fact a guard could want, so that only the table decides."""
    return CaseFacts(
        assessment_act=True,
        comprehensive_act=True,
        refusal_ground=RefusalGround.NO_NEED,
        individual_plan=True,
        contract=True,
        review_due=True,
        plan_revised=True,
        suspension_reason=SuspensionReason.HOSPITAL,
        termination_ground=TerminationGround.NO_NEED,
        urgent_need=True,
        urgent_act=True,
        martial_law_simplified=True,
        comprehensive_needed=True,
    )


def test_the_table_names_every_state() -> None:
    assert set(TABLE["states"]) == {s.value for s in CaseState}


@pytest.mark.parametrize(
    ("source", "target"),
    list(product(TABLE["states"], TABLE["states"])),
    ids=lambda s: s,
)
def test_every_pair_of_states(source: str, target: str) -> None:
    row = LISTED.get((source, target))
    if row is None:
        with pytest.raises(IllegalTransition, match="не можна перейти"):
            check_transition(CaseState(source), CaseState(target), everything())
        return
    check_transition(CaseState(source), CaseState(target), facts(row["facts_ok"]))
    if row["facts_bad"] is not None:
        with pytest.raises(IllegalTransition, match=row["refusal_says"]):
            check_transition(CaseState(source), CaseState(target), facts(row["facts_bad"]))


def test_refusal_is_impossible_where_the_law_forbids_it() -> None:
    for danger in ({"threat_to_life_or_health": True}, {"violence": True}):
        with pytest.raises(IllegalTransition, match=r"ст\. 24"):
            check_transition(
                CaseState.AWAITING_DECISION,
                CaseState.REFUSED,
                facts({"refusal_ground": "no_such_service", **danger}),
            )


def test_plan_and_contract_in_either_order_both_needed() -> None:
    for partial in ({"individual_plan": True}, {"contract": True}, {}):
        with pytest.raises(IllegalTransition):
            check_transition(CaseState.GRANTED, CaseState.PROVIDING, facts(partial))
    check_transition(
        CaseState.GRANTED, CaseState.PROVIDING, facts({"contract": True, "individual_plan": True})
    )


def test_the_refusal_message_lists_the_possible_steps() -> None:
    with pytest.raises(IllegalTransition, match="«оцінювання потреб»"):
        check_transition(CaseState.APPLIED, CaseState.PROVIDING, everything())
    assert allowed_targets(CaseState.CLOSED) == []
