"""Consents: given, withdrawn, given again; the history stays."""

from __future__ import annotations

import datetime as dt

import pytest
from support import TODAY, add_person

from socdesk.domain.errors import ValidationError
from socdesk.store.consents import (
    DEFAULT_SCOPE,
    consents,
    current_consent,
    give_consent,
    withdraw_consent,
)
from socdesk.store.database import Store


def test_consent_given_withdrawn_and_given_again(store: Store) -> None:
    person_id = add_person(store, "Коваль", "Олена")
    with store.write() as uow:
        first = give_consent(uow, person_id, dt.date(2026, 1, 5), DEFAULT_SCOPE, TODAY)
    with store.write() as uow:
        withdraw_consent(uow, first, dt.date(2026, 3, 1))
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
