"""`socdesk print` and `socdesk find`: documents for a person, a case or a period, and the
people and cases to print them for, with the ids the other commands take."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from socdesk import paths
from socdesk.cli import EXIT_OK, EXIT_PARTIAL, Io, _emit, _open_store
from socdesk.domain.dates import check_period, parse_day, parse_month
from socdesk.domain.errors import UsageError, ValidationError

if TYPE_CHECKING:
    import datetime as dt

    from socdesk.documents.registry import Subject
    from socdesk.store.handles import Connection

T = TypeVar("T")


def print_documents(args: argparse.Namespace, app_paths: paths.AppPaths, io: Io) -> int:
    import datetime as dt

    from socdesk.documents.registry import Subject, kinds, period_id

    if args.list:
        listed = [
            {"kind": k.code, "title": k.title, "for": k.subject.value, "batch": k.batch is not None}
            for k in kinds().values()
        ]
        text = "".join(f"{k['kind']:28} {k['title']} ({k['for']})\n" for k in listed)
        _emit(io, args, {"kinds": listed}, text)
        return EXIT_OK
    if not args.kind:
        raise UsageError("Укажіть вид документа (socdesk print --list) або batch.")
    today = dt.date.today()
    if args.kind == "batch":
        return _print_batch(args, app_paths, io, *_period(args))
    from socdesk.documents.printing import kind_of, make

    kind = kind_of(args.kind)
    subject = args.id
    if kind.subject is Subject.PERIOD:
        subject = period_id(*_period(args))
    elif kind.subject is not Subject.NONE and not subject:
        raise UsageError(f"Для «{kind.title}» укажіть --id (знайти id: socdesk find ПРІЗВИЩЕ).")
    if kind.subject is Subject.CASE_MONTH:
        if not args.month:
            raise UsageError("Для акта наданих послуг укажіть --month ММ.РРРР.")
        year, month = _usage(lambda: parse_month(args.month, "month", "--month"))
        subject = f"{args.id}:{year:04d}-{month:02d}"
    out = (args.out or Path(f"{kind.code.replace(':', '_')}.pdf")).absolute()
    with _open_store(args, app_paths, io) as store:
        with store.read() as conn:
            _check_subject(conn, kind.title, kind.subject, args.id)
        made = make(store, kind.code, subject, today)
    from socdesk.store.files import atomic_write

    atomic_write(out, made.pdf)
    _emit(io, args, {"file": str(out), "record": made.record_id}, f"Збережено: {out}\n")
    return EXIT_OK


def _usage(parse: Callable[[], T]) -> T:
    """A parsed option; what cannot be read is a usage error (exit 2)."""
    try:
        return parse()
    except ValidationError as exc:
        raise UsageError(f"{exc}\nДовідка: socdesk print --help") from None


def _period(args: argparse.Namespace) -> tuple[dt.date, dt.date]:
    """--from and --to, as ДД.ММ.РРРР or ISO; a period ending before it starts is refused."""
    if not args.start or not args.end:
        raise UsageError("Укажіть період: --from ДД.ММ.РРРР --to ДД.ММ.РРРР.")
    start = _usage(lambda: parse_day(args.start, "start", "--from"))
    end = _usage(lambda: parse_day(args.end, "end", "--to"))
    _usage(lambda: check_period(start, end))
    return start, end


def _check_subject(conn: Connection, title: str, subject: Subject, given: str) -> None:
    """The --id names what the kind is printed for: a person's id for a person's document, a
    case's for a case's (a plan's revision is `ID@N`); otherwise a usage error that says what
    the id is and which one to give."""
    from socdesk.documents.registry import Subject
    from socdesk.store.cases import cases_by_id, cases_of_person
    from socdesk.store.people import person_rows

    wanted = {Subject.PERSON: "person", Subject.CASE: "case", Subject.CASE_MONTH: "case"}
    if subject not in wanted:
        return
    key = given.partition("@")[0] if subject is Subject.CASE else given
    case = cases_by_id(conn, [key]).get(key)
    person = None if case else next(iter(person_rows(conn, [key])), None)
    if wanted[subject] == "person" and case is not None:
        raise UsageError(
            f"«{title}» друкують для особи, а {key} — id справи {case.number}. "
            f"Id особи цієї справи: {case.person_id}."
        )
    if wanted[subject] == "case" and person is not None:
        numbers = ", ".join(f"{c.number} ({c.id})" for c in cases_of_person(conn, key))
        raise UsageError(
            f"«{title}» друкують для справи, а {key} — id особи {person.full_name}. "
            + (f"Її справи: {numbers}." if numbers else "Справ у неї немає.")
        )
    if case is None and person is None:
        raise UsageError(
            f"Немає ні особи, ні справи з id «{key}». Знайдіть id: socdesk find ПРІЗВИЩЕ."
        )


def _print_batch(
    args: argparse.Namespace, app_paths: paths.AppPaths, io: Io, start: dt.date, end: dt.date
) -> int:
    import datetime as dt

    from socdesk.documents.batch import print_batch

    if not args.batch_kind or args.out is None:
        raise UsageError("socdesk print batch ВИД --from ДАТА --to ДАТА --out ПАПКА|ФАЙЛ.pdf")
    with _open_store(args, app_paths, io) as store:
        result = print_batch(
            store,
            args.batch_kind,
            start,
            end,
            args.out.absolute(),
            dt.date.today(),
            district_ids=[args.district] if args.district else None,
        )
        with store.read() as conn:
            names = _subject_names(conn, [s for s, _ in result.skipped])
    data = {
        "printed": result.printed,
        "skipped": [{"subject": s, "name": names[s], "why": w} for s, w in result.skipped],
        "files": [str(f) for f in result.files],
    }
    text = f"Надруковано: {result.printed}, пропущено: {len(result.skipped)}\n" + "".join(
        f"  {names[s]}: {w}\n" for s, w in result.skipped
    )
    _emit(io, args, data, text)
    return EXIT_PARTIAL if result.skipped else EXIT_OK


def _subject_names(conn: Connection, subjects: Sequence[str]) -> dict[str, str]:
    """What a person reads for a batch's subject: «справа ІЗМ-2026-0012, Коваль Олена
    Іванівна» (a case, or a case's month «за 03.2026»), or a person's name; the id itself
    only when the records no longer have it."""
    from socdesk.store.cases import cases_by_id
    from socdesk.store.people import person_rows

    keys = {s: s.partition(":")[0] for s in subjects}
    cases = cases_by_id(conn, list(keys.values()))
    people = {
        p.id: p.full_name
        for p in person_rows(conn, [*keys.values(), *(c.person_id for c in cases.values())])
    }
    names = {}
    for subject, key in keys.items():
        case = cases.get(key)
        month = subject.partition(":")[2]
        if case is None:
            names[subject] = people.get(key, subject)
            continue
        names[subject] = f"справа {case.number}, {people.get(case.person_id, '')}".rstrip(", ")
        if month:
            names[subject] += f" (за {month[5:7]}.{month[:4]})"
    return names


def find(args: argparse.Namespace, app_paths: paths.AppPaths, io: Io) -> int:
    """People found by the register's search (the full-text index: Cyrillic in any case,
    РНОКПП, phone, settlement), each with their cases, with the ids other commands take."""
    from socdesk.domain.cases import STATE_NAMES
    from socdesk.store.cases import cases_of_person
    from socdesk.store.people import person_rows, search_person_ids

    if args.limit < 1:
        raise UsageError("--limit має бути додатним числом.")
    with _open_store(args, app_paths, io) as store, store.read() as conn:
        people = person_rows(conn, search_person_ids(conn, args.text, args.limit))
        cases = {p.id: cases_of_person(conn, p.id) for p in people}
    found = [
        {
            "id": p.id,
            "name": p.full_name,
            "birth_date": p.birth_date.isoformat() if p.birth_date else None,
            "settlement": p.settlement,
            "cases": [
                {
                    "id": c.id,
                    "number": c.number,
                    "state": c.state.value,
                    "received_on": c.received_on.isoformat(),
                }
                for c in cases[p.id]
            ],
        }
        for p in people
    ]
    lines = [
        f"{p.full_name}"
        + (f", {p.birth_date:%d.%m.%Y}" if p.birth_date else "")
        + (f", {p.settlement}" if p.settlement else "")
        + f"\n  особа: {p.id}\n"
        + "".join(
            f"  справа {c.number} від {c.received_on:%d.%m.%Y} ({STATE_NAMES[c.state]}): {c.id}\n"
            for c in cases[p.id]
        )
        for p in people
    ]
    text = "".join(lines) if people else f"За запитом «{args.text}» нікого не знайдено.\n"
    _emit(io, args, {"people": found}, text)
    return EXIT_OK
