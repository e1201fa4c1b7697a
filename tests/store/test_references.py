"""The references of one row that name no row, for the applier's quarantine."""

from __future__ import annotations

from support import add_person

from socdesk.store.database import Store
from socdesk.store.references import missing_references


def test_missing_references_of_a_row(store: Store) -> None:
    person = add_person(store, "Коваль")
    with store.read() as conn:
        case = {"person_id": person, "household_id": "h-none", "worker_id": None}
        assert [(r.name, i) for r, i in missing_references(conn, "social_case", case)] == [
            ("social_case.household_id", "h-none")
        ]
        # The household arrives in the same batch: nothing is missing.
        assert missing_references(conn, "social_case", case, {"household": ["h-none"]}) == []
        plan = {"case_id": "c-none", "measures": [{"person_id": person}, {"person_id": "p-x"}]}
        assert [(r.name, i) for r, i in missing_references(conn, "care_plan", plan)] == [
            ("care_plan.case_id", "c-none"),  # a deferred key: it would fail the commit
            ("care_plan.measures", "p-x"),
        ]
