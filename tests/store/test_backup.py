"""Backups: encrypted, checked before restore, refused when foreign or newer."""

from __future__ import annotations

import io
import json
import tarfile
from pathlib import Path

import pytest
from sqlalchemy import text
from support import LOGIN, PASSWORD, add_person

from socdesk.domain.errors import AuthenticationFailed, NotASocDeskBackup, SchemaTooNew
from socdesk.store.backup import read_manifest, restore
from socdesk.store.database import Store


def _surnames(store: Store) -> set[str]:
    with store.read() as conn:
        return set(conn.execute(text("SELECT surname FROM person")).scalars())


def test_backup_and_restore_round_trip(store: Store, tmp_path: Path) -> None:
    add_person(store, "Коваль")
    backup = store.backup(tmp_path / "monday")
    assert backup.name == "monday.socbackup"
    assert read_manifest(backup).schema_revision
    add_person(store, "Пізніший")
    store.close()
    aside = restore(store.paths, backup, LOGIN, PASSWORD)
    assert aside is not None and (aside / "socdesk.db").exists()  # the live store was kept
    with Store.open(store.paths, LOGIN, PASSWORD) as again:
        assert "Коваль" in _surnames(again) and "Пізніший" not in _surnames(again)


def test_restore_needs_a_login_of_the_backup(store: Store, tmp_path: Path) -> None:
    backup = store.backup(tmp_path / "b")
    store.close()
    with pytest.raises(AuthenticationFailed):
        restore(store.paths, backup, LOGIN, "wrong")
    assert store.paths.db_file.exists()  # nothing replaced


@pytest.mark.parametrize("content", [b"", b"plain text", b"PK\x03\x04 a zip file"])
def test_foreign_file_is_refused(store: Store, tmp_path: Path, content: bytes) -> None:
    bogus = tmp_path / "x.socbackup"
    bogus.write_bytes(content)
    with pytest.raises(NotASocDeskBackup):
        restore(store.paths, bogus, LOGIN, PASSWORD)


def _rewrite_manifest(backup: Path, target: Path, **changes: object) -> Path:
    with tarfile.open(backup) as src, tarfile.open(target, "w") as dst:
        for member in src.getmembers():
            data = src.extractfile(member).read()  # type: ignore[union-attr]
            if member.name == "manifest.json":
                data = json.dumps({**json.loads(data), **changes}).encode()
                member.size = len(data)
            dst.addfile(member, io.BytesIO(data))
    return target


def test_newer_schema_is_refused(store: Store, tmp_path: Path) -> None:
    backup = store.backup(tmp_path / "b")
    newer = _rewrite_manifest(backup, tmp_path / "newer.socbackup", schema_revision="9999")
    with pytest.raises(SchemaTooNew, match="Оновіть SocDesk"):
        restore(store.paths, newer, LOGIN, PASSWORD)
    newer_format = _rewrite_manifest(backup, tmp_path / "f.socbackup", version=99)
    with pytest.raises(NotASocDeskBackup, match="новішою"):
        restore(store.paths, newer_format, LOGIN, PASSWORD)
