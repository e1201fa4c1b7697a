"""Reference documents published at the centre reach the server and a district's desktop,
over HTTP and by a USB bundle, and apply there from their date."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from bundles_support import star
from fastapi.testclient import TestClient
from http_support import connect, desks, server_rows, territory
from refdoc_support import (
    NEW_VERSION,
    NEW_YEAR,
    forget_published_forms,
    form_2027,
    minimums_2027,
    transfer,
)
from sqlalchemy import text

from socdesk.domain import refdocs as rd
from socdesk.server.settings import ServerSettings
from socdesk.store import refdocs
from socdesk.store.calendar import work_calendar
from socdesk.store.database import Store
from socdesk.store.forms import current_definition, definitions
from socdesk.sync.bundles import export_for_workplace, import_bundle
from socdesk.sync.exchange import exchange

__all__ = ["desks", "star", "territory"]  # fixtures


def kinds_on(store: Store) -> list[tuple[str, str, str, dt.date]]:
    with store.read() as conn:
        return sorted((d.kind, d.key, d.version, d.effective_from) for d in refdocs.published(conn))


def test_published_documents_reach_the_server_and_a_district_desktop(
    client: TestClient,
    server_settings: ServerSettings,
    desks: tuple[Store, Store],
    territory: tuple[Path, dict[str, str]],
) -> None:
    centre, district = desks
    hub_centre = connect(client, server_settings, centre, None)  # the centre: every district
    hub_district = connect(client, server_settings, district, [territory[1]["Північний"]])
    refdocs.publish(centre, rd.SUBSISTENCE, minimums_2027(), NEW_YEAR)
    refdocs.publish(centre, rd.FORM, form_2027(), NEW_YEAR)
    assert exchange(centre, hub_centre).accepted == 2
    on_server = server_rows(
        server_settings, text("SELECT kind, key, version, effective_from FROM reference_document")
    )
    assert sorted((r["kind"], r["key"], r["version"]) for r in on_server) == [
        (rd.FORM, "needs_assessment", NEW_VERSION),
        (rd.SUBSISTENCE, "", NEW_VERSION),
    ]
    exchange(district, hub_district)
    assert kinds_on(district) == kinds_on(centre) and len(kinds_on(district)) == 2
    with district.read() as conn:
        assert current_definition("needs_assessment", NEW_YEAR, conn).version == NEW_VERSION
        earlier = current_definition("needs_assessment", dt.date(2026, 12, 31), conn)
        doc = refdocs.document_on(conn, rd.SUBSISTENCE, "", NEW_YEAR)
    assert earlier.version != NEW_VERSION
    assert doc is not None and doc.source == rd.PUBLISHED and doc.version == NEW_VERSION
    with district.read() as conn:  # written once, as at the centre: one clock for every field
        clocks = conn.execute(text("SELECT field_clocks FROM reference_document")).scalars()
        assert all(len(set(json.loads(c).values())) == 1 for c in clocks)


def test_a_transfer_reaches_a_workplace_by_bundle(
    star: tuple[Store, Store, Store], tmp_path: Path
) -> None:
    centre, workplace, _ = star
    refdocs.publish(centre, rd.CALENDAR, transfer(("2027-01-05", False)), NEW_YEAR)
    down = export_for_workplace(centre, workplace.device_id, tmp_path)
    assert import_bundle(workplace, down.path).report.pulled == 1
    assert kinds_on(workplace) == [(rd.CALENDAR, "", NEW_VERSION, NEW_YEAR)]
    with workplace.read() as conn:
        assert work_calendar(conn).add_working_days(dt.date(2027, 1, 4), 1) == dt.date(2027, 1, 6)


def test_a_form_version_arriving_by_bundle_is_known_to_every_reader_at_once(
    star: tuple[Store, Store, Store], tmp_path: Path
) -> None:
    centre, workplace, _ = star
    refdocs.publish(centre, rd.FORM, form_2027(), NEW_YEAR)
    down = export_for_workplace(centre, workplace.device_id, tmp_path)
    forget_published_forms()  # the workplace's process has not seen the new version
    assert import_bundle(workplace, down.path).report.pulled == 1
    # A reader without a store (an act's renderer, the surveys' list) finds it now.
    assert definitions()[("needs_assessment", NEW_VERSION)].title.endswith("(редакція 2027)")
