"""Table definitions shared by the desktop store and the server; no engine code here.

Tables are either syncable (they carry `SyncColumns` and travel in change records) or
local-only (users' secrets, the outbox, the audit log, drafts, UI state). `SYNC_TABLES` maps
each syncable table to the `Changes` flag its writes raise.
"""

from socdesk.store.schema.base import SyncColumns
from socdesk.store.schema.cases import (
    CarePlan,
    CaseDecision,
    CaseEvent,
    Contract,
    FormRecord,
    IncomeDeclaration,
    PrintedDocument,
    ServiceEntry,
    SocialCase,
)
from socdesk.store.schema.local import (
    AppUser,
    AuditEntry,
    Draft,
    FieldHistory,
    Meta,
    OutboxEntry,
    UiState,
)
from socdesk.store.schema.people import (
    Consent,
    Household,
    HouseholdMembership,
    Person,
    Worker,
)
from socdesk.store.schema.reference import (
    Community,
    ComplexFactor,
    LegalDeadline,
    MartialLawPeriod,
    RecipientCategory,
    ServiceType,
    Settlement,
    StarostaDistrict,
    SubsistenceMinimum,
    Workplace,
)

SYNC_TABLES: dict[type[SyncColumns], str] = {
    Community: "reference",
    StarostaDistrict: "reference",
    Settlement: "reference",
    ServiceType: "reference",
    ComplexFactor: "reference",
    RecipientCategory: "reference",
    SubsistenceMinimum: "reference",
    LegalDeadline: "reference",
    MartialLawPeriod: "reference",
    Workplace: "workplace",
    Worker: "workplace",
    Person: "recipients",
    Household: "households",
    HouseholdMembership: "households",
    Consent: "recipients",
    SocialCase: "cases",
    CaseEvent: "cases",
    FormRecord: "cases",
    IncomeDeclaration: "cases",
    CaseDecision: "cases",
    Contract: "cases",
    CarePlan: "cases",
    ServiceEntry: "cases",
    PrintedDocument: "cases",
}
LOCAL_TABLES = (AppUser, OutboxEntry, AuditEntry, FieldHistory, Meta, Draft, UiState)
TABLES_BY_NAME: dict[str, type[SyncColumns]] = {t.__tablename__: t for t in SYNC_TABLES}  # type: ignore[misc]

__all__ = [
    "LOCAL_TABLES",
    "SYNC_TABLES",
    "TABLES_BY_NAME",
    "AppUser",
    "AuditEntry",
    "CarePlan",
    "CaseDecision",
    "CaseEvent",
    "Community",
    "ComplexFactor",
    "Consent",
    "Contract",
    "Draft",
    "FieldHistory",
    "FormRecord",
    "Household",
    "HouseholdMembership",
    "IncomeDeclaration",
    "LegalDeadline",
    "MartialLawPeriod",
    "Meta",
    "OutboxEntry",
    "Person",
    "PrintedDocument",
    "RecipientCategory",
    "ServiceEntry",
    "ServiceType",
    "Settlement",
    "SocialCase",
    "StarostaDistrict",
    "SubsistenceMinimum",
    "SyncColumns",
    "UiState",
    "Worker",
    "Workplace",
]
