"""Consents: given, withdrawn, given again; the history stays."""

from __future__ import annotations

import datetime as dt

import pytest
from support import TODAY, add_person

from socdesk.domain.consent import LegalGround, check_paper
from socdesk.domain.errors import ValidationError
from socdesk.store.consents import (
    DEFAULT_SCOPE,
    consents,
    current_consent,
    give_consent,
    withdraw_consent,
    withdrawn_count,
    withdrawn_on,
)
from socdesk.store.database import Store


def test_consent_given_withdrawn_and_given_again(store: Store) -> None:
    person_id = add_person(store, "Коваль", "Олена")
    with store.write() as uow:
        first = give_consent(uow, person_id, dt.date(2026, 1, 5), DEFAULT_SCOPE, TODAY)
    with store.write() as uow:
        withdraw_consent(uow, first, dt.date(2026, 3, 1), TODAY)
    with store.read() as conn:
        assert current_consent(conn, person_id) is None
    with store.write() as uow:
        give_consent(uow, person_id, dt.date(2026, 4, 1), "Лише облік", TODAY)
    with store.read() as conn:
        current = current_consent(conn, person_id)
        every = consents(conn, person_id)
    assert current is not None
    assert current.scope == "Лише облік"
    assert [c.withdrawn_on for c in every] == [None, dt.date(2026, 3, 1)]


def test_consent_needs_a_past_date_and_a_scope(store: Store) -> None:
    person_id = add_person(store, "Коваль", "Олена")
    with pytest.raises(ValidationError, match="пізнішою"), store.write() as uow:
        give_consent(uow, person_id, TODAY + dt.timedelta(days=1), DEFAULT_SCOPE, TODAY)
    with pytest.raises(ValidationError, match="мету"), store.write() as uow:
        give_consent(uow, person_id, TODAY, " ", TODAY)


def test_a_legal_ground_without_consent_and_the_signed_paper_are_kept(store: Store) -> None:
    person_id = add_person(store, "Коваль", "Олена")
    with store.write() as uow:
        give_consent(uow, person_id, TODAY, DEFAULT_SCOPE, TODAY, paper_ref="справа 12, арк. 3")
        give_consent(
            uow, person_id, TODAY, "Запит поліції № 15/2 від 20.11.2026", TODAY, "court_or_police"
        )
    with store.read() as conn:
        every = consents(conn, person_id)
    assert {(c.ground, c.paper_ref) for c in every} == {
        (LegalGround.CONSENT, "справа 12, арк. 3"),
        (LegalGround.COURT_OR_POLICE, ""),
    }


def test_the_grounds_are_a_closed_list_and_each_says_why(store: Store) -> None:
    person_id = add_person(store, "Коваль", "Олена")
    with pytest.raises(ValidationError, match="переліку закону"), store.write() as uow:
        give_consent(uow, person_id, TODAY, "будь-що", TODAY, "legitimate_interest")
    with pytest.raises(ValidationError, match="мету"), store.write() as uow:
        give_consent(uow, person_id, TODAY, " ", TODAY, "vital_interests")
    with pytest.raises(ValidationError, match="на папері"):
        check_paper(LegalGround.CONSENT, " ")
    check_paper(LegalGround.VITAL_INTERESTS, "")


def test_a_signed_papers_reference_longer_than_the_servers_column_is_refused(
    store: Store,
) -> None:
    person_id = add_person(store, "Коваль", "Олена")
    with pytest.raises(ValidationError, match="120") as refused, store.write() as uow:
        give_consent(uow, person_id, TODAY, DEFAULT_SCOPE, TODAY, paper_ref="а" * 121)
    assert refused.value.field == "consent_paper"
    with pytest.raises(ValidationError, match="120"):
        check_paper(LegalGround.CONSENT, "а" * 121)
    with store.write() as uow:
        give_consent(uow, person_id, TODAY, DEFAULT_SCOPE, TODAY, paper_ref="а" * 120)


def test_a_withdrawal_is_shown_until_a_new_consent_or_ground(store: Store) -> None:
    person_id = add_person(store, "Коваль", "Олена")
    other = add_person(store, "Бондар", "Олена")
    with store.write() as uow:
        first = give_consent(uow, person_id, dt.date(2026, 1, 5), DEFAULT_SCOPE, TODAY)
        give_consent(uow, other, dt.date(2026, 1, 5), DEFAULT_SCOPE, TODAY)
    with store.read() as conn:
        assert withdrawn_on(conn, person_id) is None and withdrawn_count(conn, None) == 0
    with store.write() as uow:
        withdraw_consent(uow, first, dt.date(2026, 3, 1), TODAY)
    with store.read() as conn:
        assert withdrawn_on(conn, person_id) == dt.date(2026, 3, 1)
        assert withdrawn_count(conn, None) == 1
        assert withdrawn_count(conn, frozenset({"elsewhere"})) == 0
    with store.write() as uow:
        give_consent(uow, person_id, TODAY, "Рішення суду № 2-45/26", TODAY, "court_or_police")
    with store.read() as conn:
        assert withdrawn_on(conn, person_id) is None and withdrawn_count(conn, None) == 0
