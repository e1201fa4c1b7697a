"""Reference documents for the tests: a new year's subsistence minimums, a form's new version
and a working-day transfer, as the centre would publish them."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from socdesk.paths import resources_dir

NEW_YEAR = dt.date(2027, 1, 1)
NEW_VERSION = "2026-12-10.1"
LOST_CAPACITY_2027 = 270_000  # kopiykas: the figure of the test's budget law for 2027


def shipped(*parts: str) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(
        resources_dir().joinpath(*parts).read_text(encoding="utf-8")
    )
    return loaded


def minimums_2027() -> dict[str, Any]:
    """The shipped minimums with 2026 closed and 2027 opened for one group."""
    doc = shipped("reference", "subsistence_minimums.json")
    doc["version"] = NEW_VERSION
    for item in doc["items"]:
        if item["group"] == "lost_capacity" and item["valid_from"] == "2026-01-01":
            item["valid_to"] = "2026-12-31"
    doc["items"].append(
        {
            "group": "lost_capacity",
            "valid_from": "2027-01-01",
            "valid_to": None,
            "amount_kop": LOST_CAPACITY_2027,
            "source": "Держбюджет-2027 (тест)",
        }
    )
    return doc


def form_2027(code: str = "needs_assessment") -> dict[str, Any]:
    doc = shipped("forms", f"{code}.json")
    doc["version"] = NEW_VERSION
    doc["title"] = doc["title"] + " (редакція 2027)"
    return doc


def transfer(*days: tuple[str, bool]) -> dict[str, Any]:
    return {
        "version": NEW_VERSION,
        "items": [{"date": d, "working": w, "note": "перенесення"} for d, w in days],
    }


def forget_published_forms() -> None:
    """A new process: it knows only the shipped form definitions until a store tells more."""
    from socdesk.store import forms

    forms._definitions.clear()


def act_in_new_version(paths: Any) -> str:
    """A case whose needs assessment is filled in the version the centre published (the store
    is closed again); returns the case's id."""
    from support import LOGIN, PASSWORD, add_person

    from socdesk.domain import refdocs as rd
    from socdesk.domain.cases import Channel
    from socdesk.store import refdocs
    from socdesk.store.cases import Appeal, open_case
    from socdesk.store.database import Store
    from socdesk.store.forms import current_definition, save_form_draft

    with Store.open(paths, LOGIN, PASSWORD) as store:
        refdocs.publish(store, rd.FORM, form_2027(), NEW_YEAR)
        person = add_person(store, "Коваль", "Ганна", birth_date=dt.date(1944, 5, 1))
        with store.write() as uow:
            case_id, _ = open_case(
                uow, Appeal(person, Channel.APPLICATION, NEW_YEAR, ["015.1"]), "Б"
            )
            definition = current_definition("needs_assessment", NEW_YEAR, uow.connection)
            assert definition.version == NEW_VERSION
            save_form_draft(uow, None, definition, {"health": "satisfactory"}, case_id=case_id)
    return case_id
