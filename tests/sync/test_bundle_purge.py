"""A workplace that syncs only by USB stick is told to remove a person moved to another
district, as a pull tells a device over HTTP: the centre's bundle carries the purge inside its
encrypted payload (a stick found in the road names nobody who moved), the workplace applies the
records before it, removes the person's data, and keeps its own unsent edit of them for the
centre (issue 15)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from http_support import BASE, NORTH, connect, edit, person_with_case, rows_of, server_rows
from sqlalchemy import select, text

from socdesk.server import admin
from socdesk.server.settings import ServerSettings
from socdesk.server.tables import CURRENT
from socdesk.store.database import Store
from socdesk.sync import keycards
from socdesk.sync.bundle import (
    _PREFIX,
    MAGIC,
    SIGNATURE,
    TO_CENTRE,
    TO_WORKPLACE,
    BadBundle,
    KeyPair,
    canonical,
    open_payload,
    read_file,
    read_header,
    seal,
)
from socdesk.sync.bundle_check import CENTRE, WORKPLACE, Receiver, Signer, check
from socdesk.sync.bundles import export_for_centre, import_bundle
from socdesk.sync.exchange import exchange
from socdesk.sync.http import enrol_device

__all__ = ["desks", "territory"]  # fixtures
from http_support import desks, territory


def _enrol_for_bundles(
    client: TestClient, settings: ServerSettings, store: Store, district: str
) -> None:
    code = admin.enrol(settings, "Село без зв’язку", [district])
    keys = keycards.enrol_fields(store)
    keycards.trust_server(store, enrol_device(BASE, code, store.device_id, client, keys))


def _to_server(settings: ServerSettings, store: Store, stick: Path) -> int:
    [(_, taken)] = admin.bundle_import(settings, [export_for_centre(store, stick).path])
    assert not isinstance(taken, BadBundle) and taken.result is not None
    return len(taken.result.accepted)


def test_a_bundle_from_the_centre_removes_a_person_moved_away(
    client: TestClient,
    server_settings: ServerSettings,
    desks: tuple[Store, Store],
    territory: tuple[Path, dict[str, str]],
    tmp_path: Path,
) -> None:
    a, b = desks
    ids = territory[1]
    stick = tmp_path / "stick"
    stick.mkdir()
    exchange(b, connect(client, server_settings, b, [ids["Південний"]]))  # the territory
    _enrol_for_bundles(client, server_settings, a, ids["Північний"])
    rows = person_with_case(a, "Гнатюк", ids[NORTH])
    assert _to_server(server_settings, a, stick) >= len(rows)
    edit(a, rows["person"], phone="+380671112233")  # made before the move, not yet sent

    admin.transfer_person(server_settings, rows["person"], ids["Південний"])
    [path] = admin.bundle_export(server_settings, a.device_id, stick)
    data = read_file(path)
    header = read_header(data)
    assert "purge" not in header.values
    assert rows["person"].encode() not in data  # nor anywhere else in the file's plain bytes

    done = import_bundle(a, path)
    assert done.report.purged == len(rows)
    assert not any(rows_of(a, rows).values())
    with a.read() as conn:
        purged = conn.execute(
            text("SELECT row_id FROM audit_log WHERE action = 'sync.purge'")
        ).scalars()
        assert list(purged) == [rows["person"]]
    assert import_bundle(a, path).duplicate  # told once: a second import changes nothing

    assert _to_server(server_settings, a, stick) == 1  # the unsent edit still reaches the centre
    phones = server_rows(server_settings, select(CURRENT["person"].c.phone))
    assert phones == [{"phone": "+380671112233"}]


def test_a_purge_list_out_of_order_or_beyond_the_records_is_refused() -> None:
    from socdesk.sync.bundle import _is_purge

    assert _is_purge([[0, "a"], [2, "b"]], 2)
    assert not _is_purge([[2, "a"], [1, "b"]], 2)
    assert not _is_purge([[3, "a"]], 2)
    assert not _is_purge([[1, 5]], 2)
    assert not _is_purge("x", 2)
    data = seal(_values(), [], CENTRE_KEYS, DESK_KEYS.box_public, [(1, PERSON)])  # no records
    with pytest.raises(BadBundle) as caught:
        open_payload(data, read_header(data), DESK_KEYS.box_private)
    assert caught.value.reason == "bad_payload"


CENTRE_KEYS, DESK_KEYS = KeyPair.generate(), KeyPair.generate()
PERSON = "0190b7e2-5c1a-7c3e-9d4f-2a6b8c0d1e2f"


def _values(kind: str = TO_WORKPLACE) -> dict[str, Any]:
    centre, desk = ("hub", CENTRE_KEYS), ("d1", DESK_KEYS)
    sender, recipient = (centre, desk) if kind == TO_WORKPLACE else (desk, centre)
    return {
        "bundle_id": "b1",
        "kind": kind,
        "sender": sender[0],
        "sender_key": sender[1].key_id,
        "recipient": recipient[0],
        "recipient_key": recipient[1].key_id,
        "schema": "0021",
        "created_at": "2026-12-06T06:00:00Z",
        "first": 0,
        "last": 0,
        "feed_cursor": 0,
        "acks": [],
        "records": 0,
        "counts": {},
    }


def test_the_purge_list_travels_sealed_and_opens_only_with_the_recipients_key() -> None:
    data = seal(_values(), [], CENTRE_KEYS, DESK_KEYS.box_public, [(0, PERSON)])
    assert PERSON.encode() not in data
    header = read_header(data)
    assert PERSON not in header.raw.decode() and "purge" not in header.values
    signer = Signer("hub", CENTRE, CENTRE_KEYS.sign_public, False)
    me = Receiver("d1", False, {DESK_KEYS.key_id: DESK_KEYS.box_private})
    contents = check(data, header, signer, me, already=False)
    assert contents is not None and contents.purge == [(0, PERSON)]
    with pytest.raises(BadBundle):
        open_payload(data, header, KeyPair.generate().box_private)


def test_the_plain_bytes_tell_neither_how_many_moved_nor_confirm_a_guess() -> None:
    one = seal(_values(), [], CENTRE_KEYS, DESK_KEYS.box_public, [(0, PERSON)])
    again = seal(_values(), [], CENTRE_KEYS, DESK_KEYS.box_public, [(0, PERSON)])
    many = [(0, f"{n:08d}-5c1a-7c3e-9d4f-2a6b8c0d1e2f") for n in range(20)]
    assert len(seal(_values(), [], CENTRE_KEYS, DESK_KEYS.box_public, many)) == len(one)
    assert len(seal(_values(), [], CENTRE_KEYS, DESK_KEYS.box_public)) == len(one)
    # The payload's hash in the header covers a random salt: the same list hashes apart.
    assert read_header(one)["payload_sha256"] != read_header(again)["payload_sha256"]


def test_a_workplace_cannot_tell_the_centre_to_purge() -> None:
    data = seal(_values(TO_CENTRE), [], DESK_KEYS, CENTRE_KEYS.box_public, [(0, PERSON)])
    signer = Signer("d1", WORKPLACE, DESK_KEYS.sign_public, False)
    me = Receiver("hub", True, {CENTRE_KEYS.key_id: CENTRE_KEYS.box_private})
    with pytest.raises(BadBundle) as caught:
        check(data, read_header(data), signer, me, already=False)
    assert caught.value.reason == "out_of_scope"


def test_a_bundle_of_the_old_format_with_its_purge_list_in_the_header_is_refused() -> None:
    """Format 1 carried the purge list in the plain header; like any older format it is
    refused, saying what to do (the centre's next bundle carries everything again)."""
    raw = canonical({**_values(), "chunks": 0, "payload_sha256": "0" * 64, "purge": [[0, PERSON]]})
    old = _PREFIX.pack(MAGIC, 1, len(raw)) + raw + bytes(SIGNATURE)
    with pytest.raises(BadBundle) as caught:
        read_header(old)
    assert caught.value.reason == "format_older"
    assert "Оновіть SocDesk на комп’ютері, який його записав" in str(caught.value)
