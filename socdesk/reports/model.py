"""What a report is: tables of typed columns with their totals, and the kinds of report (the
typed registry in `registry`). A kind computes its `Report` from rows the store aggregates;
screens, the CLI and the files (`output`) draw the same `Report`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from socdesk.domain.progress import Progress
from socdesk.domain.report_scope import ReportScope
from socdesk.store.handles import Connection

Cell = str | int | Decimal | None


class ColumnKind(StrEnum):
    TEXT = "text"
    COUNT = "count"  # persons, services, documents
    QUANTITY = "quantity"  # in the classifier's unit (1.5 hours)
    MONEY = "money"  # hryvnias, two decimals
    PERCENT = "percent"  # one decimal


class Total(StrEnum):
    SUM = "sum"  # the total is the sum of the rows
    DISTINCT = "distinct"  # persons counted once however many rows they are in
    NONE = "none"  # no total (units of different services, shares)


@dataclass(frozen=True, slots=True)
class Column:
    key: str
    title: str
    kind: ColumnKind = ColumnKind.COUNT
    total: Total = Total.SUM


class ChartKind(StrEnum):
    BARS = "bars"  # a bar per row (per service)
    LINES = "lines"  # a line per series over `x` (years)
    SPLIT = "split"  # the split by sex


@dataclass(frozen=True, slots=True)
class Chart:
    kind: ChartKind
    label: str  # the column naming each bar, or the x axis of lines
    values: tuple[str, ...]  # the columns drawn
    series: str = ""  # lines: the column naming each line


# Each table's sheet in a workbook: a whole word or two, never a title cut at 31 characters.
SHEETS = {
    "services": "Послуги",
    "by_sex": "За статтю",
    "by_category": "Категорії",
    "by_place": "Округи",
    "by_payment": "Договори",
    "quality": "Якість",
    "appeals": "Звернення",
    "decisions": "Рішення",
    "refuse_grounds": "Відмови",
    "terminate_grounds": "Припинення",
    "documents": "Документи",
    "per_worker": "Працівники",
    "staffing": "Нормативи",
    "deadlines": "Строки",
    "coverage": "Охоплення",
}


@dataclass(frozen=True, slots=True)
class Table:
    code: str
    title: str
    columns: tuple[Column, ...]
    rows: list[tuple[Cell, ...]]
    total: tuple[Cell, ...] | None = None  # the «Усього» row
    note: str = ""
    chart: Chart | None = None
    subtotals: frozenset[int] = frozenset()  # rows that add others up: bold like «Усього»

    def bold(self, index: int) -> bool:
        """Whether row `index` is drawn in bold: a subtotal, or the «Усього» row that follows
        the rows (`index == len(rows)`)."""
        return index in self.subtotals or (self.total is not None and index == len(self.rows))

    @property
    def sheet(self) -> str:
        """The table's short name for a workbook's sheet tab (Excel cuts names at 31)."""
        return SHEETS.get(self.code, self.title)

    def column(self, key: str) -> list[Cell]:
        index = [c.key for c in self.columns].index(key)
        return [row[index] for row in self.rows]


@dataclass(frozen=True, slots=True)
class Report:
    kind: str
    title: str
    scope: ReportScope
    filters: tuple[tuple[str, str], ...]  # (what, value) as written on every sheet and page
    tables: tuple[Table, ...]
    letterhead: dict[str, str] = field(default_factory=dict)

    def table(self, code: str) -> Table:
        return next(t for t in self.tables if t.code == code)


@dataclass(frozen=True, slots=True)
class ReportKind:
    code: str
    title: str
    description: str
    compute: Callable[[Connection, ReportScope, Progress], tuple[Table, ...]]


def with_total(
    code: str,
    title: str,
    columns: Sequence[Column],
    rows: list[tuple[Cell, ...]],
    distinct: dict[str, Cell] | None = None,
    **extra: object,
) -> Table:
    """A table whose «Усього» row sums its SUM columns and takes DISTINCT ones from
    `distinct` (counted in SQL, once per person); the first column reads «Усього»."""
    total: list[Cell] = []
    for index, column in enumerate(columns):
        if index == 0:
            total.append("Усього")
        elif column.kind is ColumnKind.TEXT:
            total.append(None)
        elif column.total is Total.SUM:
            total.append(sum((_number(row[index]) for row in rows), start=_zero(column)))
        elif column.total is Total.DISTINCT:
            total.append((distinct or {}).get(column.key))
        else:
            total.append(None)
    return Table(code, title, tuple(columns), rows, tuple(total), **extra)  # type: ignore[arg-type]


def _number(value: Cell) -> int | Decimal:
    return value if isinstance(value, int | Decimal) else 0


def _zero(column: Column) -> int | Decimal:
    return Decimal(0) if column.kind in (ColumnKind.QUANTITY, ColumnKind.MONEY) else 0


def period_text(start: dt.date, end: dt.date) -> str:
    return f"{start:%d.%m.%Y} – {end:%d.%m.%Y}"
