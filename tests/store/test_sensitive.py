"""Sensitive sections of filled forms in the store: who reads them, what others get, break the
glass (a reason, a synced and audited record, a limited time), the coordinator's list, and
printing and subject access under the same rule."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import Connection, delete, select
from support import FAST_KDF, add_person, assessing_case

from socdesk.documents.printing import make, reprint
from socdesk.documents.subject_access import export_subject
from socdesk.domain.errors import NotPermitted, ValidationError
from socdesk.domain.people import Role
from socdesk.domain.sensitive import Sensitivity
from socdesk.store import casework as cw
from socdesk.store.database import NewUser, Store
from socdesk.store.forms import current_definition, save_form_draft
from socdesk.store.merge import merge_people
from socdesk.store.schema import (
    AppUser,
    AuditEntry,
    FieldHistory,
    FormRecord,
    OutboxEntry,
    ServiceEntry,
    SocialCase,
)
from socdesk.store.sensitive import accesses, break_glass, may_read, shown_answers, shown_value

NOW = dt.datetime(2026, 11, 20, 9, 0, tzinfo=dt.UTC)
DAY = dt.date(2026, 11, 20)
ANSWERS = {
    "assessed_on": "2026-11-19",
    "health": "unsatisfactory",
    "health_note": "ДІАГНОЗ-КАНАРКА",
    "habits": "signs",
    "employment": "pensioner",
    "violence": True,
    "housing": "satisfactory",
}
SENSITIVE = {"health", "health_note", "habits", "violence"}
USERS = {
    "petro": Role.SPECIALIST,  # the case's responsible worker
    "ivan": Role.SPECIALIST,  # another specialist of the district
    "maria": Role.CENTRE_STAFF,  # will deliver the case's services
    "halyna": Role.HEAD,
}


@pytest.fixture
def case_id(store: Store) -> str:
    for login, role in USERS.items():
        store.add_user(NewUser(login, f"пароль-{login}-1", login.title(), role), FAST_KDF)
    case = assessing_case(store)
    with store.write() as uow:
        cw.assign_worker(uow, case, worker(store, "petro"))
    with store.write(user_id=user(store, "petro")) as uow:
        save_form_draft(uow, None, assessment(), ANSWERS, case_id=case)
    return case


def assessment() -> object:
    return current_definition(cw.ASSESSMENT_FORM, DAY)


def _user_row(store: Store, login: str) -> AppUser:
    with store.read() as conn:
        table = AppUser.__table__  # type: ignore[attr-defined]
        row = conn.execute(select(table).where(table.c.login == login)).one()
    return AppUser.model_validate(row._mapping)


def user(store: Store, login: str) -> str:
    return _user_row(store, login).id


def worker(store: Store, login: str) -> str:
    found = _user_row(store, login).worker_id
    assert found
    return found


@contextmanager
def signed_in(store: Store, login: str) -> Iterator[Store]:
    with Store.open(store.paths, login, f"пароль-{login}-1") as other:
        yield other


def person_of_case(conn: Connection, case_id: str) -> str:
    table = SocialCase.__table__  # type: ignore[attr-defined]
    found: str = conn.execute(select(table.c.person_id).where(table.c.id == case_id)).scalar_one()
    return found


def shown(store: Store, case: str, now: dt.datetime = NOW) -> dict[str, object]:
    with store.read() as conn:
        record = cw.latest_form(conn, case, cw.ASSESSMENT_FORM)
        return shown_answers(conn, record, now).answers


def test_the_responsible_worker_and_the_head_read_everything(store: Store, case_id: str) -> None:
    for login in ("petro", "halyna"):
        with signed_in(store, login) as reader:
            assert shown(reader, case_id) == ANSWERS


@pytest.mark.parametrize("login", ["ivan", "maria", "olena"])
def test_others_get_the_form_without_its_sensitive_values(
    store: Store, case_id: str, login: str
) -> None:
    with (
        signed_in(store, login) if login != "olena" else _same(store) as reader,
        reader.read() as conn,
    ):
        record = cw.latest_form(conn, case_id, cw.ASSESSMENT_FORM)
        result = shown_answers(conn, record, NOW)
    assert result.answers == {k: v for k, v in ANSWERS.items() if k not in SENSITIVE}
    assert "ДІАГНОЗ-КАНАРКА" not in repr(result)
    assert result.hidden == {
        "person": (Sensitivity.HEALTH, Sensitivity.ADDICTION, Sensitivity.DISABILITY),
        "environment": (Sensitivity.VIOLENCE,),
    }


@contextmanager
def _same(store: Store) -> Iterator[Store]:
    yield store  # the coordinator (the fixture's user)


def test_centre_staff_read_once_they_serve_the_case(store: Store, case_id: str) -> None:
    with store.read() as conn:
        person = person_of_case(conn, case_id)
    with store.write() as uow:
        uow.insert(
            ServiceEntry,
            {
                "case_id": case_id,
                "person_id": person,
                "service_code": "015.1",
                "on": DAY,
                "units_x100": 200,
                "unit": "година",
                "worker_id": worker(store, "maria"),
            },
        )
    with signed_in(store, "maria") as reader:
        assert shown(reader, case_id) == ANSWERS


def test_the_worker_who_filled_the_form_in_reads_it(store: Store, case_id: str) -> None:
    with store.read() as conn:
        record = cw.latest_form(conn, case_id, cw.ASSESSMENT_FORM)
    with store.write(user_id=user(store, "ivan")) as uow:  # ivan edits the draft
        save_form_draft(uow, record.id, assessment(), {**ANSWERS, "housing_note": "Так"})
    with signed_in(store, "ivan") as reader:
        assert shown(reader, case_id)["health_note"] == "ДІАГНОЗ-КАНАРКА"


def test_break_the_glass_needs_a_reason_and_lasts_a_working_day(store: Store, case_id: str) -> None:
    with signed_in(store, "ivan") as ivan:
        with ivan.read() as conn:
            person = person_of_case(conn, case_id)
        with pytest.raises(ValidationError, match="щонайменше 10 символів"), ivan.write() as uow:
            break_glass(uow, person_id=person, case_id=case_id, reason="треба", now=NOW)
        assert "health" not in shown(ivan, case_id)
        with ivan.write() as uow:
            access = break_glass(
                uow,
                person_id=person,
                case_id=case_id,
                reason="Заміщую Петра на екстреному виклику",
                now=NOW,
            )
        assert shown(ivan, case_id) == ANSWERS
        assert shown(ivan, case_id, NOW + dt.timedelta(hours=7, minutes=59)) == ANSWERS
        assert "health" not in shown(ivan, case_id, NOW + dt.timedelta(hours=8))
        assert "health" not in shown(ivan, case_id, NOW - dt.timedelta(minutes=1))
        with ivan.read() as conn:
            outbox = OutboxEntry.__table__  # type: ignore[attr-defined]
            audit = AuditEntry.__table__  # type: ignore[attr-defined]
            assert conn.execute(
                select(outbox.c.row_id).where(outbox.c.table_name == "sensitive_access")
            ).scalars().all() == [access]  # synced: it travels to the coordinator
            assert conn.execute(
                select(audit.c.detail).where(audit.c.action == "sensitive.break_glass")
            ).scalars().all() == [access]
        assert may_read_other_person(ivan) is False


def may_read_other_person(store: Store) -> bool:
    with store.read() as conn:
        return may_read(conn, person_id="someone-else", case_id=None, now=NOW)


def test_the_coordinator_lists_the_accesses_others_may_not(store: Store, case_id: str) -> None:
    with signed_in(store, "ivan") as ivan:
        with ivan.write() as uow:
            record = cw.latest_form(uow.connection, case_id, cw.ASSESSMENT_FORM)
            person = person_of_case(uow.connection, case_id)
            break_glass(
                uow, person_id=person, case_id=record.case_id, reason="Виклик поліції", now=NOW
            )
        with pytest.raises(NotPermitted, match="координатор"), ivan.read() as conn:
            accesses(conn)
    with store.read() as conn:
        (found,) = accesses(conn)
    assert found.worker == "Ivan, Фахівець із соціальної роботи"
    assert found.person == "Коваль Ганна"
    assert (found.granted_at, found.until) == ("2026-11-20T09:00:00Z", "2026-11-20T17:00:00Z")
    assert found.reason == "Виклик поліції"


def test_printing_and_reprinting_follow_the_same_rule(store: Store, case_id: str) -> None:
    with signed_in(store, "petro") as petro:
        original = make(petro, f"act:{cw.ASSESSMENT_FORM}", case_id, DAY)
    assert original.snapshot["answers"]["health_note"] == "ДІАГНОЗ-КАНАРКА"
    with signed_in(store, "ivan") as ivan:
        printed = make(ivan, f"act:{cw.ASSESSMENT_FORM}", case_id, DAY)
        copy = reprint(ivan, original.record_id)
    for result in (printed, copy):
        assert "ДІАГНОЗ-КАНАРКА" not in repr(result.snapshot)
        assert result.snapshot["hidden"] == {
            "person": ["health", "addiction", "disability"],
            "environment": ["violence"],
        }


def test_a_subject_access_export_needs_the_sensitive_sections(
    store: Store, case_id: str, tmp_path: Path
) -> None:
    _refused_to_ivan_exported_for_petro(store, case_id, tmp_path)


def _refused_to_ivan_exported_for_petro(store: Store, case_id: str, tmp_path: Path) -> None:
    with store.read() as conn:
        person = person_of_case(conn, case_id)
    _refused_then_exported(store, person, tmp_path)


def _refused_then_exported(store: Store, person: str, tmp_path: Path) -> None:
    with signed_in(store, "ivan") as ivan, pytest.raises(NotPermitted, match="обґрунтуванням"):
        export_subject(ivan, person, tmp_path / "ivan", DAY)
    assert not (tmp_path / "ivan").exists()
    with signed_in(store, "petro") as petro:
        files = export_subject(petro, person, tmp_path / "petro", DAY)
    assert "ДІАГНОЗ-КАНАРКА" in files.json_path.read_text("utf-8")


def test_a_conflicts_values_of_a_form_follow_the_rule(store: Store, case_id: str) -> None:
    other_side = {**ANSWERS, "health_note": "ІНША-КАНАРКА"}
    for login, sees in (("ivan", False), ("petro", True)):
        with signed_in(store, login) as reader, reader.read() as conn:
            record = cw.latest_form(conn, case_id, cw.ASSESSMENT_FORM)
            value = shown_value(conn, "form_record", record.id, "answers", other_side)
            assert ("ІНША-КАНАРКА" in repr(value)) is sees
            assert value["employment"] == "pensioner"
            assert shown_value(conn, "person", "p", "phone", "+380") == "+380"
            assert shown_value(conn, "form_record", "gone", "answers", other_side) == {}


def _form_id(store: Store, case_id: str) -> str:
    with store.read() as conn:
        found: str = cw.latest_form(conn, case_id, cw.ASSESSMENT_FORM).id
    return found


def _clear_sensitive_answers(store: Store, case_id: str) -> None:
    """The sensitive answers cleared: the form's current answers hold none of them."""
    cleared = {k: v for k, v in ANSWERS.items() if k not in SENSITIVE}
    with store.write(user_id=user(store, "petro")) as uow:
        save_form_draft(uow, _form_id(store, case_id), assessment(), cleared)


def _history_gone(store: Store) -> None:
    """The history of changes is local and never travels: a device that got the rows by sync
    (or a restored store) holds none of it."""
    with store.write() as uow:
        uow.connection.execute(delete(FieldHistory.__table__))  # type: ignore[attr-defined]


def _deleted(store: Store, case_id: str) -> None:
    with store.write() as uow:
        uow.delete(FormRecord, _form_id(store, case_id))


def _printed_then_cleared(store: Store, case_id: str) -> None:
    with signed_in(store, "petro") as petro:
        make(petro, f"act:{cw.ASSESSMENT_FORM}", case_id, DAY)
    _clear_sensitive_answers(store, case_id)
    _history_gone(store)


@pytest.mark.parametrize(
    "left_in",
    [_clear_sensitive_answers, _deleted, _printed_then_cleared],
    ids=["history", "deleted", "printed"],
)
def test_an_export_is_refused_wherever_the_sensitive_values_are_left(
    store: Store, case_id: str, tmp_path: Path, left_in: Callable[[Store, str], None]
) -> None:
    """The export carries deleted forms, the history of answers (old and new) and printed
    snapshots: a sensitive value in any of them refuses it to a reader not entitled."""
    left_in(store, case_id)
    _refused_to_ivan_exported_for_petro(store, case_id, tmp_path)


def test_an_export_asked_by_a_merged_records_id_is_refused_too(
    store: Store, case_id: str, tmp_path: Path
) -> None:
    """The export follows the merge to the survivor: so does the refusal."""
    merged = add_person(store, "Коваль", "Ганна", birth_date=dt.date(1944, 5, 1))
    with store.write() as uow:
        merge_people(uow, person_of_case(uow.connection, case_id), merged)
    _refused_then_exported(store, merged, tmp_path)
