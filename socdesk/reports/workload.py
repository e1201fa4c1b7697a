"""Workload: services and hours per worker per month; the staff against the staffing norms
(the recommended norms to Law 2671-VIII); the decision deadline kept and missed per district
and worker."""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from socdesk.domain.deadlines import due_date
from socdesk.domain.progress import Progress
from socdesk.domain.report_scope import ReportScope, managers_needed, specialists_needed
from socdesk.domain.text import sort_key
from socdesk.reports.model import Cell, Chart, ChartKind, Column, ColumnKind, Table, Total
from socdesk.reports.model import with_total as _with_total
from socdesk.store import report_data as data
from socdesk.store.calendar import deadline_rules, work_calendar
from socdesk.store.handles import Connection

NO_WORKER = "працівника не вказано"
POSITIONS = (
    ("менеджер", "Соціальні менеджери"),
    ("фахів", "Фахівці із соціальної роботи"),
    ("робітник", "Соціальні робітники"),
)
OTHER_POSITION = "Інші працівники"


def compute(conn: Connection, scope: ReportScope, progress: Progress) -> tuple[Table, ...]:
    progress.start("Навантаження", 3)
    tables = []
    for step in (_per_worker, _staffing, _deadlines):
        progress.check_cancelled()
        tables.append(step(conn, scope))
        progress.advance()
    return tuple(tables)


def _per_worker(conn: Connection, scope: ReportScope) -> Table:
    workers = data.worker_names(conn)
    rows: list[tuple[Cell, ...]] = []
    for worker_id, month, people, lines, hours in data.workload(conn, scope):
        name, position = workers.get(worker_id, (NO_WORKER, ""))
        rows.append(
            (
                name,
                position,
                f"{month[5:7]}.{month[:4]}",
                int(people),
                int(lines),
                Decimal(hours) / 100,
            )
        )
    rows.sort(key=lambda r: (r[0] == NO_WORKER, sort_key(str(r[0])), str(r[2])[3:], str(r[2])))
    columns = (
        Column("worker", "Працівник", ColumnKind.TEXT),
        Column("position", "Посада", ColumnKind.TEXT),
        Column("month", "Місяць", ColumnKind.TEXT),
        Column("recipients", "Отримувачів", total=Total.DISTINCT),
        Column("services", "Надано послуг"),
        Column("hours", "Годин", ColumnKind.QUANTITY),
    )
    served: dict[str, Cell] = {"recipients": data.served_people(conn, scope)}
    chart = Chart(ChartKind.BARS, "worker", ("services",))
    title = "Послуги і години на працівника за місяць"
    return _with_total("per_worker", title, columns, rows, served, chart=chart)


def position_group(position: str) -> str:
    lowered = position.lower()
    return next((label for word, label in POSITIONS if word in lowered), OTHER_POSITION)


def _staffing(conn: Connection, scope: ReportScope) -> Table:
    staff: dict[str, int] = defaultdict(int)
    for position in data.active_positions(conn):
        staff[position_group(position)] += 1
    urban, rural = scope.urban_population, scope.rural_population
    known = urban is not None or rural is not None
    norms: dict[str, int | None] = {label: None for _, label in POSITIONS}
    if known:
        norms["Соціальні менеджери"] = managers_needed(urban or 0, rural or 0)
        norms["Фахівці із соціальної роботи"] = specialists_needed((urban or 0) + (rural or 0))
    rows: list[tuple[Cell, ...]] = []
    for label in [*(label for _, label in POSITIONS), OTHER_POSITION]:
        norm = norms.get(label)
        have = staff.get(label, 0)
        rows.append((label, have, norm, None if norm is None else have - norm))
    columns = (
        Column("position", "Посада", ColumnKind.TEXT),
        Column("staff", "Працює"),
        Column("norm", "За нормою", total=Total.NONE),
        Column("difference", "Різниця", total=Total.NONE),
    )
    note = (
        "Рекомендовані нормативи чисельності (до Закону України «Про соціальні послуги» "
        "від 17.01.2019 № 2671-VIII): соціальний менеджер — до 30 тис. міського і до 3 тис. "
        "сільського населення; ФСР — на 1 тис. мешканців у громаді до 5 тис., на 1,5 тис. — "
        "5–10 тис., на 2,5 тис. — понад 10 тис."
    )
    if not known:
        note += " Чисельність населення не вказано: норму не пораховано."
    return _with_total("staffing", "Працівники і нормативи чисельності", columns, rows, note=note)


def _deadlines(conn: Connection, scope: ReportScope) -> Table:
    calendar, rules = work_calendar(conn), deadline_rules(conn)
    workers = data.worker_names(conn)
    counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])
    for _case, received, urgent, district, worker_id, decided in data.deadline_cases(conn, scope):
        due = due_date(
            calendar, received, rules.rule("decision_urgent" if urgent else "decision", received)
        )
        key = (district or "—", workers.get(worker_id or "", (NO_WORKER, ""))[0])
        if decided is not None:
            counts[key][0 if decided <= due else 1] += 1
        else:
            counts[key][1 if due < scope.end else 2] += 1
    rows: list[tuple[Cell, ...]] = [
        (district, worker, kept, missed, pending)
        for (district, worker), (kept, missed, pending) in sorted(
            counts.items(), key=lambda item: sort_key(*item[0])
        )
    ]
    columns = (
        Column("district", "Старостинський округ", ColumnKind.TEXT),
        Column("worker", "Відповідальний працівник", ColumnKind.TEXT),
        Column("kept", "Рішення вчасно"),
        Column("missed", "Строк порушено"),
        Column("pending", "Строк ще не сплив"),
    )
    note = (
        "Звернення, одержані в періоді: рішення про надання чи відмову в строк (10 робочих "
        "днів, екстрено — 1 доба, як чинно на день одержання) чи пізніше; без рішення — "
        "порушено, якщо строк сплив до кінця періоду."
    )
    title = "Строки ухвалення рішень за округами і працівниками"
    return _with_total("deadlines", title, columns, rows, note=note)
