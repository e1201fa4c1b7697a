"""A withdrawn consent and printed documents (REFERENCE.md §11): a document that hands the
person's data to a third party is refused after the withdrawal day, in the documents layer
that the CLI, the desktop and batches share; every shipped kind is the person's own paper or
one the law requires, and still prints."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest
from documents.test_documents import TODAY, subject_for

from socdesk.documents import batch, printing
from socdesk.documents.registry import DocumentKind, kinds
from socdesk.domain.consent import ConsentWithdrawn
from socdesk.store import casework as cw
from socdesk.store.consents import DEFAULT_SCOPE, give_consent, withdraw_consent
from socdesk.store.database import Store

WITHDRAWN = dt.date(2026, 3, 20)


def withdraw(store: Store, case_id: str) -> None:
    with store.read() as conn:
        person = cw.case_header(conn, case_id).person_id
    with store.write() as uow:
        consent = give_consent(
            uow, person, dt.date(2026, 1, 5), DEFAULT_SCOPE, TODAY, paper_ref="арк. 1"
        )
    with store.write() as uow:
        withdraw_consent(uow, consent, WITHDRAWN, TODAY)


@pytest.fixture
def referral(monkeypatch: pytest.MonkeyPatch) -> DocumentKind:
    """A kind for a third party (a referral to another provider, REFERENCE.md §2.1, not yet
    a shipped kind): the application's pages, marked as handed to someone else."""
    shipped = kinds()
    kind = replace(shipped["application"], code="referral", title="Направлення", third_party=True)
    monkeypatch.setattr(printing, "kinds", lambda: {**shipped, kind.code: kind})
    return kind


def test_a_document_for_a_third_party_is_refused_and_lawful_ones_still_print(
    store: Store, case_id: str, referral: DocumentKind, tmp_path: Path
) -> None:
    before = printing.make(store, referral.code, case_id, TODAY)  # printed while consented
    withdraw(store, case_id)
    with pytest.raises(ConsentWithdrawn) as refused:
        printing.make(store, referral.code, case_id, TODAY)
    message = str(refused.value)
    assert "20.03.2026" in message and "нову згоду або правову підставу" in message
    with pytest.raises(ConsentWithdrawn):  # nor a copy of one printed before
        printing.reprint(store, before.record_id)
    made = batch.print_batch(
        store, referral.code, dt.date(2026, 3, 1), TODAY, tmp_path / "all.pdf", TODAY
    )
    assert made.printed == 0 and [s for s, _ in made.skipped] == [case_id]
    assert not (tmp_path / "all.pdf").exists()
    for code, kind in kinds().items():  # the person's own papers and those the law requires
        assert not kind.third_party, code
        assert printing.make(store, code, subject_for(kind.subject, store, case_id), TODAY)
