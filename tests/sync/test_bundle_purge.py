"""A workplace that syncs only by USB stick is told to remove a person moved to another
district, as a pull tells a device over HTTP: the centre's bundle carries the purge, the
workplace applies the records before it, removes the person's data, and keeps its own unsent
edit of them for the centre (issue 15)."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient
from http_support import BASE, NORTH, connect, edit, person_with_case, rows_of, server_rows
from sqlalchemy import select, text

from socdesk.server import admin
from socdesk.server.settings import ServerSettings
from socdesk.server.tables import CURRENT
from socdesk.store.database import Store
from socdesk.sync import keycards
from socdesk.sync.bundle import BadBundle, read_file, read_header
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
    header = read_header(read_file(path))
    assert [person for _, person in header["purge"]] == [rows["person"]]

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
