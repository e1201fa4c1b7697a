"""Strategy monitoring (the tables of the Izium and Melitopol strategies; CMU 449, REFERENCE.md
§10.1): per service and year, the persons assessed as needing it, those who received it and
the coverage, by sex, and the change over the previous year."""

from __future__ import annotations

from dataclasses import replace

from socdesk.domain.progress import Progress
from socdesk.domain.report_scope import ReportScope, change, share, years_in
from socdesk.reports.model import Cell, Chart, ChartKind, Column, ColumnKind, Table, Total
from socdesk.store import report_data as data
from socdesk.store.handles import Connection

PERCENT = ColumnKind.PERCENT
COLUMNS = (
    Column("code", "Код", ColumnKind.TEXT),
    Column("service", "Соціальна послуга", ColumnKind.TEXT),
    Column("year", "Рік", ColumnKind.TEXT),
    Column("needed", "Потребували (оцінено)", total=Total.NONE),
    Column("received", "Отримали", total=Total.NONE),
    Column("coverage", "Охоплення, %", PERCENT, Total.NONE),
    Column("needed_women", "Потребували: жінки", total=Total.NONE),
    Column("received_women", "Отримали: жінки", total=Total.NONE),
    Column("coverage_women", "Охоплення жінок, %", PERCENT, Total.NONE),
    Column("needed_men", "Потребували: чоловіки", total=Total.NONE),
    Column("received_men", "Отримали: чоловіки", total=Total.NONE),
    Column("coverage_men", "Охоплення чоловіків, %", PERCENT, Total.NONE),
    Column("trend", "Зміна отримувачів до попереднього року, %", PERCENT, Total.NONE),
)
NOTE = (
    "Потребували — особи, для яких оцінювання визначило потребу в послузі (рішення про надання "
    "чи про відмову через відсутність послуги) і випадок не припинено до початку року; "
    "отримали — особи, яким послугу надано в році. Охоплення = отримали / потребували."
)


def compute(conn: Connection, scope: ReportScope, progress: Progress) -> tuple[Table, ...]:
    years = years_in(scope.start, scope.end)
    progress.start("Моніторинг потреб і охоплення", len(years))
    rows: list[tuple[Cell, ...]] = []
    before: dict[str, int] = {}
    for year, start, end in years:
        progress.check_cancelled()
        within = replace(scope, start=start, end=end)
        need = {row[0]: row[1:] for row in data.needed(conn, within)}
        got = {row[0]: row[1:] for row in data.received(conn, within)}
        names = data.service_names(conn, end)
        for code in sorted(set(need) | set(got)):
            n_all, n_women, n_men = (int(v) for v in need.get(code, (0, 0, 0)))
            r_all, r_women, r_men = (int(v) for v in got.get(code, (0, 0, 0)))
            trend = change(r_all, before[code]) if code in before else None
            rows.append(
                (
                    code,
                    names.get(code, (code, ""))[0],
                    str(year),
                    n_all,
                    r_all,
                    share(r_all, n_all),
                    n_women,
                    r_women,
                    share(r_women, n_women),
                    n_men,
                    r_men,
                    share(r_men, n_men),
                    trend,
                )
            )
        before = {code: int(got.get(code, (0,))[0]) for code in set(need) | set(got)}
        progress.advance()
    rows.sort(key=lambda r: (str(r[0]), str(r[2])))
    chart = Chart(ChartKind.LINES, "year", ("received", "needed"), series="code")
    title = "Потреба в соціальних послугах і охоплення ними"
    return (Table("coverage", title, COLUMNS, rows, None, NOTE, chart),)
