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
