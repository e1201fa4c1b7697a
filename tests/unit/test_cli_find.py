"""`socdesk find` lists people and their cases with the ids other commands take; a batch names
what it skipped by person and case number."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from socdesk.cli import Io, main
from socdesk.paths import AppPaths
from socdesk.store.cases import cases_of_person
from socdesk.store.database import Store
from socdesk.store.people import list_person_ids, person_rows

ENV = {"SOCDESK_PASSWORD": "demo", "SOCDESK_USER": "demo"}


def run(argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(argv, Io(ENV, out, err, False))
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("find") / "data"
    assert run(["demo", "--data-dir", str(data), "--recipients", "30", "--seed", "3"])[0] == 0
    return data


def _store(folder: Path) -> Store:
    return Store.open(AppPaths(folder, folder / "logs"), "demo", "demo")


def test_find_by_a_lower_case_cyrillic_surname_lists_people_and_cases(folder: Path) -> None:
    with _store(folder) as store, store.read() as conn:
        person = next(
            p for p in person_rows(conn, list_person_ids(conn)) if cases_of_person(conn, p.id)
        )
        case = cases_of_person(conn, person.id)[0]
    code, out, _ = run(["find", person.surname.lower(), "--data-dir", str(folder), "--json"])
    assert code == 0
    found = {p["id"]: p for p in json.loads(out)["people"]}
    assert found[person.id]["name"] == person.full_name
    assert case.number in {c["number"] for c in found[person.id]["cases"]}
    assert case.id in {c["id"] for c in found[person.id]["cases"]}
    assert all(person.surname.lower() in p["name"].lower() for p in found.values())

    code, out, _ = run(["find", person.surname.upper(), "--data-dir", str(folder)])
    assert code == 0
    assert person.full_name in out and person.id in out
    assert f"справа {case.number}" in out and case.id in out


def test_find_with_nothing_found_says_so(folder: Path) -> None:
    code, out, _ = run(["find", "Щщщщщ", "--data-dir", str(folder)])
    assert code == 0 and "нікого не знайдено" in out
    code, out, _ = run(["find", "Щщщщщ", "--data-dir", str(folder), "--json"])
    assert json.loads(out) == {"people": []}


def test_batch_names_skipped_subjects_by_person_and_case_number(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with _store(folder) as store, store.read() as conn:
        people = {p.id: p.full_name for p in person_rows(conn, list_person_ids(conn))}
        cases = [c for pid in people for c in cases_of_person(conn, pid)]
    from socdesk.documents import batch

    # Every case, signed or not: those without a contract are skipped.
    monkeypatch.setattr(batch, "batch_subjects", lambda *_args: [c.id for c in cases])
    argv = ["print", "batch", "contract", "--from", "01.01.2020", "--to", "31.12.2030"]
    code, out, _ = run([*argv, "--out", str(tmp_path / "b"), "--data-dir", str(folder)])
    assert code == 3
    skipped = [c for c in cases if f"справа {c.number}, {people[c.person_id]}:" in out]
    assert skipped and not any(c.id in out for c in cases)
    code, out, _ = run([*argv, "--out", str(tmp_path / "c"), "--data-dir", str(folder), "--json"])
    names = {s["subject"]: s["name"] for s in json.loads(out)["skipped"]}
    assert names == {c.id: f"справа {c.number}, {people[c.person_id]}" for c in skipped}
