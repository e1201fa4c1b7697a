"""The territorial centre's half-year or annual report (the structure of the Pokrov centre's
analytical note, sources/pokrov-territorial-centre-report-2021-h1.txt): per department and
service, recipients served and services delivered in the classifier's units; by sex, by
category, by settlement and starosta district, by payment category; appeals by channel,
decisions, refusals and terminations with their reasons; contracts, living-conditions acts and
individual plans drawn up, as counts and as a share of the recipients served."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from socdesk.documents.kinds.application import CHANNELS
from socdesk.documents.kinds.decision import GROUNDS
from socdesk.domain.progress import Progress
from socdesk.domain.report_scope import ReportScope, share
from socdesk.domain.text import sort_key
from socdesk.reports.model import Cell, Chart, ChartKind, Column, ColumnKind, Table, Total
from socdesk.reports.model import with_total as _with_total
from socdesk.store import report_data as data
from socdesk.store.handles import Connection
from socdesk.store.payments import ledger, per_recipient
from socdesk.store.surveys import survey_summary

# The centre's departments (відділення) by the classifier's code; other services are the
# centre's «інші послуги».
DEPARTMENTS = {
    "015.1": "Відділення соціальної допомоги вдома",
    "015.4": "Відділення соціальної допомоги вдома",
    "008.1": "Відділення соціальної допомоги вдома",
    "015.3": "Відділення денного перебування",
    "015.3.1": "Відділення денного перебування",
    "013.0": "Відділення денного перебування",
    "009.2": "Відділення обліку та соціального супроводу бездомних громадян",
    "011.0": "Відділення обліку та соціального супроводу бездомних громадян",
    "006.0": "Відділення організації надання адресної натуральної допомоги",
}
OTHER_DEPARTMENT = "Інші соціальні послуги"
SEXES = (("female", "жінки"), ("male", "чоловіки"), ("", "стать не вказано"))
PAYMENT_CATEGORIES = (
    ("free", "безоплатно"),
    ("differentiated", "з диференційованою платою"),
    ("paid", "платно"),
)
DECISION_KINDS = (
    ("grant", "про надання"),
    ("refuse", "про відмову"),
    ("terminate", "про припинення"),
)
DOCUMENTS = (
    ("contract", "Договори про надання соціальних послуг"),
    ("living_conditions", "Акти обстеження матеріально-побутових умов"),
    ("plan", "Індивідуальні плани"),
    ("plan_review", "Переглянуті індивідуальні плани"),
)
CHILDREN = "Діти (до 18 років)"
RECIPIENTS = Column("recipients", "Отримувачів", total=Total.DISTINCT)
LINES = Column("services", "Надано послуг")


def compute(conn: Connection, scope: ReportScope, progress: Progress) -> tuple[Table, ...]:
    progress.start("Звіт територіального центру", 9)
    steps = (
        _services,
        _by_sex,
        _by_category,
        _by_place,
        _payments,
        _appeals,
        _decisions,
        _documents,
        _quality,
    )
    # The people served by sex and place: one pass over the period's lines that four tables use.
    served = Served(data.served_by_sex_and_place(conn, scope))
    tables: list[Table] = []
    for step in steps:
        progress.check_cancelled()
        tables += step(conn, scope, served)
        progress.advance()
    return tuple(tables)


class Served:
    """The people served in the period and their lines, by sex and by place of living."""

    def __init__(self, rows: list[tuple[Any, ...]]) -> None:
        self.rows = [(str(r[0]), str(r[1]), str(r[2]), int(r[3]), int(r[4])) for r in rows]

    def by_sex(self) -> dict[str, tuple[int, int]]:
        """Sex or "" -> (people, lines)."""
        found: dict[str, tuple[int, int]] = {}
        for sex, _, _, people, lines in self.rows:
            had = found.get(sex, (0, 0))
            found[sex] = (had[0] + people, had[1] + lines)
        return found

    def by_place(self) -> dict[tuple[str, str], tuple[int, int]]:
        """(district name, settlement name) -> (people, lines)."""
        found: dict[tuple[str, str], tuple[int, int]] = {}
        for _, district, settlement, people, lines in self.rows:
            had = found.get((district, settlement), (0, 0))
            found[(district, settlement)] = (had[0] + people, had[1] + lines)
        return found

    def people(self) -> int:
        return sum(row[3] for row in self.rows)


def _services(conn: Connection, scope: ReportScope, served: Served) -> list[Table]:
    rows: list[tuple[Cell, ...]] = []
    for code, name, unit, people, women, men, lines, units in data.services_delivered(conn, scope):
        department = DEPARTMENTS.get(code, OTHER_DEPARTMENT)
        rows.append(
            (department, code, name, unit, people, women, men, lines, Decimal(units or 0) / 100)
        )
    rows.sort(key=lambda r: (r[0] == OTHER_DEPARTMENT, str(r[0]), str(r[1])))
    columns = (
        Column("department", "Відділення", ColumnKind.TEXT),
        Column("code", "Код", ColumnKind.TEXT),
        Column("service", "Соціальна послуга", ColumnKind.TEXT),
        Column("unit", "Одиниця виміру", ColumnKind.TEXT),
        RECIPIENTS,
        Column("women", "з них жінок", total=Total.DISTINCT),
        Column("men", "з них чоловіків", total=Total.DISTINCT),
        LINES,
        Column("units", "Обсяг (в одиницях)", ColumnKind.QUANTITY, Total.NONE),
    )
    by_sex = served.by_sex()
    distinct: dict[str, Cell] = {
        "recipients": served.people(),
        "women": by_sex.get("female", (0, 0))[0],
        "men": by_sex.get("male", (0, 0))[0],
    }
    chart = Chart(ChartKind.BARS, "code", ("recipients",))
    return [
        _with_total(
            "services",
            "Отримувачі та надані послуги за відділеннями і послугами",
            columns,
            rows,
            distinct,
            note="Особа, яка отримала кілька послуг, рахується в кожній, а в підсумку — один раз.",
            chart=chart,
        )
    ]


def _by_sex(conn: Connection, scope: ReportScope, served: Served) -> list[Table]:
    by_sex = served.by_sex()
    rows: list[tuple[Cell, ...]] = [
        (label, *by_sex.get(sex, (0, 0))) for sex, label in SEXES if sex or sex in by_sex
    ]
    columns = (Column("sex", "Стать", ColumnKind.TEXT), Column("recipients", "Отримувачів"), LINES)
    chart = Chart(ChartKind.SPLIT, "sex", ("recipients",))
    return [_with_total("by_sex", "Отримувачі за статтю", columns, rows, chart=chart)]


def _by_category(conn: Connection, scope: ReportScope, served: Served) -> list[Table]:
    counts, children = data.served_by_category(conn, scope)
    names = data.category_names(conn, scope.end)
    rows: list[tuple[Cell, ...]] = [
        (names.get(code, code), int(count))
        for code, count in sorted(counts.items(), key=lambda item: _order(names, item[0]))
    ]
    rows.append((CHILDREN, children))
    columns = (
        Column("category", "Категорія", ColumnKind.TEXT),
        Column("recipients", "Отримувачів", total=Total.NONE),
    )
    note = "Особа кількох категорій рахується в кожній; категорії — як записано в картці."
    return [Table("by_category", "Отримувачі за категоріями", columns, rows, None, note)]


def _order(names: dict[str, str], code: str) -> tuple[int, str]:
    known = list(names)
    return (known.index(code) if code in known else len(known), code)


def _by_place(conn: Connection, scope: ReportScope, served: Served) -> list[Table]:
    rows: list[tuple[Cell, ...]] = [
        (district or "—", settlement or "—", people, lines)
        for (district, settlement), (people, lines) in served.by_place().items()
    ]
    rows.sort(key=lambda r: sort_key(str(r[0]), str(r[1])))
    columns = (
        Column("district", "Старостинський округ", ColumnKind.TEXT),
        Column("settlement", "Населений пункт", ColumnKind.TEXT),
        Column("recipients", "Отримувачів"),
        LINES,
    )
    title = "Отримувачі за старостинськими округами і населеними пунктами"
    return [_with_total("by_place", title, columns, rows)]


def _payments(conn: Connection, scope: ReportScope, served: Served) -> list[Table]:
    """Contracts in force by payment category, with what their months from the period's first
    to its last charged (as recorded, or as the contract charges on each month's days) and
    what was received; the arrears are each recipient's unpaid balance over those months."""
    found = {row[0]: row for row in data.contracts_in_force(conn, scope)}
    lines = ledger(conn, scope.start, scope.end, scope.district_ids)
    if scope.services is not None:
        wanted = data.contract_ids(conn, scope)
        lines = [line for line in lines if line.contract_id in wanted]
    rows: list[tuple[Cell, ...]] = []
    for code, label in PAYMENT_CATEGORIES:
        mine = [line for line in lines if line.category.value == code]
        arrears = sum(a.balance.arrears_kop for a in per_recipient(mine))
        rows.append(
            (
                label,
                int(found.get(code, (code, 0, 0))[1]),
                int(found.get(code, (code, 0, 0))[2]),
                _uah(sum(line.charged_kop for line in mine)),
                _uah(sum(line.received_kop for line in mine)),
                _uah(arrears),
            )
        )
    money = ColumnKind.MONEY
    columns = (
        Column("category", "Умови оплати", ColumnKind.TEXT),
        Column("recipients", "Отримувачів"),
        Column("contracts", "Договорів"),
        Column("charged", "Нараховано, грн", money),
        Column("received", "Сплачено, грн", money),
        Column("arrears", "Заборгованість, грн", money),
    )
    title = "Договори, чинні в періоді, за умовами оплати; нараховано і сплачено"
    note = "Сплачене за платні послуги надходить до спеціального фонду."
    return [_with_total("by_payment", title, columns, rows, note=note)]


def _uah(kop: int) -> Decimal:
    return Decimal(kop) / 100


def _quality(conn: Connection, scope: ReportScope, served: Served) -> list[Table]:
    """The satisfaction questionnaires (CMU 449) completed in the period, one per recipient
    (the latest): per question, how many gave each answer and the share satisfied."""
    summary = survey_summary(conn, scope.start, scope.end, scope.district_ids)
    rows: list[tuple[Cell, ...]] = []
    subtotals: set[int] = set()
    for question in summary.questions:
        answered = question.answered
        for answer in question.answers:
            rows.append((question.label, answer.label, answer.count, share(answer.count, answered)))
        if question.unanswered:
            rows.append((question.label, "без відповіді", question.unanswered, None))
        if question.rated:
            satisfied = question.satisfied
            # Not an answer: the satisfied answers together, named so as not to read as one.
            total = share(satisfied, answered)
            subtotals.add(len(rows))
            rows.append((question.label, "Задоволені разом", satisfied, total))
    columns = (
        Column("question", "Питання", ColumnKind.TEXT),
        Column("answer", "Відповідь", ColumnKind.TEXT),
        Column("count", "Відповіли", total=Total.NONE),
        Column("share", "Частка тих, хто відповів, %", ColumnKind.PERCENT, Total.NONE),
    )
    note = f"Опитано отримувачів: {summary.respondents} (від кожного — остання анкета періоду)."
    if not summary.respondents:  # one line, not every answer counted as zero
        rows, note, subtotals = [], "Анкет у періоді немає.", set()
    title = "Оцінка якості послуг отримувачами (анкетування)"
    return [Table("quality", title, columns, rows, None, note, subtotals=frozenset(subtotals))]


def _appeals(conn: Connection, scope: ReportScope, served: Served) -> list[Table]:
    found: dict[str, int] = {r[0]: int(r[1]) for r in data.appeals(conn, scope)}
    rows: list[tuple[Cell, ...]] = [
        (label, int(found.get(code, 0))) for code, label in CHANNELS.items()
    ]
    columns = (Column("channel", "Як звернулися", ColumnKind.TEXT), Column("cases", "Звернень"))
    return [_with_total("appeals", "Нові звернення за способом", columns, rows)]


def _decisions(conn: Connection, scope: ReportScope, served: Served) -> list[Table]:
    made = data.decisions(conn, scope)
    per_kind = {code: 0 for code, _ in DECISION_KINDS}
    grounds: dict[str, dict[str, int]] = {"refuse": {}, "terminate": {}}
    for kind, ground, count in made:
        per_kind[kind] = per_kind.get(kind, 0) + int(count)
        if kind in grounds:
            grounds[kind][ground] = grounds[kind].get(ground, 0) + int(count)
    count = Column("decisions", "Рішень")
    tables = [
        _with_total(
            "decisions",
            "Рішення",
            (Column("kind", "Рішення", ColumnKind.TEXT), count),
            [(label, per_kind[code]) for code, label in DECISION_KINDS],
        )
    ]
    for kind, title in (
        ("refuse", "Відмови за підставами"),
        ("terminate", "Припинення за підставами"),
    ):
        rows: list[tuple[Cell, ...]] = [
            (GROUNDS.get(ground, ground or "підставу не вказано"), n)
            for ground, n in sorted(grounds[kind].items())
        ]
        columns = (Column("ground", "Підстава", ColumnKind.TEXT), count)
        tables.append(_with_total(f"{kind}_grounds", title, columns, rows))
    return tables


def _documents(conn: Connection, scope: ReportScope, served: Served) -> list[Table]:
    people = served.people()
    found = {row[0]: row for row in data.documents_drawn(conn, scope)}
    rows: list[tuple[Cell, ...]] = []
    for code, label in DOCUMENTS:
        _, count, persons = found.get(code, (code, 0, 0))
        rows.append((label, int(count), int(persons), share(int(persons), people)))
    columns = (
        Column("document", "Документ", ColumnKind.TEXT),
        Column("count", "Складено", total=Total.NONE),
        Column("persons", "Осіб", total=Total.NONE),
        Column("share", "Частка отримувачів, %", ColumnKind.PERCENT, Total.NONE),
    )
    note = f"Частка — від {people} отримувачів, яким у періоді надано послуги."
    return [Table("documents", "Документи, складені в періоді", columns, rows, None, note)]
