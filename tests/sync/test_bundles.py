"""USB bundles through the sync core: a workplace's changes reach the centre and the other
workplaces, the centre's acknowledgements clear the outbox, a repeated bundle changes nothing,
a missing one is noticed, and a bundle round gives what HTTP sync gives."""

from __future__ import annotations

from pathlib import Path

import pytest
from bundles_support import audit, everything, people, star
from replicas import make_replica, state, sync
from sqlalchemy import text
from support import add_person

from socdesk.store import changelog
from socdesk.store.database import Store
from socdesk.sync import bundles
from socdesk.sync.bundles import export_for_centre, export_for_workplace, import_bundle

__all__ = ["star"]
Star = tuple[Store, Store, Store]


def unconfirmed(store: Store) -> int:
    with store.read() as conn:
        return changelog.unconfirmed_count(conn)


def outbox_states(store: Store) -> list[int]:
    with store.read() as conn:
        return list(conn.execute(text("SELECT state FROM outbox ORDER BY seq")).scalars())


def test_a_round_by_stick_carries_changes_and_acknowledgements(star: Star, tmp_path: Path) -> None:
    hub, a, b = star
    add_person(a, "Гнатюк")
    add_person(a, "Дяченко")
    up = export_for_centre(a, tmp_path)
    assert up.path.suffix == ".sdbundle" and a.device_id[-8:] in up.path.name
    assert set(outbox_states(a)[-2:]) == {1}  # frozen once written
    imported = import_bundle(hub, up.path)
    assert imported.report.pulled == 2 and not imported.duplicate
    assert people(hub) == ["Гнатюк", "Дяченко"]
    down_a = export_for_workplace(hub, a.device_id, tmp_path)
    back = import_bundle(a, down_a.path)
    assert back.acknowledged == 2 and unconfirmed(a) == 0
    down_b = export_for_workplace(hub, b.device_id, tmp_path)
    import_bundle(b, down_b.path)
    assert people(b) == ["Гнатюк", "Дяченко"]
    assert state(b) == state(hub) == state(a)


def test_a_bundle_imported_twice_changes_nothing_and_says_so(star: Star, tmp_path: Path) -> None:
    hub, a, _b = star
    add_person(a, "Гнатюк")
    path = export_for_centre(a, tmp_path).path
    import_bundle(hub, path)
    before = everything(hub)
    again = import_bundle(hub, path)
    assert again.duplicate and everything(hub) == before


def test_a_lost_stick_costs_nothing(star: Star, tmp_path: Path) -> None:
    hub, a, b = star
    add_person(a, "Гнатюк")
    export_for_centre(a, tmp_path)  # this stick is lost
    add_person(a, "Дяченко")
    import_bundle(hub, export_for_centre(a, tmp_path).path)  # carries both
    assert people(hub) == ["Гнатюк", "Дяченко"]
    export_for_workplace(hub, a.device_id, tmp_path)  # lost on the way back too
    import_bundle(a, export_for_workplace(hub, a.device_id, tmp_path).path)
    assert unconfirmed(a) == 0
    first = export_for_workplace(hub, b.device_id, tmp_path)
    add_person(hub, "Мельник")
    second = export_for_workplace(hub, b.device_id, tmp_path)  # b has said nothing: from 0
    assert import_bundle(b, second.path).gap is False
    assert people(b) == ["Гнатюк", "Дяченко", "Мельник"]
    before = state(b)
    late = import_bundle(b, first.path)  # imported after a later one: changes nothing
    assert late.report.applied == 0 and state(b) == before


def test_a_missing_bundle_is_reported_and_the_next_one_fills_the_gap(
    star: Star, tmp_path: Path
) -> None:
    hub, a, b = star
    add_person(hub, "Гнатюк")
    import_bundle(b, export_for_workplace(hub, b.device_id, tmp_path).path)
    import_bundle(hub, export_for_centre(b, tmp_path).path)  # b has read the feed so far
    add_person(hub, "Дяченко")
    later = export_for_workplace(hub, b.device_id, tmp_path)
    with b.writer.begin() as conn:  # b restored an older backup: its cursor went back
        conn.execute(text("UPDATE sync_peer SET cursor = 0"))
    result = import_bundle(b, later.path)
    assert result.gap and people(b) == ["Гнатюк", "Дяченко"]  # applied where it can
    with b.read() as conn:
        assert changelog.cursor(conn, hub.device_id) == 0  # not moved past the hole
    import_bundle(hub, export_for_centre(b, tmp_path).path)
    assert import_bundle(b, export_for_workplace(hub, b.device_id, tmp_path).path).gap is False
    assert state(b) == state(hub)
    del a


def test_bundles_and_the_direct_exchange_give_the_same_state(
    star: Star, template_store: Path, tmp_path: Path
) -> None:
    by_stick, a, _b = star
    direct = make_replica(template_store, tmp_path / "direct", hub=True)
    try:
        add_person(a, "Гнатюк")
        add_person(a, "Дяченко", given="Марія")
        bundle = export_for_centre(a, tmp_path)
        sync(a, direct)  # the same records, over the exchange every transport shares
        import_bundle(by_stick, bundle.path)
        assert state(by_stick) == state(direct) == state(a)
    finally:
        direct.close()


def test_inspect_reads_the_header_without_a_key(star: Star, tmp_path: Path) -> None:
    _hub, a, _b = star
    add_person(a, "Гнатюк")
    header = bundles.inspect(export_for_centre(a, tmp_path).path)
    assert header["records"] == 1 and header["counts"] == {"person": 1}
    assert header["sender"] == a.device_id
    assert audit(a, "bundle.exported")


def test_a_full_or_pulled_stick_says_so_and_loses_nothing(
    star: Star, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    hub, a, _b = star
    add_person(a, "Гнатюк")
    good = export_for_centre(a, tmp_path).path
    kept = good.read_bytes()

    def full(path: Path, data: bytes, mode: int = 0o600) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(bundles, "atomic_write", full)
    add_person(a, "Дяченко")
    with pytest.raises(bundles.WriteFailed, match="флешка заповнена"):
        export_for_centre(a, tmp_path)
    monkeypatch.undo()
    assert good.read_bytes() == kept and len(list(tmp_path.glob("*.sdbundle"))) == 1
    assert unconfirmed(a) == 2  # frozen, but not confirmed: the next bundle carries them
    import_bundle(hub, export_for_centre(a, tmp_path).path)
    assert people(hub) == ["Гнатюк", "Дяченко"]


def test_a_bundle_that_does_not_read_back_whole_is_not_reported_done(
    star: Star, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _hub, a, _b = star
    add_person(a, "Гнатюк")
    real = Path.read_bytes

    def bad_read(path: Path) -> bytes:
        data = real(path)
        return data[:-1] if path.suffix == ".sdbundle" else data

    monkeypatch.setattr(Path, "read_bytes", bad_read)
    with pytest.raises(bundles.WriteFailed):
        export_for_centre(a, tmp_path)
    assert not list(tmp_path.glob("*.sdbundle"))  # no bad copy left to carry
    with a.read() as conn:
        assert conn.execute(text("SELECT count(*) FROM sync_bundle")).scalar() == 0
