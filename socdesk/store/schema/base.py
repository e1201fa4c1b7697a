"""The columns every syncable row carries (DESIGN.md "Sync")."""

from __future__ import annotations

from typing import Any, ClassVar

from sqlalchemy import JSON, Column, ForeignKey, String
from sqlmodel import Field, SQLModel


def soft_ref(
    target: str,
    *,
    required: bool = False,
    index: bool = True,
    max_length: int = 36,
    json_path: str = "",
) -> Any:
    """A column holding ids of `target` rows with no database constraint (a soft reference).

    Sync may deliver the row before its target, or never (another district's row), so nothing
    is checked at commit: `admin check` counts the ones that dangle and the sync applier
    resolves them. `json_path` marks ids inside a JSON column: "[]" a list of ids, "[].key"
    the `key` of each object in a list. `refs.REFERENCES` reads the mark (`Column.info`).
    """
    info: dict[str, Any] = {"ref": target}
    if json_path:
        info["json_path"] = json_path
        kwargs = {"info": info}
        return Field(default_factory=list, sa_type=JSON, nullable=False, sa_column_kwargs=kwargs)
    if required:
        return Field(max_length=max_length, index=index, sa_column_kwargs={"info": info})
    return Field(default=None, max_length=max_length, index=index, sa_column_kwargs={"info": info})


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
    district_id: str | None = soft_ref("starosta_district")

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
