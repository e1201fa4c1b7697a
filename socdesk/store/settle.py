"""Invariants that per-field merge cannot keep, settled after each batch of remote changes.

Merging field by field makes every replica hold the same values, but some rules span rows or
fields: a merge redirect must not lead in a circle, a household has one head, a case's state is
where its moves lead. After a batch, `Unsettled` holds the rows whose rules the batch may have
broken, and `settle` puts them right by rules that give the same answer on every replica,
written as ordinary changes (so they travel, and the replicas agree on their clocks too).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Any

from sqlalchemy import Connection, select

from socdesk.domain.changes import ChangeRecord
from socdesk.domain.people import HouseholdRole
from socdesk.store.apply_batch import IN_CHUNK
from socdesk.store.cases import MOVES, settle_state, state_from_moves
from socdesk.store.households import settle_head
from socdesk.store.merge import resolve_row_references, settle_redirects
from socdesk.store.redirects import any_merged
from socdesk.store.schema import CaseEvent, Household, Person, SocialCase, SyncColumns
from socdesk.store.schema.people import live_people
from socdesk.store.schema.refs import references_to
from socdesk.store.uow import UnitOfWork

_person = Person.__table__  # type: ignore[attr-defined]
_household = Household.__table__  # type: ignore[attr-defined]
_case = SocialCase.__table__  # type: ignore[attr-defined]
_event = CaseEvent.__table__  # type: ignore[attr-defined]


@cache
def _names_people(table: type[SyncColumns]) -> bool:
    name = table.__tablename__
    return any(ref.table == name for ref in references_to("person"))


@dataclass
class Unsettled:
    redirected: set[str] = field(default_factory=set)  # persons whose merge redirect changed
    naming_people: list[tuple[type[SyncColumns], str]] = field(default_factory=list)
    moved_cases: set[str] = field(default_factory=set)  # cases whose state or moves changed
    households: set[str] = field(default_factory=set)  # households whose head may have changed

    def note(
        self,
        table: type[SyncColumns],
        record: ChangeRecord,
        row: dict[str, Any],
        *,
        inserted: bool = False,
    ) -> None:
        """Remembers what an applied record may have unsettled (`row`: the row after it,
        `inserted`: the record made it). A new person that names no survivor redirects
        nothing (a record merged into it waits for it, and is noted when it applies)."""
        merged = record.fields.get("merged_into") if record.table == "person" else None
        if merged is not None and (merged.value is not None or not inserted):
            self.redirected.add(record.row_id)
        if _names_people(table):
            self.naming_people.append((table, record.row_id))
        if record.table == "household" and "head_id" in record.fields:
            self.households.add(record.row_id)
        elif (
            record.table == "person"
            and record.fields.keys() & {"household_role", "household_id"}
            and row.get("household_id") is not None
        ):
            self.households.add(row["household_id"])
        if record.table == "social_case" and "state" in record.fields:
            self.moved_cases.add(record.row_id)
        elif record.table == "case_event" and isinstance(row.get("case_id"), str):
            self.moved_cases.add(row["case_id"])

    def settle(self, uow: UnitOfWork) -> None:
        """Merges made on different devices meet (circles of redirects are undone by one rule,
        rows made by a device that had not seen a merge point at the survivor); a case takes
        the state its history leads to; a household keeps one head."""
        if self.redirected:
            settle_redirects(uow, sorted(self.redirected))
        if self.naming_people and any_merged(uow.connection):
            for table, row_id in self.naming_people:
                resolve_row_references(uow, table, row_id)
        for case_id in _cases_to_settle(uow.connection, sorted(self.moved_cases)):
            settle_state(uow, case_id)
        for household_id in _heads_to_settle(uow.connection, sorted(self.households)):
            settle_head(uow, household_id)


def _heads_to_settle(conn: Connection, household_ids: list[str]) -> list[str]:
    """The households of `household_ids` where `settle_head` has something to do (a member
    claims to be head who is not the household's head), read a few hundred at a time: after
    a large batch nearly every household is noted and nearly none needs settling."""
    out: list[str] = []
    for start in range(0, len(household_ids), IN_CHUNK):
        chunk = household_ids[start : start + IN_CHUNK]
        heads: dict[str, str | None] = {
            household_id: head_id
            for household_id, head_id in conn.execute(
                select(_household.c.id, _household.c.head_id).where(_household.c.id.in_(chunk))
            )
        }
        claimants: dict[str, list[str]] = {}
        for household_id, person_id in conn.execute(
            select(_person.c.household_id, _person.c.id).where(
                _person.c.household_id.in_(chunk),
                _person.c.household_role == HouseholdRole.HEAD.value,
                live_people(),
            )
        ):
            claimants.setdefault(household_id, []).append(person_id)
        out += [h for h in chunk if h in claimants and claimants[h] != [heads.get(h)]]
    return out


def _cases_to_settle(conn: Connection, case_ids: list[str]) -> list[str]:
    """The cases of `case_ids` whose state is not the one their moves lead to (where
    `settle_state` has something to do), read a few hundred at a time: after a large batch
    every new case is noted, and nearly none needs settling."""
    out: list[str] = []
    for start in range(0, len(case_ids), IN_CHUNK):
        chunk = case_ids[start : start + IN_CHUNK]
        moves: dict[str, list[Any]] = {}
        for event in conn.execute(MOVES.where(_event.c.case_id.in_(chunk))):
            moves.setdefault(event.case_id, []).append(event)
        states: dict[str, str] = {
            case_id: state
            for case_id, state in conn.execute(
                select(_case.c.id, _case.c.state).where(_case.c.id.in_(chunk))
            )
        }
        out += [
            c
            for c in chunk
            if c in moves and states.get(c) is not None and states[c] != state_from_moves(moves[c])
        ]
    return out
