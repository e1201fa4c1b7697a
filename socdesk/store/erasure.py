"""Anonymisation, rectification and erasure of a person's data, as one synced change, and the
scrubbing of every old copy of the values on each replica (знеособлення, виправлення,
знищення даних; domain/retention.py has the rules, REFERENCE.md §11 the law).

On the device where a coordinator does it, the fields change through the unit of work like
any edit (so every replica, and the server, take the new values by their field clocks), and
the person's row gains an `Erasure` in `erasures`, written last in the same transaction: the
change that names what was erased, of which kind, and why, never the value. Whoever applies
that change (this device, a replica through the ordinary apply path) then calls `scrub`: the
field history, kept conflicts, received change records (the feed a hub serves), the outbox,
quarantined records and drafts lose the old values of those fields (history rows and
conflicts are deleted; records keep their clocks and carry the row's current value), and the
search index is merged so that no deleted entry stays in its segments. The store deletes
with `secure_delete`, and after the commit `Store` truncates the WAL and replaces the
automatic backups made before (`database.Store._after_erasure`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Table, delete, select, update

from socdesk.domain.changes import (
    ChangeRecord,
    FieldChange,
    canonical_value,
    fields_from_json,
    fields_to_json,
)
from socdesk.domain.errors import StoreLocked, ValidationError
from socdesk.domain.ids import new_id
from socdesk.domain.messages import noop
from socdesk.domain.retention import (
    ANONYMISED,
    DERIVED,
    FREE_TEXT_TYPES,
    PERSON_DETAILS,
    WHOLE_PERSON,
    Erasure,
    ErasureKind,
    merged_erasures,
    parse_erasures,
    scrubbed_copy,
    scrubbed_fields,
    scrubbed_record,
    without_free_text,
    without_member_name,
    year_only,
)
from socdesk.store import codec, erasure_targets
from socdesk.store.digest import store_tables
from socdesk.store.erasure_targets import Stamps, erased_on_row, rows_of
from socdesk.store.forms import definitions
from socdesk.store.schema import (
    TABLES_BY_NAME,
    ChangeLogEntry,
    Draft,
    FieldHistory,
    OutboxEntry,
    Person,
    QuarantinedChange,
    SyncConflict,
)
from socdesk.store.uow import UnitOfWork

if TYPE_CHECKING:
    from socdesk.store.database import Store

log = logging.getLogger(__name__)

_TABLES = store_tables()
_person: Table = Person.__table__  # type: ignore[attr-defined]
_history: Table = FieldHistory.__table__  # type: ignore[attr-defined]
_conflict: Table = SyncConflict.__table__  # type: ignore[attr-defined]
_log: Table = ChangeLogEntry.__table__  # type: ignore[attr-defined]
_outbox: Table = OutboxEntry.__table__  # type: ignore[attr-defined]
_quarantine: Table = QuarantinedChange.__table__  # type: ignore[attr-defined]
_draft: Table = Draft.__table__  # type: ignore[attr-defined]

NO_REASON = noop("Domain", "Вкажіть підставу: вона записується в журнал дій (без самих даних).")


# ---------------------------------------------------------------------------------- writing
def anonymise(
    uow: UnitOfWork, person_id: str, kind: ErasureKind, reason: str, on: dt.date
) -> Erasure:
    """Makes the whole person anonymous (the retention period passed, or all their data was
    processed unlawfully): the fields of `domain.retention.ANONYMISED` of their rows, the
    birth date to its year, free-text answers, their household's name and address when they
    live there alone."""
    conn = uow.connection
    household = ""
    for name, row in rows_of(conn, _TABLES, person_id):
        values = _anonymised(name, row, person_id)
        if values:
            uow.update(TABLES_BY_NAME[name], row["id"], values)
        if name == "household":  # they live there alone: every replica scrubs it too
            household = str(row["id"])
    return _record(uow, person_id, Erasure("", kind, on, (WHOLE_PERSON,), reason, "", household))


def rectify(
    uow: UnitOfWork, person_id: str, values: Mapping[str, object], reason: str, on: dt.date
) -> Erasure:
    """Corrects wrong details of the person so that the wrong values are gone from history."""
    _check_fields(values)
    # As a change record would carry them (a date typed as text becomes a date).
    values = {k: codec.decode(Person, k, canonical_value(v)) for k, v in values.items()}
    uow.update(Person, person_id, values)
    return _record(
        uow, person_id, Erasure("", ErasureKind.RECTIFY, on, tuple(sorted(values)), reason)
    )


def erase_fields(
    uow: UnitOfWork, person_id: str, fields: Iterable[str], reason: str, on: dt.date
) -> Erasure:
    """Erases details processed unlawfully: each field emptied, and gone from history."""
    names = tuple(sorted(set(fields)))
    _check_fields(dict.fromkeys(names))
    uow.update(Person, person_id, {name: _empty(name) for name in names})
    return _record(uow, person_id, Erasure("", ErasureKind.UNLAWFUL, on, names, reason))


def audit_received(uow: UnitOfWork, record: ChangeRecord, had: object) -> None:
    """Audits, on a replica applying `record`, each erasure it brings that the row did not
    have (`had`, the row's erasures before): kind, fields and reason, as the device that made
    it did."""
    known = {e.id for e in parse_erasures(had)}
    for made in parse_erasures(record.fields["erasures"].value):
        if made.id not in known:
            detail = [*made.fields, made.reason]
            uow.audit_remote(f"erasure.{made.kind.value}", record, detail)


def erasures_of(conn: Connection, person_id: str) -> list[Erasure]:
    raw = conn.execute(select(_person.c.erasures).where(_person.c.id == person_id)).scalar()
    return [Erasure.from_obj(obj) for obj in raw or []]


def _record(uow: UnitOfWork, person_id: str, made: Erasure) -> Erasure:
    """Adds the erasure (`made`, to which it gives its id and clock) to the person's row (the
    change every replica scrubs by), audits it (kind, fields and reason: never a value) and
    scrubs this store.

    The erasure's own clock stamps every field it covers, also those it left as they were
    (a field already empty): their change carries them all, so an edit made before the
    erasure and sent after it loses to it everywhere by the ordinary per-field merge, and the
    replicas that apply it keep that edit's value nowhere (domain/erasure_merge.py)."""
    reason = " ".join(made.reason.split())
    if not reason:
        raise ValidationError(NO_REASON, "reason")
    stamp = uow.next_stamp()
    erasure = dataclasses.replace(made, id=new_id(), reason=reason, hlc=stamp)
    conn = uow.connection
    earlier = conn.execute(select(_person.c.erasures).where(_person.c.id == person_id)).scalar()
    listed = {"erasures": merged_erasures(earlier, [erasure.to_obj()])}
    covered = erasure_targets.targets(conn, _TABLES, person_id, [erasure])
    names = covered.pop(("person", person_id), frozenset())
    names |= {d for n in names for d in DERIVED.get(n, ())}  # a settlement's district too
    for (table, row_id), fields_of_row in covered.items():
        uow.stamp(TABLES_BY_NAME[table], row_id, sorted(fields_of_row), stamp)
    uow.stamp(Person, person_id, sorted(names), stamp, listed)
    uow.audit_action(f"erasure.{made.kind.value}", "person", [*made.fields, reason], person_id)
    scrub(uow, person_id, [erasure])
    return erasure


def _check_fields(values: Mapping[str, object]) -> None:
    unknown = set(values) - PERSON_DETAILS
    if unknown or not values:
        raise ValueError(f"not a person's detail to erase or correct: {sorted(unknown)}")


def _empty(name: str) -> object:
    column = _person.c[name]
    if name in ANONYMISED["person"]:
        return ANONYMISED["person"][name] if name != "surname" else ""
    return None if column.nullable else ""


def _anonymised(name: str, row: Mapping[str, Any], person_id: str) -> dict[str, object]:
    """The new values of one of the person's rows (only those that differ)."""
    values: dict[str, object] = dict(ANONYMISED.get(name, {}))
    if name == "person":
        values["birth_date"] = year_only(row["birth_date"])
    elif name == "form_record":
        values["answers"] = without_free_text(row["answers"] or {}, _text_keys(row))
    elif name == "income_declaration":
        values["members"] = without_member_name(row["members"] or [], person_id)
    return {k: v for k, v in values.items() if k in row and row[k] != v}


def _text_keys(row: Mapping[str, Any]) -> frozenset[str]:
    definition = definitions().get((row["form_code"], row["form_version"]))
    if definition is None:  # a form this build does not know: every text answer goes
        return frozenset(row["answers"] or {})
    return frozenset(
        f.key for s in definition.sections for f in s.fields if f.type in FREE_TEXT_TYPES
    )


# ---------------------------------------------------------------------------------- scrubbing
def scrub(uow: UnitOfWork, person_id: str, erasures: Sequence[Erasure]) -> int:
    """Removes the old values of what `erasures` erased from everything this store keeps
    besides the rows themselves; how many (row, field) pairs it covered. Idempotent."""
    conn = uow.connection
    targets = erasure_targets.targets(conn, _TABLES, person_id, erasures)
    if not targets:
        return 0
    uow.erased = True
    for (table, row_id), fields in targets.items():
        names = sorted(fields)
        conn.execute(
            delete(_history).where(
                _history.c.table_name == table,
                _history.c.row_id == row_id,
                _history.c.field.in_(names),
            )
        )
        conn.execute(
            delete(_conflict).where(
                _conflict.c.table_name == table,
                _conflict.c.row_id == row_id,
                _conflict.c.field.in_(names),
                _conflict.c.lost_value != "",  # a notice of a value withheld keeps none
            )
        )
    row_ids = sorted({row_id for _, row_id in targets})
    conn.execute(delete(_draft).where(_draft.c.target_id.in_(row_ids)))
    current, stamps = erasure_targets.scrub_values(
        conn, _TABLES, person_id, erasures, targets, lambda row_id: row_records(conn, row_id)
    )
    _rewrite_log(conn, current, stamps, row_ids)
    _rewrite_outbox(conn, current, stamps, row_ids)
    _rewrite_quarantine(conn, current, stamps)
    return sum(len(f) for f in targets.values())


def after_commit(store: Store) -> None:
    """After a commit that scrubbed (`Store.write`): the WAL's old pages go (`secure_delete`
    already zeroed the freed ones in the file), and the automatic backups made before are
    replaced by one made now (`autobackup.replace_after_erasure`)."""
    from socdesk.store.autobackup import replace_after_erasure

    try:
        store.checkpoint()
    except StoreLocked:  # a reader still holds a snapshot: the close truncates it
        log.warning("erasure: the WAL is still read; it is truncated on close")
    replace_after_erasure(store)


def _rewrite_log(
    conn: Connection, current: Mapping[tuple[str, str], Any], stamps: Stamps, row_ids: list[str]
) -> None:
    rows = conn.execute(select(_log.c.seq, _log.c.record).where(_log.c.row_id.in_(row_ids))).all()
    for seq, raw in rows:
        record = ChangeRecord.from_json(raw)
        scrubbed = scrubbed_record(record, current, stamps)
        if scrubbed is not None:
            conn.execute(
                update(_log)
                .where(_log.c.seq == seq)
                .values(record=scrubbed.to_json(), digest=scrubbed.digest())
            )


def _rewrite_outbox(
    conn: Connection, current: Mapping[tuple[str, str], Any], stamps: Stamps, row_ids: list[str]
) -> None:
    rows = conn.execute(
        select(_outbox.c.seq, _outbox.c.table_name, _outbox.c.row_id, _outbox.c.fields_json).where(
            _outbox.c.row_id.in_(row_ids)
        )
    ).all()
    for seq, table, row_id, raw in rows:
        key = (table, row_id)
        fields = scrubbed_fields(fields_from_json(raw), current.get(key), stamps.get(key))
        if fields is not None:
            conn.execute(
                update(_outbox)
                .where(_outbox.c.seq == seq)
                .values(fields_json=fields_to_json(fields))
            )


def _rewrite_quarantine(
    conn: Connection, current: Mapping[tuple[str, str], Any], stamps: Stamps
) -> None:
    for row_id, raw in conn.execute(select(_quarantine.c.id, _quarantine.c.record)).all():
        try:
            record = ChangeRecord.from_json(raw)
        except ValueError:
            continue
        scrubbed = scrubbed_record(record, current, stamps)
        if scrubbed is not None:
            conn.execute(
                update(_quarantine)
                .where(_quarantine.c.id == row_id)
                .values(record=scrubbed.to_json())
            )


def row_records(conn: Connection, row_id: str) -> list[Mapping[str, FieldChange]]:
    """The fields of every record of one row this store keeps: logged, and its own outbox's
    (an erasure made here is in the outbox)."""
    found: list[Mapping[str, FieldChange]] = [
        ChangeRecord.from_json(raw).fields
        for raw in conn.execute(select(_log.c.record).where(_log.c.row_id == row_id)).scalars()
    ]
    own = select(_outbox.c.fields_json).where(_outbox.c.row_id == row_id)
    found += [fields_from_json(raw) for raw in conn.execute(own).scalars()]
    return found


def scrubbed_since(conn: Connection, record: ChangeRecord) -> bool:
    """Whether the log holds `record` as an erasure scrubbed it (a device sent it again)."""
    raw = conn.execute(select(_log.c.record).where(_log.c.change_id == record.change_id)).scalar()
    if raw is None:
        return False
    erased = erased_on_row(conn, _TABLES, record.table, record.row_id)
    return bool(erased) and scrubbed_copy(ChangeRecord.from_json(raw), record, erased)
