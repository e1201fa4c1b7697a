"""The server hands no person a form's answers: every route is either replication to an
enrolled device's encrypted store, scoped to its districts (where the desktop applies the
sensitive-sections rule, store/sensitive.py), or returns no answers at all. A new route fails
here until it is classified (and docs/security.md says so)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from fastapi.testclient import TestClient
from server_support import bearer, enrolled

from socdesk.domain.ids import new_id
from socdesk.server.settings import ServerSettings
from socdesk.server.tables import CURRENT
from socdesk.server.tables import connect as server_engine

CANARY = "ДІАГНОЗ-КАНАРКА"
# Rows of synced tables (form answers among them) to a device's replica, its districts only.
REPLICATION = {
    ("get", "/api/v1/sync/pull"),
    ("get", "/api/v1/sync/rows"),
    ("get", "/api/v1/sync/conflicts"),
    ("post", "/api/v1/bundles/export/{device_id}"),
}
# Everything else: ids, counts, hashes, devices, codes, break-the-glass records; no answers.
NO_ANSWERS = {
    ("get", "/api/v1/health"),
    ("post", "/api/v1/enrol"),
    ("get", "/api/v1/sync/hello"),
    ("post", "/api/v1/sync/push"),
    ("post", "/api/v1/sync/conflicts/resolved"),
    ("post", "/api/v1/sync/token"),
    ("get", "/api/v1/session"),
    ("delete", "/api/v1/session"),
    ("get", "/api/v1/sync/digest"),
    ("post", "/api/v1/sync/audit-head"),
    ("get", "/api/v1/admin/audit-heads"),
    ("get", "/api/v1/admin/devices"),
    ("get", "/api/v1/admin/break-glass"),
    ("post", "/api/v1/admin/enrol"),
    ("post", "/api/v1/admin/devices/{device_id}/revoke"),
    ("post", "/api/v1/admin/devices/{device_id}/rotate"),
    ("post", "/api/v1/admin/transfer"),
    ("post", "/api/v1/bundles/import"),
    ("get", "/api/v1/bundles/health"),
    ("get", "/api/v1/status"),
}


def _routes(client: TestClient) -> set[tuple[str, str]]:
    paths: dict[str, dict[str, Any]] = client.app.openapi()["paths"]  # type: ignore[attr-defined]
    return {(method, path) for path, methods in paths.items() for method in methods}


def test_every_route_is_classified(client: TestClient) -> None:
    assert _routes(client) == REPLICATION | NO_ANSWERS
    assert not REPLICATION & NO_ANSWERS


def _form_with_canary(settings: ServerSettings) -> None:
    engine = server_engine(settings.url)
    try:
        with engine.begin() as conn:
            conn.execute(
                CURRENT["form_record"].insert(),
                {
                    "id": new_id(),
                    "hlc": "0" * 54,
                    "origin": new_id(),
                    "deleted": False,
                    "field_clocks": {},
                    "district_id": None,
                    "case_id": None,
                    "person_id": new_id(),
                    "form_code": "needs_assessment",
                    "form_version": "1",
                    "answers": {"health_note": CANARY},
                    "status": "draft",
                    "completed_on": dt.date(2026, 11, 20),
                    "supersedes_id": None,
                    "correction_reason": "",
                },
            )
    finally:
        engine.dispose()


def test_no_route_but_replication_returns_a_forms_answers(
    client: TestClient, server_settings: ServerSettings
) -> None:
    _form_with_canary(server_settings)
    _, token = enrolled(client, server_settings)  # a coordinator's device: it may call them all
    for method, path in sorted(NO_ANSWERS):
        if method != "get":
            continue  # a POST answers with ids, counts or codes (response models in the API)
        answer = client.get(path, headers=bearer(token))
        assert answer.status_code == 200, (path, answer.text)
        assert CANARY not in answer.text, path
