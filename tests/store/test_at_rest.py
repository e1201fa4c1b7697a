"""No file in the data directory holds plaintext of a personal field."""

from __future__ import annotations

from pathlib import Path

from support import add_person

from socdesk.store.database import Store

CANARY_SURNAME = "Щоглюкевич"
CANARY_NOTE = "канарка-7f3a"


def _scan(folder: Path) -> list[str]:
    needles = [
        s.encode(enc)
        for s in (CANARY_SURNAME, CANARY_NOTE, CANARY_SURNAME.casefold())
        for enc in ("utf-8", "utf-16-le")
    ]
    hits = []
    for path in folder.rglob("*"):
        if path.is_file():
            raw = path.read_bytes()
            hits += [f"{path.name}:{n!r}" for n in needles if n in raw]
    return hits


def test_canary_never_in_plaintext(store: Store, tmp_path: Path) -> None:
    person = add_person(store, CANARY_SURNAME, notes=CANARY_NOTE)
    # While open: the store, its -wal and -shm, the key file.
    assert _scan(store.paths.data_dir) == []
    backup = store.backup(store.paths.backups_dir / "copy")
    assert backup.exists()
    from socdesk.store.schema import Person

    with store.write() as uow:
        uow.update(Person, person, {"notes": "інше"})
    store.close()
    # After the checkpoint on close, with the backup in the folder as well.
    assert sorted(p.name for p in store.paths.backups_dir.iterdir()) == ["copy.socbackup"]
    assert _scan(store.paths.data_dir) == []
