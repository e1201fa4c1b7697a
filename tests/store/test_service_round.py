"""The day's round: the chosen worker's recipients due that day by plan and contract, with
what is already logged; and the worker's hours of a day."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from support import home_care_case, set_up_places

from socdesk.store.database import Store
from socdesk.store.schema import Worker
from socdesk.store.service_log import Delivered, log_services, round_stops, worker_day_hours

MONDAY, TUESDAY, SATURDAY = dt.date(2026, 3, 9), dt.date(2026, 3, 10), dt.date(2026, 3, 14)


def add_worker(store: Store, surname: str) -> str:
    with store.write() as uow:
        return uow.insert(
            Worker, {"surname": surname, "given_name": "Марія", "position": "соцробітник"}
        )


def test_the_round_lists_only_the_workers_recipients_due_that_day(store: Store) -> None:
    set_up_places(store, "Бабенкове")
    ivanenko, petrenko = add_worker(store, "Іваненко"), add_worker(store, "Петренко")
    mon_wed_fri = home_care_case(store, "Бондар", ivanenko)
    tue_thu = home_care_case(store, "Гнатюк", ivanenko, schedule="вт, чт, 10:00–12:00")
    home_care_case(store, "Коваль", petrenko)
    home_care_case(store, "Мельник", None)
    with store.read() as conn:
        monday = round_stops(conn, "015.1", on=MONDAY, worker_id=ivanenko)
        tuesday = round_stops(conn, "015.1", on=TUESDAY, worker_id=ivanenko)
        saturday = round_stops(conn, "015.1", on=SATURDAY, worker_id=ivanenko)
        before_contract = round_stops(conn, "015.1", on=dt.date(2026, 2, 27), worker_id=ivanenko)
        everyone = round_stops(conn, "015.1")  # without a day: every delivering case
    assert [s.case_id for s in monday] == [mon_wed_fri]
    assert [s.case_id for s in tuesday] == [tue_thu]
    assert saturday == [] and before_contract == []
    assert len(everyone) == 4


def test_the_round_shows_what_is_logged_and_the_worker_day_hours(store: Store) -> None:
    set_up_places(store, "Бабенкове")
    worker = add_worker(store, "Іваненко")
    case = home_care_case(store, "Бондар", worker)
    with store.read() as conn:
        (stop,) = round_stops(conn, "015.1", on=MONDAY, worker_id=worker)
    with store.write() as uow:
        log_services(
            uow, [Delivered(case, stop.person_id, "015.1", MONDAY, Decimal("2.5"), worker)], MONDAY
        )
    with store.read() as conn:
        (stop,) = round_stops(conn, "015.1", on=MONDAY, worker_id=worker)
        assert stop.logged == Decimal("2.5")
        assert worker_day_hours(conn, worker, MONDAY) == Decimal("2.5")
        assert worker_day_hours(conn, worker, TUESDAY) == Decimal(0)
