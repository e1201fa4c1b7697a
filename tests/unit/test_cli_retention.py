"""`socdesk admin retention-period`, `admin retention [--apply]` and `admin erase`."""

from __future__ import annotations

import datetime as dt
import io
import json

from sqlalchemy import select
from support import LOGIN, PASSWORD, add_person

from socdesk.cli import Io, main
from socdesk.domain.retention import ANONYMOUS_SURNAME
from socdesk.paths import AppPaths
from socdesk.store.database import Store
from socdesk.store.schema import Person, SocialCase


def _run(argv: list[str], paths: AppPaths) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    env = {"SOCDESK_PASSWORD": PASSWORD}
    argv = [*argv, "--data-dir", str(paths.data_dir), "--user", LOGIN]
    code = main(argv, Io(env, out, err, False))
    return code, out.getvalue() + err.getvalue()


def test_the_period_is_set_then_who_is_due_is_listed_then_anonymised(
    store_paths: AppPaths,
) -> None:
    with Store.open(store_paths, LOGIN, PASSWORD) as store:
        closed = add_person(store, "Закритенко")
        fixed = add_person(store, "Помилкова")
        with store.write() as uow:
            uow.insert(
                SocialCase,
                {
                    "number": "К-1",
                    "person_id": closed,
                    "state": "closed",
                    "channel": "application",
                    "received_on": dt.date(2015, 1, 5),
                    "closed_on": dt.date(2016, 2, 1),
                },
            )
    code, out = _run(["admin", "retention", "--json"], store_paths)
    assert (code, json.loads(out)["people"]) == (0, [])  # no period yet
    period = ["admin", "retention-period", "5", "--from", "01.01.2000", "--source", "Номенклатура"]
    assert _run(period, store_paths)[0] == 0
    code, out = _run(["admin", "retention"], store_paths)
    assert code == 0 and "Мають бути знеособлені: 1" in out and closed in out
    assert "Закритенко" not in out
    code, out = _run(["admin", "retention", "--apply", "--json"], store_paths)
    assert [p["person"] for p in json.loads(out)["people"]] == [closed]
    code, out = _run(["admin", "retention", "--json"], store_paths)
    assert json.loads(out)["people"] == []
    fix = ["admin", "erase", fixed, "--reason", "заява особи", "--correct", "surname=Помилко"]
    assert _run(fix, store_paths)[0] == 0
    born = ["admin", "erase", fixed, "--reason", "заява", "--correct", "birth_date=1950-03-01"]
    assert _run(born, store_paths)[0] == 0
    wrong = ["admin", "erase", fixed, "--reason", "заява", "--correct", "birth_date=вчора"]
    assert _run(wrong, store_paths)[0] == 2
    with Store.open(store_paths, LOGIN, PASSWORD) as store, store.read() as conn:
        table = Person.__table__  # type: ignore[attr-defined]
        names = dict(conn.execute(select(table.c.id, table.c.surname)).all())
        born_on = conn.execute(select(table.c.birth_date).where(table.c.id == fixed)).scalar()
    assert (names[closed], names[fixed]) == (ANONYMOUS_SURNAME, "Помилко")
    assert born_on == dt.date(1950, 3, 1)
