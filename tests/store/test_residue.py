"""The residue test (issue 17): a canary put into a person — a unique surname, РНОКПП and
note — is absent, after the person was erased, from the store (every decrypted table, the
search index's shadow tables included, and every decrypted page of the file, free ones
included), its WAL, the backups, temp files and logs in the data folder, and a bundle written
after. Each check is first shown to find the canary while it is there."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from bundles_support import star  # noqa: F401  (the fixture)
from residue_support import backup_store, decrypted_pages, files_holding, table_text
from support import TODAY, add_person

from socdesk import logs
from socdesk.domain.identifiers import Sex
from socdesk.domain.ids import new_id
from socdesk.domain.people import RnokppStatus
from socdesk.domain.text import index_fold
from socdesk.store.autobackup import automatic_backups, local_folder, make_automatic_backup
from socdesk.store.database import Store
from socdesk.store.retention import erase_person
from socdesk.store.schema import (
    CarePlan,
    Contract,
    ContractPayment,
    IncomeDeclaration,
    Person,
    SensitiveAccess,
    SocialCase,
)
from socdesk.sync import bundle, wire
from socdesk.sync.bundles import export_for_centre, own_keys

SURNAME = "Щебетуховська"
RNOKPP = "1759013776"  # a valid number (python-stdnum's example)
NOTE = "кенаровийслід"


def _needles() -> list[bytes]:
    """The canary as stored and as the search index folds it; the index keeps terms
    prefix-compressed, so the ends of the words are what is looked for."""
    words = [SURNAME, index_fold(SURNAME), RNOKPP, NOTE, index_fold(NOTE)]
    return sorted({w[-7:].encode() for w in words} | {w.encode() for w in words})


def _holds(data: bytes | str) -> bool:
    raw = data.encode() if isinstance(data, str) else data
    return any(n in raw for n in _needles())


def _free_text(store: Store, person: str) -> None:
    """The canary note in a care plan's goals, a payment's note and an access's reason."""
    day = dt.date(2025, 1, 6)
    neighbour = add_person(store, "Сусідченко")
    with store.write() as uow:
        case = uow.insert(
            SocialCase,
            {
                "number": "К-1",
                "person_id": person,
                "state": "providing",
                "channel": "application",
                "received_on": day,
            },
        )
        uow.insert(CarePlan, {"case_id": case, "made_on": day, "review_on": day, "goals": [NOTE]})
        contract = uow.insert(Contract, {"case_id": case, "number": "Д-1", "signed_on": day})
        worker = new_id()
        uow.insert(
            ContractPayment,
            {
                "contract_id": contract,
                "case_id": case,
                "month": day,
                "recorded_by": worker,
                "note": NOTE,
            },
        )
        other = uow.insert(  # another family's case whose declaration lists the person
            SocialCase,
            {
                "number": "К-2",
                "person_id": neighbour,
                "state": "providing",
                "channel": "application",
                "received_on": day,
            },
        )
        member = {"name": f"{SURNAME} Олена", "person_id": person, "incomes": []}
        uow.insert(IncomeDeclaration, {"case_id": other, "declared_on": day, "members": [member]})
        uow.insert(
            SensitiveAccess,
            {
                "worker_id": worker,
                "person_id": person,
                "case_id": case,
                "reason": f"перевірка: {NOTE}",
                "granted_at": "2025-01-06T09:00:00Z",
                "until": "2025-01-06T17:00:00Z",
            },
        )


def _bundle_pages(path: Path, centre: Store) -> bytes:
    """The change records inside a bundle, opened with the centre's key."""
    data = bundle.read_file(path)
    header, key = bundle.read_header(data), own_keys(centre).box_private
    opened = getattr(bundle, "open_payload", None)  # format 2 (issue 15); before: open_pages
    pages = opened(data, header, key).pages if opened else bundle.open_pages(data, header, key)
    return b"".join(record for page in pages for record in wire.unpack(page).records)


def test_an_erased_canary_is_nowhere(
    star: tuple[Store, Store, Store],  # noqa: F811
    tmp_path: Path,
) -> None:
    hub, a, _ = star
    log_file = logs.setup(a.paths.log_dir)
    try:
        person = add_person(
            a,
            SURNAME,
            birth_date=dt.date(1948, 2, 28),
            sex=Sex.MALE,
            rnokpp_status=RnokppStatus.KNOWN,
            rnokpp=RNOKPP,
            notes=f"Нотатка: {NOTE}",
        )
        with a.write() as uow:  # the old values go into the field history too
            uow.update(Person, person, {"phone": "+380671234567", "notes": f"{NOTE} (2)"})
        _free_text(a, person)  # plans, payments, sensitive access: free text the erasure empties
        logging.getLogger("socdesk.test").info("person %s edited", person)
        old_backup = make_automatic_backup(a, dt.datetime.now(dt.UTC) - dt.timedelta(hours=1)).path
        bundles = tmp_path / "usb"
        before = export_for_centre(a, bundles).path
        key = a._key  # the data key, to read the file's pages as SQLCipher does
        # Every check finds the canary while it is there.
        assert _holds(table_text(a))
        a.checkpoint()
        assert _holds(decrypted_pages(a.paths.db_file, key))
        assert _holds(decrypted_pages(backup_store(old_backup, tmp_path / "old"), key))
        assert _holds(_bundle_pages(before, hub))

        erase_person(a, person, "дані зібрано без підстави", TODAY)

        assert not _holds(table_text(a)), "a table still holds the canary"
        wal = a.paths.db_file.with_name(a.paths.db_file.name + "-wal")
        assert not wal.exists() or wal.stat().st_size == 0, "the WAL was not truncated"
        assert not _holds(decrypted_pages(a.paths.db_file, key)), "a page of the store holds it"
        assert not old_backup.exists(), "a backup made before the erasure is still there"
        (new_backup,) = automatic_backups(local_folder(a), a)
        assert not _holds(decrypted_pages(backup_store(new_backup, tmp_path / "new"), key))
        after = export_for_centre(a, bundles).path
        assert not _holds(_bundle_pages(after, hub)), "a bundle written after holds it"
        assert log_file.exists()
        assert files_holding(a.paths.data_dir, _needles()) == []  # logs, temp files, WAL
    finally:
        root = logging.getLogger()
        for handler in [h for h in root.handlers if isinstance(h, logs.PrivateLogHandler)]:
            root.removeHandler(handler)
            handler.close()
