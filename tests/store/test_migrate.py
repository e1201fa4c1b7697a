"""Migrations: all-or-nothing, child rows survive a parent rebuild, newer schemas refused,
and every fixture store from an older revision upgrades to head."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import text
from support import LOGIN, PASSWORD, TODAY, add_person, make_paths

from socdesk.domain.errors import SchemaTooNew
from socdesk.paths import AppPaths
from socdesk.store import migrate
from socdesk.store.backup import write_backup
from socdesk.store.check import run_check
from socdesk.store.database import Store
from socdesk.store.people import search_person_ids
from socdesk.store.schema import Consent

FIXTURES = Path(__file__).parent / "fixtures"

# A migration that rebuilds the parent table `person` (batch mode: copy, drop, rename), which
# with foreign keys on would delete every consent through ON DELETE CASCADE.
REBUILD_PERSON = """
    with op.batch_alter_table("person", recreate="always") as batch_op:
        batch_op.add_column(sa.Column("nickname", sa.String(), nullable=True))
    op.create_table("brand_new", sa.Column("id", sa.Integer(), primary_key=True))
"""


def _scripts_with(tmp_path: Path, body: str) -> Path:
    """A copy of the real migrations plus one more revision whose upgrade is `body`."""
    location = tmp_path / "migrations"
    shutil.copytree(migrate.SCRIPT_LOCATION, location, ignore=shutil.ignore_patterns("__pycache__"))
    head = migrate.head_revision()
    (location / "versions" / "9000_test.py").write_text(
        f'"""test revision"""\nimport sqlalchemy as sa\nfrom alembic import op\n'
        f'revision = "9000"\ndown_revision = "{head}"\nbranch_labels = None\ndepends_on = None\n'
        f"def upgrade():\n{textwrap.indent(textwrap.dedent(body), '    ')}\n"
        f"def downgrade():\n    pass\n"
    )
    return location


def _state(store: Store) -> dict[str, object]:
    with store.read() as conn:
        tables = set(
            conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'").scalars()
        )
        columns = {r[1] for r in conn.exec_driver_sql("PRAGMA table_info(person)")}
        return {
            "revision": migrate.current_revision(conn),
            "tables": tables,
            "person_columns": columns,
            "consents": conn.execute(text("SELECT count(*) FROM consent")).scalar(),
            "people": conn.execute(text("SELECT count(*) FROM person")).scalar(),
        }


def _with_consents(store: Store) -> None:
    for surname in ("Коваль", "Бондар", "Шевчук"):
        pid = add_person(store, surname)
        with store.write() as uow:
            uow.insert(Consent, {"person_id": pid, "given_on": TODAY, "scope": "облік"})


def _backup(store: Store):  # type: ignore[no-untyped-def]
    return lambda revision: write_backup(
        store.paths, store._key, revision, store.paths.backups_dir / f"pre-{revision}"
    )


def test_failed_migration_leaves_the_store_as_it_was(store: Store, tmp_path: Path) -> None:
    _with_consents(store)
    before = _state(store)
    location = _scripts_with(tmp_path, REBUILD_PERSON + '    raise RuntimeError("half-way")\n')
    with pytest.raises(migrate.MigrationFailed, match="без змін"):
        migrate.migrate(store.writer, _backup(store), location)
    assert _state(store) == before
    assert before["consents"] == 3
    assert list(store.paths.backups_dir.glob("pre-*.socbackup"))  # the backup was made first
    with store.read() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert run_check(conn, store.audit_seal()).integrity == "ok"


def test_parent_rebuild_keeps_child_rows_and_search(store: Store, tmp_path: Path) -> None:
    _with_consents(store)
    location = _scripts_with(tmp_path, REBUILD_PERSON)
    result = migrate.migrate(store.writer, _backup(store), location)
    assert result.to_revision == "9000"
    after = _state(store)
    assert after["consents"] == 3 and "nickname" in after["person_columns"]  # type: ignore[operator]
    with store.read() as conn:
        assert len(search_person_ids(conn, "коваль")) == 1  # FTS rebuilt for new rowids
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []


def test_failed_checks_roll_back(store: Store, tmp_path: Path) -> None:
    _with_consents(store)
    before = _state(store)
    # Leaves a consent pointing at a person that no longer exists: foreign_key_check fails.
    body = "op.execute(\"DELETE FROM person WHERE surname = 'Коваль'\")\n"
    location = _scripts_with(tmp_path, body)
    with pytest.raises(migrate.MigrationFailed, match="посилань"):
        migrate.migrate(store.writer, _backup(store), location)
    assert _state(store) == before


def test_newer_schema_is_refused(store: Store) -> None:
    with store.writer.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    store.close()
    with pytest.raises(SchemaTooNew, match="Оновіть SocDesk"):
        Store.open(store.paths, "olena", "пароль-для-тестів")


@pytest.mark.parametrize("fixture", sorted(p.name for p in FIXTURES.iterdir()), ids=str)
def test_fixture_store_upgrades_to_head(fixture: str, tmp_path: Path) -> None:
    shutil.copytree(FIXTURES / fixture, tmp_path / "data")
    with Store.open(make_paths(tmp_path / "data"), "fixture", "fixture") as store:
        with store.read() as conn:
            report = run_check(conn, store.audit_seal())
            assert report.ok, report.to_json()
            assert report.counts["person"] == 3 and report.counts["consent"] == 3
            assert len(search_person_ids(conn, "мар'яна")) == 1
            assert len(search_person_ids(conn, "0671234567")) == 1
        add_person(store, "Новенька")


def test_migration_that_commits_on_its_own_is_undone_from_the_backup(
    store: Store, tmp_path: Path
) -> None:
    _with_consents(store)
    before = _state(store)
    # COMMIT ends the runner's transaction: what follows cannot be rolled back.
    body = (
        'op.execute("DELETE FROM consent")\n'
        'op.execute("COMMIT")\n'
        'op.create_table("half_done", sa.Column("id", sa.Integer(), primary_key=True))\n'
        'raise RuntimeError("half-way, after a commit")\n'
    )
    with pytest.raises(migrate.MigrationFailed, match="без змін"):
        store.upgrade(_scripts_with(tmp_path, body))
    assert _state(store) == before
    assert list(store.paths.backups_dir.glob("*.socbackup"))
    with store.read() as conn:
        assert run_check(conn, store.audit_seal()).ok


def test_the_fast_path_revision_is_alembics_head() -> None:
    """`STORE_REVISION` lets a current store open without Alembic; it must be the head
    (scripts/new-migration updates it)."""
    assert migrate.head_revision() == migrate.STORE_REVISION


def test_a_current_store_opens_without_importing_alembic(store_paths: AppPaths) -> None:
    code = (
        "import sys\n"
        "from socdesk.store.database import Store\n"
        "from socdesk.paths import AppPaths\n"
        "from pathlib import Path\n"
        f"Store.open(AppPaths(Path({str(store_paths.data_dir)!r}), Path({str(store_paths.log_dir)!r})), "
        f"{LOGIN!r}, {PASSWORD!r}).close()\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('alembic', 'openpyxl')))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_0016_gives_each_outbox_field_its_clock_and_keeps_entries_pending(tmp_path: Path) -> None:
    """A store from before the sync state: every change record's field becomes
    `{value, hlc, base}` with the record's clock, and nothing is taken as sent."""
    shutil.copytree(FIXTURES / "0015", tmp_path / "data")
    paths = make_paths(tmp_path / "data")
    with Store.open(paths, "fixture", "fixture") as store, store.read() as conn:
        rows = conn.execute(text("SELECT hlc, fields_json, state FROM outbox")).all()
    assert rows
    for hlc, fields_json, state in rows:
        fields = json.loads(fields_json)
        assert state == 0
        assert all(set(f) == {"value", "hlc", "base"} for f in fields.values())
        assert {f["hlc"] for f in fields.values()} == {hlc}
