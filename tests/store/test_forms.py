"""Filled forms: drafts, completion that lists what is missing, locking, corrections."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from support import BARTHEL_BEST_BUT_STAIRS, add_person

from socdesk.domain.cases import Channel
from socdesk.domain.errors import ValidationError
from socdesk.store.cases import Appeal, open_case
from socdesk.store.database import Store
from socdesk.store.forms import (
    COMPLETED,
    DRAFT,
    FormLocked,
    complete_form,
    correct_form,
    current_definition,
    definitions,
    form_versions,
    save_form_draft,
)

DAY = dt.date(2026, 3, 2)
BEST = BARTHEL_BEST_BUT_STAIRS


@pytest.fixture
def case_id(store: Store) -> str:
    person = add_person(store, "Коваль", "Олена")
    with store.write() as uow:
        case, _ = open_case(uow, Appeal(person, Channel.APPLICATION, DAY, ["015.1"]), "ІЗМ-1")
    return case


def test_a_draft_saves_as_you_type_then_completes_and_locks(store: Store, case_id: str) -> None:
    barthel = current_definition("adl_barthel", DAY)
    with store.write() as uow:
        record = save_form_draft(uow, None, barthel, {"assessor": "Коваль"}, case_id=case_id)
    with store.write() as uow:
        assert save_form_draft(uow, record, barthel, BEST, case_id=case_id) == record
    missing = re.escape("Елементарні дії — 10. Підіймання сходами")
    with pytest.raises(ValidationError, match=missing), store.write() as uow:
        complete_form(uow, record, DAY)
    with store.write() as uow:
        save_form_draft(uow, record, barthel, {**BEST, "stairs": "needs_help"})
    with store.write() as uow:
        result = complete_form(uow, record, DAY)
    assert result.values["total"] == 95
    with pytest.raises(FormLocked, match="нову версію"), store.write() as uow:
        save_form_draft(uow, record, barthel, BEST)


def test_a_correction_is_a_new_version_that_keeps_the_old(store: Store, case_id: str) -> None:
    barthel = current_definition("adl_barthel", DAY)
    with store.write() as uow:
        record = save_form_draft(uow, None, barthel, {**BEST, "stairs": "unable"}, case_id=case_id)
        complete_form(uow, record, DAY)
    with pytest.raises(ValidationError, match="причину"), store.write() as uow:
        correct_form(uow, record, " ")
    with store.write() as uow:
        fixed = correct_form(uow, record, "помилково позначено сходи")
        save_form_draft(uow, fixed, barthel, {**BEST, "stairs": "needs_help"})
        complete_form(uow, fixed, DAY + dt.timedelta(days=1))
    with store.read() as conn:
        versions = form_versions(conn, case_id, "adl_barthel")
    assert [v.status for v in versions] == [COMPLETED, COMPLETED]
    assert versions[1].supersedes_id == record
    assert versions[1].correction_reason == "помилково позначено сходи"
    assert versions[0].answers["stairs"] == "unable"  # what was signed stays
    assert DRAFT != COMPLETED


def test_the_version_in_force_is_chosen_by_date() -> None:
    assert current_definition("adl_barthel", DAY).version in {v for _, v in definitions()}
    with pytest.raises(LookupError):
        current_definition("adl_barthel", dt.date(2019, 1, 1))
