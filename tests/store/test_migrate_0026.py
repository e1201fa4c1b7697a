"""Revision 0026: a union of erasures the previous release quarantined ("an erasures list may
only grow", never retried) is tried again after the update, and applies; an erasures list the
previous release kept in the order its entries came is put in the order every replica keeps."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import time
import uuid
from pathlib import Path

from replicas import deliver, quarantined
from sqlalchemy import insert, text
from support import make_paths

from socdesk.domain.changes import ChangeRecord, FieldChange
from socdesk.domain.hlc import Hlc
from socdesk.domain.ids import new_id
from socdesk.domain.retention import Erasure, ErasureKind
from socdesk.store.database import Store
from socdesk.store.schema import QuarantinedChange

FIXTURES = Path(__file__).parent / "fixtures"
PEER = str(uuid.uuid4())
EARLIER = Erasure("b" * 8, ErasureKind.UNLAWFUL, dt.date(2026, 1, 2), ("phone",), "з")
LATER = Erasure("a" * 8, ErasureKind.UNLAWFUL, dt.date(2026, 3, 4), ("notes",), "з")


def _refused_union(person: str) -> ChangeRecord:
    """A coordinator's rectification elsewhere, its list lacking an entry the row has (made
    at once offline): what the previous release refused."""
    stamp = str(Hlc(int(time.time() * 1000), 0, uuid.UUID(PEER).hex))
    entry = Erasure(new_id(), ErasureKind.RECTIFY, dt.date(2026, 12, 1), ("surname",), "з", stamp)
    return ChangeRecord(
        new_id(),
        "person",
        person,
        PEER,
        1,
        "",
        {
            "surname": FieldChange("Коваль", stamp),
            "erasures": FieldChange([entry.to_obj()], stamp),
        },
    )


def test_0026_retries_a_union_of_erasures_the_previous_release_quarantined(
    tmp_path: Path,
) -> None:
    paths = make_paths(shutil.copytree(FIXTURES / "0025", tmp_path / "data"))
    with (
        Store.open(paths, "fixture", "fixture") as store,
        store.write() as uow,  # as the previous release left it, at 0025
    ):
        conn = uow.connection
        person = conn.execute(text("SELECT id FROM person ORDER BY id LIMIT 1")).scalar()
        record = _refused_union(str(person))
        conn.execute(
            insert(QuarantinedChange.__table__).values(  # type: ignore[attr-defined]
                change_id=record.change_id,
                record=record.to_json(),
                reason="erasure_refused",
                detail="an erasures list may only grow",
                retry=False,
                peer=PEER,
                received_at="2026-12-06T10:00:00Z",
            )
        )
        other = conn.execute(text("SELECT id FROM person ORDER BY id DESC LIMIT 1")).scalar()
        conn.execute(  # in the order its entries came, as the previous release kept it
            text("UPDATE person SET erasures = :e WHERE id = :i"),
            {"e": json.dumps([LATER.to_obj(), EARLIER.to_obj()]), "i": other},
        )
        odd = conn.execute(text("SELECT id FROM person ORDER BY id LIMIT 1 OFFSET 1")).scalar()
        malformed = json.dumps([LATER.to_obj(), "не запис", EARLIER.to_obj()])
        conn.execute(  # a list a peer sent malformed: the update must not fail on it
            text("UPDATE person SET erasures = :e WHERE id = :i"), {"e": malformed, "i": odd}
        )
        conn.execute(text("UPDATE alembic_version SET version_num = '0025'"))
    with Store.open(paths, "fixture", "fixture") as store:
        assert [q["retry"] for q in quarantined(store)] == [True]
        deliver(store, [], PEER)  # the next sync, with nothing new
        with store.read() as conn:
            query = text("SELECT surname FROM person WHERE id = :i")
            assert conn.execute(query, {"i": person}).scalar() == "Коваль"
        assert quarantined(store) == []
        with store.read() as conn:
            query = text("SELECT erasures FROM person WHERE id = :i")
            listed = json.loads(conn.execute(query, {"i": other}).scalar())
            kept = conn.execute(query, {"i": odd}).scalar()
        assert [e["id"] for e in listed] == [EARLIER.id, LATER.id]  # every replica's order
        assert kept == malformed  # left as it came
