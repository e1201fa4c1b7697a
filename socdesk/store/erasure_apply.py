"""A replica's bookkeeping of the erasures a batch of records brings (store/replica.py):
the union of a person's erasures written after their record merged, by the rules of
`domain.erasure_merge`; the entries each row lacked, audited as they come and scrubbed once
at the end of the batch (store/erasure.py); and the mark a chunk the store refused puts
back, so that an erasure it rolled back scrubs nothing."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from socdesk.domain.changes import ChangeRecord
from socdesk.domain.erasure_merge import Split, erasures_update, split
from socdesk.domain.retention import Erasure
from socdesk.store import erasure
from socdesk.store.apply_batch import Batch
from socdesk.store.uow import UnitOfWork


class Received:
    """A replica's erasures of one batch: the union written after a person record merged,
    the entries each person's row lacked (audited as they come, scrubbed once at the end),
    and the mark a refused chunk puts back."""

    def __init__(self, uow: UnitOfWork) -> None:
        self.uow = uow
        self.erased: dict[str, dict[str, Erasure]] = {}  # person id -> entries brought

    @staticmethod
    def split(record: ChangeRecord, current: Mapping[str, Any] | None) -> Split | None:
        """`domain.erasure_merge.split`: None for most records."""
        return split(record, current)

    def took(self, record: ChangeRecord, found: Split | None, batch: Batch) -> ChangeRecord:
        """After `found.merge` merged (or the row was made): the union, and what it brought;
        the record as the change log keeps it (`record` itself when it met no erasure)."""
        if found is None:
            return record
        row = batch.row(record.table, record.row_id)
        values = None if row is None else erasures_update(found, row)
        if values is not None:
            batch.update(record.table, record.row_id, values)
        if found.brought:  # only the entries the row lacked are scrubbed (and audited)
            self.erased.setdefault(record.row_id, {}).update((e.id, e) for e in found.brought)
            erasure.audit_received(self.uow, record, found.had)
        return found.logged

    def mark(self) -> dict[str, dict[str, Erasure]]:
        """A copy of `erased`, which a refused chunk puts back."""
        return {person: dict(found) for person, found in self.erased.items()}

    def scrub(self) -> None:
        """People whose erasures came in this batch: their old values go here too."""
        for person_id, erasures in self.erased.items():
            erasure.scrub(self.uow, person_id, list(erasures.values()))
