"""Subject access: everything held about a person, as JSON and PDF, audited; nobody else's."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from support import LOGIN, PASSWORD, TODAY, add_person

from socdesk.cli import Io, main
from socdesk.documents.subject_access import export_subject
from socdesk.domain.errors import UsageError
from socdesk.paths import AppPaths
from socdesk.store.consents import DEFAULT_SCOPE, give_consent
from socdesk.store.database import Store


def test_the_export_holds_the_person_their_rows_and_the_history(
    store: Store, tmp_path: Path
) -> None:
    person = add_person(store, "Коваль", "Олена")
    other = add_person(store, "Бондар", "Марія")
    with store.write() as uow:
        give_consent(uow, person, TODAY, DEFAULT_SCOPE, TODAY, paper_ref="справа 3")
        give_consent(uow, other, TODAY, DEFAULT_SCOPE, TODAY, paper_ref="справа 4")
        uow.audit_action("open", "person", [], person)
    files = export_subject(store, person, tmp_path, TODAY)
    data = json.loads(files.json_path.read_text(encoding="utf-8"))
    assert [p["surname"] for p in data["tables"]["person"]] == ["Коваль"]
    assert [c["paper_ref"] for c in data["tables"]["consent"]] == ["справа 3"]
    assert {"insert", "open"} <= {e["action"] for e in data["audit"]}
    assert "Бондар" not in files.json_path.read_text(encoding="utf-8")
    assert files.pdf_path.read_bytes().startswith(b"%PDF")
    with store.read() as conn:
        exported = (
            conn.exec_driver_sql("SELECT row_id FROM audit_log WHERE action = 'subject.export'")
            .scalars()
            .all()
        )
    assert exported == [person]


def test_an_unknown_person_is_told(store: Store, tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="немає"):
        export_subject(store, "nobody", tmp_path, TODAY)


def test_the_cli_writes_both_files(store_paths: AppPaths, tmp_path: Path) -> None:
    with Store.open(store_paths, LOGIN, PASSWORD) as store:
        person = add_person(store, "Коваль", "Олена")
    out, err = io.StringIO(), io.StringIO()
    argv = ["person-data", person, "--out", str(tmp_path), "--json", "--user", LOGIN]
    argv += ["--data-dir", str(store_paths.data_dir)]
    code = main(argv, Io({"SOCDESK_PASSWORD": PASSWORD}, out, err, False))
    assert code == 0, err.getvalue()
    answer = json.loads(out.getvalue())
    assert Path(answer["pdf"]).exists() and Path(answer["json"]).exists()
