"""Automatic backup and restore drill of a 100,000-recipient store (`python -m bench backup`).

Product: `make_automatic_backup` (the online backup into an encrypted copy, packed with the
key file and manifest, written atomically, older copies pruned) and `store.backup.restore`
(the checks, unpacking, `integrity_check`, the live store set aside, the copy put in place),
then the drill's own checks: the restored store opens, `integrity_check` is ok and every
table holds as many rows as when the backup was made. Baselines: the bare backup API into a
keyed copy, and a bare copy of the store file plus `PRAGMA integrity_check`. One sample each
(a pass reads and writes the 4.8 GB store several times); not in `make bench`'s default list.

Disk: the restore replaces the cached fixture's store in place (no private copy: at 100,000
recipients each copy is 4.8 GB, and a first run with one filled the shared disk), so run it
by name, alone: `python -m bench backup`. At most three copies of the store exist at once.
"""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from pathlib import Path

from sqlalchemy import text

from bench.common import save, timed
from bench.data import USER, open_store
from bench.fixtures import demo_store
from socdesk.paths import AppPaths
from socdesk.store.autobackup import make_automatic_backup
from socdesk.store.backup import restore
from socdesk.store.database import Store
from socdesk.store.engine import connect_raw

WRITTEN_AT_OPEN = {"audit_log", "meta"}


def _counts(store: Store) -> dict[str, int]:
    with store.read() as conn:
        names = conn.execute(
            text("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        ).scalars()
        return {t: conn.execute(text(f'SELECT count(*) FROM "{t}"')).scalar_one() for t in names}


def run(n: int = 100_000) -> dict[str, object]:
    folder = demo_store(n)  # changed in place by the restore (see above)
    with tempfile.TemporaryDirectory(prefix="socdesk-bench-backup-", dir=folder.parent) as tmp:
        paths = AppPaths(folder, folder / "logs")
        size = paths.db_file.stat().st_size
        store = open_store(folder)
        key = store._key
        before = _counts(store)
        bare = Path(tmp) / "bare.db"

        def bare_backup() -> None:
            src, dst = connect_raw(paths.db_file, key), connect_raw(bare, key)
            src.backup(dst, pages=4096)
            dst.close()
            src.close()

        def bare_restore() -> None:
            shutil.copyfile(bare, Path(tmp) / "bare-restored.db")
            bare.unlink()
            conn = connect_raw(Path(tmp) / "bare-restored.db", key)
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            conn.close()

        bare_backup_s, _ = timed(bare_backup)
        bare_restore_s, _ = timed(bare_restore)
        (Path(tmp) / "bare-restored.db").unlink()
        backup_s, made = timed(lambda: make_automatic_backup(store, dt.datetime.now(dt.UTC)))
        backup_mb = made.path.stat().st_size / 1e6
        store.close()
        restore_s, aside = timed(lambda: restore(paths, made.path, USER.login, USER.password))
        if aside is not None:
            shutil.rmtree(aside)  # the set-aside live store: 4.8 GB the drill does not need
        made.path.unlink()
        with Store.open(paths, USER.login, USER.password) as restored:
            with restored.read() as conn:
                integrity = conn.execute(text("PRAGMA integrity_check")).scalar_one()
            after = _counts(restored)
        same = [t for t in before if t not in WRITTEN_AT_OPEN]
        equal = all(after[t] == before[t] for t in same)
    result = {
        "recipients": n,
        "store_mb": round(size / 1e6, 1),
        "backup_mb": round(backup_mb, 1),
        "backup_s": round(backup_s, 1),
        "bare_backup_s": round(bare_backup_s, 1),
        "backup_ratio": round(backup_s / bare_backup_s, 2),
        "restore_s": round(restore_s, 1),
        "bare_restore_s": round(bare_restore_s, 1),
        "restore_ratio": round(restore_s / bare_restore_s, 2),
        "drill_integrity": integrity,
        "drill_counts_equal": equal,
        "drill_tables": len(same),
        "persons": before.get("person", 0),
    }
    save("backup_restore", result)
    return result
