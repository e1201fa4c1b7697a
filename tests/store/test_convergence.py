"""Three replicas in a star — the hub (the centre) and two spokes — edit the register while
their change records travel through the hub in any order, with repeats, drops, cut pages and
clocks up to a day apart. Once everything is delivered everywhere:
- every replica holds identical rows (every synced column and clock of every syncable table);
- every edit is either the current value, made over by a later edit that saw it, or kept as a
  conflict; and no conflict is kept where only one side edited the field;
- nothing waits in quarantine.

300 examples in `make test`; SOCDESK_NIGHTLY=1 runs 3,000.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import tempfile
from functools import cache
from pathlib import Path
from typing import Any

import hypothesis.strategies as st
import pytest
from hypothesis import HealthCheck, settings
from hypothesis.stateful import Bundle, RuleBasedStateMachine, initialize, rule
from replicas import deliver, make_replica, next_page, outgoing, state
from sqlalchemy import text
from support import FAST_KDF, LOGIN, PASSWORD, TODAY, make_paths

from socdesk.domain.cases import CaseFacts, CaseState, Channel
from socdesk.domain.changes import fields_from_json
from socdesk.domain.errors import ValidationError
from socdesk.domain.people import HouseholdRole, PersonInput, Role
from socdesk.store import changelog
from socdesk.store.cases import Appeal, move_case, open_case
from socdesk.store.database import NewUser, Store
from socdesk.store.households import join_household
from socdesk.store.merge import MergeRefused, merge_people
from socdesk.store.people import create_household, create_person
from socdesk.store.replica import ApplyResult, apply_remote
from socdesk.store.schema import Person
from socdesk.sync.exchange import StoreHub, exchange

EXAMPLES = int(
    os.environ.get("SOCDESK_STAR_EXAMPLES", 3000 if os.environ.get("SOCDESK_NIGHTLY") else 300)
)
# Replicas live in memory-backed storage where there is one: the test is about what the stores
# hold, and thousands of fsyncs per example would only measure the disk.
SCRATCH = "/dev/shm" if Path("/dev/shm").is_dir() else None
DAY_MS = 24 * 3_600_000
SURNAMES = ("Гнатюк", "Бойко", "Шевчук", "Лисенко", "Ґудзь", "Мар'янчук")
VALUES = {
    "surname": SURNAMES,
    "given_name": ("Марія", "Іван", "Олена", "Петро"),
    "phone": ("+380671111111", "+380502222222", ""),
    "notes": ("", "ходить з паличкою", "дзвонити після 10:00", "онука поруч"),
}
REPLICAS = st.integers(0, 2)  # 0 is the hub


@cache
def _template() -> Path:
    folder = Path(tempfile.mkdtemp(prefix="socdesk-star-", dir=SCRATCH)) / "template"
    store, _ = Store.create(
        make_paths(folder), NewUser(LOGIN, PASSWORD, "Олена Тестова", Role.COORDINATOR), FAST_KDF
    )
    store.close()
    return folder


class Star(RuleBasedStateMachine):
    people = Bundle("people")
    households = Bundle("households")
    cases = Bundle("cases")

    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="socdesk-star-", dir=SCRATCH))
        self.replicas: list[Store] = []

    @initialize(
        skews=st.tuples(*[st.integers(-DAY_MS // 2, DAY_MS // 2) for _ in range(3)]),
    )
    def start(self, skews: tuple[int, int, int]) -> None:
        for index, skew in enumerate(skews):
            self.replicas.append(
                make_replica(_template(), self.folder / str(index), hub=index == 0, skew_ms=skew)
            )

    # ------------------------------------------------------------------ edits
    @rule(target=people, at=REPLICAS, surname=st.sampled_from(SURNAMES))
    def create(self, at: int, surname: str) -> str:
        with self.replicas[at].write() as uow:
            person_id, _ = create_person(uow, PersonInput(surname, "Марія"), None, TODAY)
        return person_id

    @rule(
        at=REPLICAS,
        person=people,
        data=st.data(),
        name=st.sampled_from(sorted(VALUES)),
    )
    def edit(self, at: int, person: str, data: st.DataObject, name: str) -> None:
        value = data.draw(st.sampled_from(VALUES[name]))
        store = self.replicas[at]
        if self._has(store, "person", person):
            with store.write() as uow:
                uow.update(Person, person, {name: value})

    @rule(at=REPLICAS, person=people)
    def delete(self, at: int, person: str) -> None:
        store = self.replicas[at]
        if self._has(store, "person", person):
            with store.write() as uow:
                uow.delete(Person, person)

    @rule(at=REPLICAS, survivor=people, other=people)
    def merge(self, at: int, survivor: str, other: str) -> None:
        store = self.replicas[at]
        if self._has(store, "person", survivor) and self._has(store, "person", other):
            try:
                with store.write() as uow:
                    merge_people(uow, survivor, other)
            except MergeRefused:
                pass  # deleted, already merged, or the same record: refused, nothing written

    @rule(target=households, at=REPLICAS)
    def new_household(self, at: int) -> str:
        with self.replicas[at].write() as uow:
            return create_household(uow, None, "вул. Шевченка, 1", None)

    @rule(at=REPLICAS, person=people, household=households, head=st.booleans())
    def move_into(self, at: int, person: str, household: str, head: bool) -> None:
        store = self.replicas[at]
        if self._has(store, "person", person) and self._has(store, "household", household):
            role = HouseholdRole.HEAD if head else HouseholdRole.SPOUSE
            try:
                with store.write() as uow:
                    join_household(uow, person, household, role, TODAY)
            except ValidationError:
                pass  # the household has a head already: refused, nothing written

    @rule(target=cases, at=REPLICAS, person=people)
    def open_case(self, at: int, person: str) -> str:
        store = self.replicas[at]
        if not self._has(store, "person", person):
            return ""
        appeal = Appeal(person, Channel.APPLICATION, TODAY, services=["006.0"])
        with store.write() as uow:
            case_id, _ = open_case(uow, appeal, f"Р{at}")
        return case_id

    @rule(at=REPLICAS, case=cases)
    def assess(self, at: int, case: str) -> None:
        store = self.replicas[at]
        if case and self._state(store, case) == CaseState.APPLIED.value:
            with store.write() as uow:
                move_case(uow, case, CaseState.ASSESSING, CaseFacts(), TODAY)

    # ------------------------------------------------------------------ exchanges
    @rule(spoke=st.integers(1, 2), seed=st.integers(0, 2**16), drop=st.booleans())
    def push(self, spoke: int, seed: int, drop: bool) -> None:
        """The spoke sends its unconfirmed records; on a bad line only some arrive, shuffled
        and some twice, and only those are confirmed."""
        records = outgoing(self.replicas[spoke])
        rng = random.Random(seed)
        arrive = [r for r in records if not drop or rng.random() < 0.6]
        sent = arrive + rng.sample(arrive, len(arrive) // 3)
        rng.shuffle(sent)
        result = deliver(self.replicas[0], sent, self.replicas[spoke].device_id)
        self._confirm(spoke, result)

    @rule(
        spoke=st.integers(1, 2),
        page=st.integers(1, 40),
        seed=st.integers(0, 2**16),
        cut=st.booleans(),
    )
    def pull(self, spoke: int, page: int, seed: int, cut: bool) -> None:
        """One page of the hub's feed; a cut line delivers part of it, shuffled, and the cursor
        stays where it was, so the page comes again."""
        hub, target = self.replicas[0], self.replicas[spoke]
        records, last = next_page(target, hub, page)
        rng = random.Random(seed)
        if cut:
            records = [r for r in records if rng.random() < 0.5]
            rng.shuffle(records)
        with target.write() as uow:
            apply_remote(uow, records, hub.device_id)
            if not cut:
                changelog.advance_cursor(uow, hub.device_id, last)

    # ------------------------------------------------------------------ the end
    def teardown(self) -> None:
        try:
            if len(self.replicas) == 3:
                self._deliver_everything()
                self._check()
        finally:
            for store in self.replicas:
                store.close()
            shutil.rmtree(self.folder, ignore_errors=True)

    def _deliver_everything(self) -> None:
        """Rounds of the product's own exchange (push, then pull the whole feed) until nothing
        is left to send or read (a round may make new records: merges settled, references
        pointed at survivors)."""
        hub = StoreHub(self.replicas[0])
        for _ in range(10):
            for spoke in (1, 2, 1):  # the first again: the second's records reach it too
                exchange(self.replicas[spoke], hub)
            if self._quiet():
                return
        raise AssertionError("the replicas kept sending records to each other")

    def _quiet(self) -> bool:
        hub = self.replicas[0]
        with hub.write() as uow:
            changelog.publish_own(uow)
        with hub.read() as conn:
            end = conn.execute(text("SELECT coalesce(max(seq), 0) FROM sync_change_log")).scalar()
        for spoke in self.replicas[1:]:
            with spoke.read() as conn:
                if (
                    changelog.unconfirmed_count(conn)
                    or changelog.cursor(conn, hub.device_id) != end
                ):
                    return False
        return True

    def _check(self) -> None:
        hub, a, b = self.replicas
        assert state(a) == state(hub), "spoke A differs from the hub"
        assert state(b) == state(hub), "spoke B differs from the hub"
        for store in self.replicas:
            with store.read() as conn:
                waiting = conn.execute(text("SELECT reason, detail FROM sync_quarantine")).all()
            assert waiting == [], waiting
        changes = self._all_changes()
        conflicts = self._conflicts()
        final = state(hub)
        for (table, row_id, name), edits in changes.items():
            current = final[table][row_id][name]
            for edit in edits:
                seen = any(other["base"] >= edit["hlc"] for other in edits if other is not edit)
                if seen or _same(edit["value"], current):
                    continue
                assert (table, row_id, name, edit["hlc"]) in conflicts, (
                    f"{table}.{name} of {row_id}: {edit['value']!r} was lost without a conflict"
                )
        for (table, row_id, name, lost_hlc), conflict in conflicts.items():
            assert conflict["lost_hlc"][-32:] != conflict["kept_hlc"][-32:], conflict
            assert conflict["lost_value"] != conflict["kept_value"], conflict
            lost = [e for e in changes.get((table, row_id, name), []) if e["hlc"] == lost_hlc]
            if lost:  # a losing pending edit leaves its spoke's outbox, so it may be gone
                assert lost[0]["base"] < conflict["kept_hlc"], "the loser had seen the winner"

    # ------------------------------------------------------------------ helpers
    def _confirm(self, spoke: int, result: ApplyResult) -> None:
        answered = [*result.applied, *result.duplicates, *result.quarantined, *result.rejected]
        with self.replicas[spoke].write() as uow:
            changelog.acknowledge(uow, self.replicas[0].device_id, answered)

    def _all_changes(self) -> dict[tuple[str, str, str], list[dict[str, Any]]]:
        """Every field change any replica made (as its outbox holds it)."""
        found: dict[tuple[str, str, str], list[dict[str, Any]]] = {}
        for store in self.replicas:
            with store.read() as conn:
                entries = conn.execute(text("SELECT table_name, row_id, fields_json FROM outbox"))
                for table, row_id, fields_json in entries:
                    for name, change in fields_from_json(fields_json).items():
                        found.setdefault((table, row_id, name), []).append(
                            {"value": change.value, "hlc": change.hlc, "base": change.base}
                        )
        return found

    def _conflicts(self) -> dict[tuple[str, str, str, str], dict[str, Any]]:
        found: dict[tuple[str, str, str, str], dict[str, Any]] = {}
        for store in self.replicas:
            with store.read() as conn:
                for row in conn.execute(text("SELECT * FROM sync_conflict")).mappings():
                    key = (row["table_name"], row["row_id"], row["field"], row["lost_hlc"])
                    found[key] = dict(row)
        return found

    @staticmethod
    def _has(store: Store, table: str, row_id: str) -> bool:
        with store.read() as conn:
            return (
                conn.execute(text(f"SELECT 1 FROM {table} WHERE id = :i"), {"i": row_id}).first()
                is not None
            )

    @staticmethod
    def _state(store: Store, case_id: str) -> str | None:
        with store.read() as conn:
            return conn.execute(
                text("SELECT state FROM social_case WHERE id = :i"), {"i": case_id}
            ).scalar()


def _same(value: object, current: object) -> bool:
    """A change's JSON value against a column value as `state` reads it."""
    if isinstance(current, str) and isinstance(value, (list, dict)):
        return json.loads(current) == value
    if isinstance(value, bool) or (current in (0, 1) and isinstance(value, bool)):
        return bool(current) == value
    return value == current or str(value) == str(current)


Star.TestCase.settings = settings(
    max_examples=EXAMPLES,
    stateful_step_count=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
test_replicas_converge = pytest.mark.timeout(1800)(pytest.mark.slow(Star.TestCase))
