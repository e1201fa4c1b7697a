"""Break-the-glass accesses to sensitive sections (domain/sensitive.py): who read whose health,
disability, violence or addiction data without being entitled to it, when, why, and until
when the access lasts.

A synced row, so that the district's accesses reach the centre's coordinator (and the
server) with the next sync, and so that the worker's access holds on each of their devices.
Never edited: a new need is a new row with its own reason.
"""

from __future__ import annotations

from sqlmodel import Field

from socdesk.store.schema.base import SyncColumns, soft_ref


class SensitiveAccess(SyncColumns, table=True):
    """Доступ до чутливих даних з обґрунтуванням: хто, до кого, коли, чому, до якого часу."""

    __tablename__ = "sensitive_access"
    worker_id: str = soft_ref("worker", required=True)  # who (the synced worker)
    person_id: str = soft_ref("person", required=True)  # whose data
    case_id: str | None = soft_ref("social_case")  # the case it was asked from, if any
    reason: str  # обґрунтування (domain.sensitive.check_reason)
    granted_at: str = Field(max_length=20, index=True)  # UTC, YYYY-MM-DDTHH:MM:SSZ
    until: str = Field(max_length=20)  # UTC, granted_at + domain.sensitive.GRANT_HOURS

    DISTRICT_FROM = (("case_id", "social_case"), ("person_id", "person"))
