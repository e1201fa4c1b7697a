"""The columns every syncable row carries (DESIGN.md "Sync")."""

from __future__ import annotations

from typing import Any, ClassVar

from sqlalchemy import JSON, Column, ForeignKey, String
from sqlmodel import Field, SQLModel


class SyncColumns(SQLModel):
    """Sync metadata: id, clock of the last change, origin device, tombstone, per-field clocks.

    `district_id` scopes the row for sync (the server sends a device only its districts' rows);
    reference rows that every device needs have no district.
    """

    id: str = Field(primary_key=True, max_length=36)
    hlc: str = Field(max_length=54, index=True)
    origin: str = Field(max_length=36)
    deleted: bool = Field(default=False)
    field_clocks: dict[str, str] = Field(default_factory=dict, sa_type=JSON, nullable=False)
    district_id: str | None = Field(default=None, max_length=36, index=True)

    # Columns that never travel: bookkeeping of the row itself and values derived locally.
    LOCAL_COLUMNS: ClassVar[frozenset[str]] = frozenset({"id", "hlc", "origin", "field_clocks"})
    DERIVED_COLUMNS: ClassVar[frozenset[str]] = frozenset()
    # Where the row's district comes from (store/scope.py): (column, table) pairs tried in
    # order; the first row they name that has a district gives it. A table with none keeps
    # the district it is given (a settlement's starosta district is data, not derived).
    DISTRICT_FROM: ClassVar[tuple[tuple[str, str], ...]] = ()
    # When no source gives a district, keep the one the writer gives (the import asks for it
    # for people without a settlement) instead of none.
    DISTRICT_GIVEN_IF_UNPLACED: ClassVar[bool] = False

    @classmethod
    def synced_fields(cls) -> list[str]:
        """Names of the fields that change records carry, in a stable order."""
        skip = cls.LOCAL_COLUMNS | cls.DERIVED_COLUMNS
        table: Any = cls.__table__  # type: ignore[attr-defined]
        return sorted(c.name for c in table.columns if c.name not in skip)


def deferred_fk(target: str, *, cascade: bool = False) -> Column[str]:
    """A foreign key checked at COMMIT, so sync may deliver rows in any order in a batch."""
    return Column(
        String(36),
        ForeignKey(
            target,
            deferrable=True,
            initially="DEFERRED",
            ondelete="CASCADE" if cascade else None,
        ),
        nullable=True,
        index=True,
    )
