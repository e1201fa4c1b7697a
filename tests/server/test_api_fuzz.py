"""Schemathesis over the server's OpenAPI schema (QUALITY-TARGETS R9), in-process, with an
enrolled device's token: every operation of the schema, a bounded number of generated
requests each, 0 server errors (5xx) and 0 answers the schema does not describe (status
codes, content types, bodies, headers)."""

from __future__ import annotations

import os

import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from socdesk.domain.ids import new_id
from socdesk.server import admin
from socdesk.server.settings import ServerSettings

EXAMPLES = int(os.environ.get("SOCDESK_FUZZ_EXAMPLES", "25"))  # per operation
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
    response_headers_conformance,
]


def test_every_operation_answers_as_its_schema_says_and_never_with_a_server_error(
    client: TestClient, server_settings: ServerSettings
) -> None:
    auth = _enrolled(client, server_settings, ["d1"])
    coordinator = _enrolled(client, server_settings, None)  # the admin operations' own
    # Ending a session ends its caller's token: each call its own device (enrolled before
    # the fuzzing of enrolment spends the address's attempts).
    ending = [_enrolled(client, server_settings, ["d1"]) for _ in range(EXAMPLES)]
    schema = schemathesis.openapi.from_asgi("/openapi.json", client.app)
    calls: dict[str, int] = {}
    for result in schema.get_all_operations():
        operation = result.ok()

        @given(case=operation.as_strategy())
        @settings(
            max_examples=EXAMPLES,
            deadline=None,
            suppress_health_check=list(HealthCheck),
            database=None,
        )
        def fuzz(case: schemathesis.Case) -> None:
            calls[case.operation.label] = calls.get(case.operation.label, 0) + 1
            admin_op = case.operation.path.startswith("/api/v1/admin/")
            headers = coordinator if admin_op else auth
            if case.operation.label == "DELETE /api/v1/session":  # it ends its caller's token
                headers = ending.pop() if len(ending) > 1 else ending[0]
            case.call_and_validate(headers=headers, checks=CHECKS)

        fuzz()
    assert {label.split()[1] for label in calls} >= {
        "/api/v1/enrol",
        "/api/v1/sync/hello",
        "/api/v1/sync/push",
        "/api/v1/sync/pull",
        "/api/v1/sync/conflicts",
        "/api/v1/admin/devices",
        "/api/v1/admin/enrol",
        "/api/v1/admin/devices/{device_id}/revoke",
        "/api/v1/session",
    }


def _enrolled(
    client: TestClient, settings: ServerSettings, districts: list[str] | None
) -> dict[str, str]:
    code = admin.enrol(settings, "Робоче місце", districts)
    answer = client.post("/api/v1/enrol", json={"code": code, "device_id": new_id()})
    return {"Authorization": f"Bearer {answer.json()['token']}"}
