"""Reference data: loaded once per version, deterministic ids, a coordinator's edit wins."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import text

from socdesk.domain.ids import reference_id
from socdesk.store import refdata
from socdesk.store.database import Store
from socdesk.store.schema import ServiceType


def _count(store: Store, sql: str) -> int:
    with store.read() as conn:
        return int(conn.execute(text(sql)).scalar_one())


def test_every_classifier_code_with_a_unit(store: Store) -> None:
    assert _count(store, "SELECT count(*) FROM service_type") == 37
    assert _count(store, "SELECT count(*) FROM service_type WHERE unit = ''") == 0
    home_care = reference_id("service_type", "015.1")
    with store.read() as conn:
        assert (
            conn.execute(
                text("SELECT name FROM service_type WHERE id=:i"), {"i": home_care}
            ).scalar()
            == "Догляд вдома"
        )


def test_subsistence_minimums_and_deadlines(store: Store) -> None:
    with store.read() as conn:
        amount = conn.execute(
            text(
                "SELECT amount_kop FROM subsistence_minimum WHERE \"group\"='lost_capacity' AND valid_from='2026-01-01'"
            )
        ).scalar()
        decision = conn.execute(
            text("SELECT amount, unit FROM legal_deadline WHERE code='decision'")
        ).one()
    assert amount == 259500
    assert tuple(decision) == (10, "working_days")


def test_reference_rows_make_no_change_records(store: Store) -> None:
    assert _count(store, "SELECT count(*) FROM outbox WHERE table_name = 'service_type'") == 0


def test_same_version_is_not_reloaded(store: Store) -> None:
    assert refdata.load_all(store) == 0


def _new_version(tmp_path: Path, version: str, name: str) -> Path:
    source = next(p for p in refdata.reference_files() if p.name == "service_types.json")
    doc = json.loads(source.read_text(encoding="utf-8"))
    doc["version"] = version
    doc["items"][0]["name"] = name
    target = tmp_path / "service_types.json"
    target.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return target


def test_latest_dated_value_wins(store: Store, tmp_path: Path) -> None:
    """A newer official version updates a row; a coordinator's later edit beats an older one."""
    import datetime as dt

    from support import LOGIN, PASSWORD

    first = reference_id("service_type", "001.0")
    march = int(dt.datetime(2027, 3, 1, tzinfo=dt.UTC).timestamp() * 1000)
    store.close()
    with Store.open(store.paths, LOGIN, PASSWORD, clock=lambda: march) as later:

        def name() -> str:
            with later.read() as conn:
                return str(
                    conn.execute(
                        text("SELECT name FROM service_type WHERE id=:i"), {"i": first}
                    ).scalar()
                )

        assert (
            refdata.load_file(later, _new_version(tmp_path, "2027-01-01.1", "Нова редакція")) == 1
        )
        assert name() == "Нова редакція"
        with later.write() as uow:  # a coordinator corrects the name on 01.03.2027
            uow.update(ServiceType, first, {"name": "Уточнено координатором"})
        refdata.load_file(later, _new_version(tmp_path, "2027-02-01.1", "Лютнева редакція"))
        assert name() == "Уточнено координатором"
        refdata.load_file(later, _new_version(tmp_path, "2027-04-01.1", "Квітнева редакція"))
        assert name() == "Квітнева редакція"


def test_classifier_names_carry_no_internal_notes_which_stay_in_the_file(store: Store) -> None:
    """A maintainer's note («різновид; назву уточнити…») is kept in the reference file beside
    the name, never inside it: every screen and document shows the name as people read it."""
    with store.read() as conn:
        names = dict(conn.execute(text("SELECT code, name FROM service_type")).all())
    assert names["002.1"] == "Консультування"
    assert not [n for n in names.values() if "уточнити" in n or "різновид" in n]
    source = next(p for p in refdata.reference_files() if p.name == "service_types.json")
    items = {i["code"]: i for i in json.loads(source.read_text(encoding="utf-8"))["items"]}
    assert "уточнити" in items["002.1"]["note"]  # the note kept, the code unchanged
    assert set(items) == set(names)


def test_stores_with_the_noted_names_get_the_clean_ones() -> None:
    """The cleaned file is a newer version than the one with notes in the names (2026-11-23.1),
    so every store loads it at its next upgrade and its clock wins on every replica (as
    `test_latest_dated_value_wins` shows for any newer version)."""
    source = next(p for p in refdata.reference_files() if p.name == "service_types.json")
    version = json.loads(source.read_text(encoding="utf-8"))["version"]
    assert refdata.version_stamp(version) > refdata.version_stamp("2026-11-23.1")
