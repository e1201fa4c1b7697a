"""The server link of a data folder (`sync.link`) against the in-process server: the link is
kept in the store (token hidden from repr), a sync records its outcome for the status bar and
the history, and an unreachable server, a revoked device and a folder with no link each say so."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text
from support import add_person

from socdesk.domain.errors import Cancelled, ServerRefusedDevice, ServerUnreachable
from socdesk.domain.ids import new_id
from socdesk.domain.progress import Progress
from socdesk.server import admin
from socdesk.server.settings import ServerSettings
from socdesk.store import audit_seal, meta
from socdesk.store.bundles import CENTRE, known_keys
from socdesk.store.database import Store
from socdesk.sync import link
from socdesk.sync.http import HttpHub, ServerError

BASE = "http://testserver"


def code(settings: ServerSettings, districts: list[str] | None = None) -> str:
    return admin.enrol(settings, "Бабенківський офіс", districts)


def unreachable() -> httpx.Client:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    return httpx.Client(transport=httpx.MockTransport(refuse))


def test_the_link_is_kept_in_the_store_and_its_token_never_shown(
    client: TestClient, server_settings: ServerSettings, desks: tuple[Store, Store]
) -> None:
    a, _ = desks
    assert link.linked(a) is None
    made = link.connect(a, BASE + "/", code(server_settings), client=client)
    assert made.url == BASE and made.districts is None and made.hub_id
    assert made.workplace == "Бабенківський офіс"
    assert made.token not in repr(made)
    assert link.linked(a) == made
    link.disconnect(a)
    assert link.linked(a) is None
    assert not link.status(a).linked


def test_a_sync_exchanges_both_ways_and_records_its_success(
    client: TestClient,
    server_settings: ServerSettings,
    desks: tuple[Store, Store],
    territory: tuple[Path, dict[str, str]],
) -> None:
    a, b = desks
    ids = territory[1]
    for desk in desks:
        link.connect(desk, BASE, code(server_settings, [ids["Північний"]]), client=client)
    add_person(a, "Гнатюк", "Марія", settlement_id=ids["Бабенкове"])
    assert link.status(a).pending == 1
    sent = link.sync_now(a, client=client)
    assert (sent.pushed, sent.accepted, sent.complete) == (1, 1, True)
    got = link.sync_now(b, client=client)
    assert got.applied == 1
    now = link.status(a)
    assert now.linked and now.pending == 0 and now.last_success is not None
    assert (now.error_kind, now.unreachable_since, now.revoked) == ("", None, False)
    (run,) = link.history(a, 10)
    assert (run.outcome, run.pushed, run.accepted) == ("ok", 1, 1)


def test_an_unreachable_server_is_recorded_with_since_when(
    client: TestClient, server_settings: ServerSettings, desks: tuple[Store, Store]
) -> None:
    a, _ = desks
    link.connect(a, BASE, code(server_settings), client=client)
    for _ in range(2):
        with pytest.raises(ServerUnreachable):
            link.sync_now(a, client=unreachable())
    first, second = link.history(a, 10)[::-1]
    now = link.status(a)
    assert now.error_kind == "ServerUnreachable" and "недоступний" in now.error_message
    assert now.unreachable_since is not None
    assert now.unreachable_since.isoformat() == first.started_at  # since the first failure
    assert second.outcome == "unreachable"
    assert not link.reachable(BASE, client=unreachable())
    assert link.reachable(BASE, client=client)
    link.sync_now(a, client=client)
    after = link.status(a)
    assert (after.error_kind, after.unreachable_since) == ("", None)


def test_a_revoked_device_is_told_so_and_flagged(
    client: TestClient, server_settings: ServerSettings, desks: tuple[Store, Store]
) -> None:
    a, _ = desks
    link.connect(a, BASE, code(server_settings), client=client)
    assert admin.revoke(server_settings, a.device_id)
    with pytest.raises(ServerRefusedDevice):
        link.sync_now(a, client=client)
    now = link.status(a)
    assert now.revoked and now.error_kind == "ServerRefusedDevice"
    assert "відключено" in now.error_message
    assert link.history(a, 1)[0].outcome == "refused"


def test_a_folder_without_a_link_is_told_how_to_connect(desks: tuple[Store, Store]) -> None:
    with pytest.raises(link.NotConnected, match="socdesk connect"):
        link.sync_now(desks[0])
    with pytest.raises(link.BadServerAddress):
        link.connect(desks[0], "socdesk.example", "ABCD-EFGH")


def test_a_refused_code_keeps_no_link(
    client: TestClient, server_settings: ServerSettings, desks: tuple[Store, Store]
) -> None:
    with pytest.raises(ServerRefusedDevice):
        link.connect(desks[0], BASE, "AAAA-BBBB", client=client)
    assert link.linked(desks[0]) is None


def test_cancel_stops_the_sync_and_is_recorded(
    client: TestClient,
    server_settings: ServerSettings,
    desks: tuple[Store, Store],
    territory: tuple[Path, dict[str, str]],
) -> None:
    a, _ = desks
    link.connect(a, BASE, code(server_settings), client=client)
    add_person(a, "Гнатюк", settlement_id=territory[1]["Бабенкове"])
    with pytest.raises(Cancelled):
        link.sync_now(a, progress=Progress(), cancel=lambda: True, client=client)
    assert link.history(a, 1)[0].outcome == "cancelled"
    assert link.status(a).pending == 1


def test_the_token_is_in_the_encrypted_store_only(
    client: TestClient, server_settings: ServerSettings, desks: tuple[Store, Store]
) -> None:
    a, _ = desks
    made = link.connect(a, BASE, code(server_settings), client=client)
    with a.read() as conn:
        assert made.token in (meta.get(conn, link.LINK_KEY) or "")
    folder = a.paths.data_dir
    for path in folder.rglob("*"):
        if path.is_file():
            assert made.token.encode() not in path.read_bytes(), path


def test_another_server_at_the_address_gets_nothing(
    client: TestClient,
    server_settings: ServerSettings,
    desks: tuple[Store, Store],
    territory: tuple[Path, dict[str, str]],
) -> None:
    a, _ = desks
    made = link.connect(a, BASE, code(server_settings), client=client)
    with a.write() as uow:  # as if the folder had enrolled with a server since replaced
        moved = dataclasses.replace(made, hub_id="another-server")
        meta.put(uow.connection, link.LINK_KEY, moved.to_json())
    add_person(a, "Гнатюк", settlement_id=territory[1]["Бабенкове"])
    with pytest.raises(link.ServerReplaced):
        link.sync_now(a, client=client)
    with a.read() as conn:
        assert conn.execute(text("SELECT state FROM outbox WHERE state < 2")).scalars().all() == [0]
    assert link.status(a).error_kind == "ServerReplaced"


def test_a_server_answering_nonsense_is_recorded_as_an_error(desks: tuple[Store, Store]) -> None:
    a = desks[0]
    with a.write() as uow:
        gone = link.ServerLink(BASE, "hub", "Робоче місце", None, "token")
        meta.put(uow.connection, link.LINK_KEY, gone.to_json())

    def nonsense(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"nothing": "here"})

    with pytest.raises(KeyError):
        link.sync_now(a, client=httpx.Client(transport=httpx.MockTransport(nonsense)))
    (run,) = link.history(a, 5)
    assert run.outcome == "error" and "журнал" in run.message


def test_connecting_trades_keys_for_bundles(
    client: TestClient, server_settings: ServerSettings, desks: tuple[Store, Store]
) -> None:
    """Enrolment gives the server this desk's public keys and the desk the centre's, so USB
    bundles can go both ways without a key card."""
    from socdesk.server.tables import connect as connect_db
    from socdesk.server.tables import device

    a, _ = desks
    made = link.connect(a, BASE, code(server_settings), client=client)
    with a.read() as conn:
        centre = known_keys(conn, CENTRE)
    assert [(k.device_id, k.revoked) for k in centre] == [(made.hub_id, False)]
    engine = connect_db(server_settings.url)
    with engine.connect() as conn:
        row = conn.execute(device.select().where(device.c.id == a.device_id)).one()
    engine.dispose()
    assert row.sign_public and row.box_public


def test_a_rotated_token_is_kept_and_the_old_one_retires(
    client: TestClient, server_settings: ServerSettings, desks: tuple[Store, Store]
) -> None:
    a, _ = desks
    before = link.connect(a, BASE, code(server_settings), client=client).token
    assert admin.rotate(server_settings, a.device_id)
    link.sync_now(a, client=client)  # the server asks; the desk rotates and keeps the new one
    after = link.linked(a)
    assert after is not None and after.token != before
    link.sync_now(a, client=client)  # the new token works, and the old one no longer does
    old = dataclasses.replace(after, token=before)
    with a.write() as uow:
        meta.put(uow.connection, link.LINK_KEY, old.to_json())
    with pytest.raises(ServerRefusedDevice):
        link.sync_now(a, client=client)


def test_a_sync_sends_the_audit_head_and_a_cut_chain_is_a_break_on_the_server(
    client: TestClient, server_settings: ServerSettings, desks: tuple[Store, Store]
) -> None:
    a, _ = desks
    link.connect(a, BASE, code(server_settings), client=client)
    add_person(a, "Гнатюк", "Марія")
    link.sync_now(a, client=client)
    add_person(a, "Бондар", "Олена")
    link.sync_now(a, client=client)  # continues what the server saw

    def audit_break() -> object:
        [found] = [d for d in admin.list_devices(server_settings) if d["id"] == a.device_id]
        return found["audit_break"]

    assert audit_break() is None
    with a.writer.begin() as conn:  # the tail cut by someone holding the data key
        conn.execute(text("DELETE FROM audit_log WHERE id > (SELECT max(id) - 5 FROM audit_log)"))
    link.sync_now(a, client=client)
    assert audit_break() == "went_back"


def test_a_lost_audit_head_answer_is_no_break_on_the_server(
    client: TestClient,
    server_settings: ServerSettings,
    desks: tuple[Store, Store],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    a, _ = desks
    link.connect(a, BASE, code(server_settings), client=client)
    link.sync_now(a, client=client)
    add_person(a, "Гнатюк", "Марія")
    sent = HttpHub.audit_head

    def answer_lost(hub: HttpHub, upload: dict[str, object]) -> dict[str, object]:
        sent(hub, upload)  # the server took it; its answer never arrives
        raise ServerUnreachable()

    monkeypatch.setattr(HttpHub, "audit_head", answer_lost)
    assert link.sync_now(a, client=client).complete
    monkeypatch.undo()
    add_person(a, "Бондар", "Олена")
    link.sync_now(a, client=client)  # sends since the head acknowledged before the lost one
    [found] = [d for d in admin.list_devices(server_settings) if d["id"] == a.device_id]
    assert found["audit_break"] is None


def test_a_failed_audit_head_does_not_fail_the_sync(
    client: TestClient,
    server_settings: ServerSettings,
    desks: tuple[Store, Store],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    a, _ = desks
    link.connect(a, BASE, code(server_settings), client=client)
    add_person(a, "Гнатюк", "Марія")

    def server_error(hub: HttpHub, upload: dict[str, object]) -> dict[str, object]:
        raise ServerError()

    monkeypatch.setattr(HttpHub, "audit_head", server_error)
    assert link.sync_now(a, client=client).complete
    state = link.status(a)
    assert state.error_kind == "" and state.last_success is not None
    with a.read() as conn:
        assert not meta.get(conn, audit_seal.SERVER_ACK)  # sent again next time


def test_resolved_conflicts_are_closed_in_chunks(
    client: TestClient,
    server_settings: ServerSettings,
    desks: tuple[Store, Store],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    a, _ = desks
    link.connect(a, BASE, code(server_settings), client=client)
    resolved = [new_id() for _ in range(5)]
    monkeypatch.setattr(link.sync_state, "hub_conflicts_resolved_here", lambda conn: resolved)
    monkeypatch.setattr(link, "CLOSE_CHUNK", 2)
    sent: list[list[str]] = []
    close = HttpHub.close_conflicts

    def recorded(hub: HttpHub, ids: list[str]) -> int:
        sent.append(ids)
        return close(hub, ids)

    monkeypatch.setattr(HttpHub, "close_conflicts", recorded)
    assert link.sync_now(a, client=client).complete
    assert sent == [resolved[:2], resolved[2:4], resolved[4:]]
