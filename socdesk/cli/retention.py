"""`socdesk admin retention`, `admin retention-period`, `admin erase`: the retention period,
anonymising who is due, and a coordinator's rectification or erasure (store/retention.py).
Lists name people by id and dates only: what goes to a terminal may end in a log."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable

from socdesk import paths
from socdesk.cli import EXIT_OK, Io, _emit, _open_store
from socdesk.domain.errors import UsageError

Common = Callable[[argparse.ArgumentParser], None]


def add_admin_parsers(admin_sub: argparse._SubParsersAction, common: Common) -> None:  # type: ignore[type-arg]
    due = admin_sub.add_parser(
        "retention", help="хто має бути знеособлений після строку зберігання (--apply: знеособити)"
    )
    common(due)
    due.add_argument("--apply", action="store_true", help="знеособити всіх, кого показано")
    due.add_argument("--on", default=None, help="на дату ДД.ММ.РРРР (типово сьогодні)")
    period = admin_sub.add_parser(
        "retention-period", help="строк зберігання після закриття випадку"
    )
    common(period)
    period.add_argument("years", type=int, help="кількість років")
    period.add_argument("--from", dest="start", required=True, help="чинний з ДД.ММ.РРРР")
    period.add_argument("--source", required=True, help="джерело: номенклатура справ, наказ")
    erase = admin_sub.add_parser(
        "erase", help="виправити чи знищити дані особи (без сліду в історії змін)"
    )
    common(erase)
    erase.add_argument("person", help="id особи (socdesk find)")
    erase.add_argument("--reason", required=True, help="підстава (записується в журнал дій)")
    erase.add_argument("--field", action="append", default=[], help="знищити це поле картки")
    erase.add_argument("--correct", action="append", default=[], help="ПОЛЕ=правильне значення")


def _day(text: str | None) -> dt.date:
    from socdesk.domain.dates import read_day

    return (read_day(text, "on") if text else None) or dt.date.today()


def retention(args: argparse.Namespace, app_paths: paths.AppPaths, io: Io) -> int:
    from socdesk.store.retention import anonymise_due, due_people

    on = _day(args.on)
    with _open_store(args, app_paths, io) as store:
        if args.apply:
            due = anonymise_due(store, on)
        else:
            store.require_coordinator()
            with store.read() as conn:
                due = due_people(conn, on)
    rows = [
        {
            "person": d.person_id,
            "closed_on": d.closed_on.isoformat(),
            "ends_on": d.ends_on.isoformat(),
        }
        for d in due
    ]
    lines = "".join(
        f"  {d.person_id}  закрито {d.closed_on:%d.%m.%Y}, строк минув {d.ends_on:%d.%m.%Y}\n"
        for d in due
    )
    done = "Знеособлено" if args.apply else "Мають бути знеособлені"
    hint = "" if args.apply or not due else "Щоб знеособити їх, повторіть з --apply.\n"
    _emit(io, args, {"applied": args.apply, "people": rows}, f"{done}: {len(due)}\n{lines}{hint}")
    return EXIT_OK


def retention_period(args: argparse.Namespace, app_paths: paths.AppPaths, io: Io) -> int:
    from socdesk.store.retention import RetentionPeriod, set_period

    period = RetentionPeriod(args.years, _day(args.start), args.source)
    with _open_store(args, app_paths, io) as store:
        set_period(store, period)
    data = {"years": period.years, "valid_from": period.valid_from.isoformat()}
    _emit(
        io,
        args,
        data,
        f"Строк зберігання: {period.years} р. після закриття, з {period.valid_from:%d.%m.%Y}.\n",
    )
    return EXIT_OK


def erase(args: argparse.Namespace, app_paths: paths.AppPaths, io: Io) -> int:
    from socdesk.domain.retention import KIND_NAMES
    from socdesk.store.retention import erase_person

    corrected: dict[str, object] = {}
    for item in args.correct:
        name, sep, value = item.partition("=")
        if not sep:
            raise UsageError("--correct: ПОЛЕ=значення, наприклад --correct surname=Коваль")
        corrected[name.strip()] = value
    if corrected and args.field:
        raise UsageError("--field і --correct — окремі дії; виконайте їх по черзі.")
    with _open_store(args, app_paths, io) as store:
        try:
            done = erase_person(
                store,
                args.person,
                args.reason,
                dt.date.today(),
                fields=args.field,
                corrected=corrected,
            )
        except (ValueError, LookupError) as exc:
            raise UsageError(f"Не вдалося: {exc}. Перевірте id особи і назви полів.") from None
    _emit(
        io,
        args,
        {"erasure": done.id, "kind": done.kind.value, "fields": list(done.fields)},
        f"Готово: {KIND_NAMES[done.kind]} ({', '.join(done.fields)}).\n",
    )
    return EXIT_OK


ADMIN_COMMANDS = {"retention": retention, "retention-period": retention_period, "erase": erase}
