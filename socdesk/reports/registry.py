"""The typed registry of reports: the Reports window, `socdesk report` and the exports are all
built from it. Adding a report is one module that computes its tables (`compute(conn, scope,
progress)`) and one line in `kinds()` below."""

from __future__ import annotations

from dataclasses import replace

from socdesk.domain.errors import ValidationError
from socdesk.domain.progress import Progress
from socdesk.domain.report_scope import ReportScope
from socdesk.reports.model import Report, ReportKind, period_text
from socdesk.store import report_data as data
from socdesk.store.consents import withdrawn_count
from socdesk.store.database import Store
from socdesk.store.district_access import limit
from socdesk.store.handles import Connection
from socdesk.store.printing import letterhead


def kinds() -> dict[str, ReportKind]:
    """Every report kind by code, in the order the window lists them."""
    from socdesk.reports import centre, monitoring, workload

    found = [
        ReportKind(
            "centre",
            "Звіт територіального центру (піврічний, річний)",
            "Отримувачі й послуги за відділеннями, статтю, категоріями, населеними пунктами, "
            "умовами оплати; звернення, рішення, договори, акти, плани.",
            centre.compute,
        ),
        ReportKind(
            "monitoring",
            "Моніторинг потреб і охоплення послугами",
            "За послугами і роками: потребували, отримали, охоплення, за статтю, зміна.",
            monitoring.compute,
        ),
        ReportKind(
            "workload",
            "Навантаження працівників і строки",
            "Послуги й години на працівника за місяць, нормативи чисельності, строки рішень.",
            workload.compute,
        ),
    ]
    return {kind.code: kind for kind in found}


def kind_of(code: str) -> ReportKind:
    found = kinds().get(code)
    if found is None:
        known = ", ".join(kinds())
        raise ValidationError(f"Невідомий вид звіту: {code}. Є такі: {known}.", "kind")
    return found


def compute(
    conn: Connection,
    code: str,
    scope: ReportScope,
    progress: Progress | None = None,
    heading: dict[str, str] | None = None,
) -> Report:
    """The report `code` over `scope`, from the rows `conn` reads; a specialist's over their
    own districts (`store.district_access`: every district means all of theirs). `heading`:
    the letterhead, if not this workplace's (the server has no workplace of its own)."""
    kind = kind_of(code)
    scope = replace(scope, district_ids=limit(conn, scope.district_ids))
    tables = kind.compute(conn, scope, progress or Progress())
    head = letterhead(conn) if heading is None else heading
    return Report(kind.code, kind.title, scope, filters(conn, scope), tables, head)


def run(store: Store, code: str, scope: ReportScope, progress: Progress | None = None) -> Report:
    """The report over the store's rows now (one read transaction: every table agrees)."""
    with store.read() as conn:
        return compute(conn, code, scope, progress)


def filters(conn: Connection, scope: ReportScope) -> tuple[tuple[str, str], ...]:
    """What the report was limited to, as written on every sheet and page."""
    found = [("Період", period_text(scope.start, scope.end))]
    if scope.district_ids is None:
        found.append(("Старостинські округи", "усі"))
    else:
        names = data.district_names(conn, scope.district_ids)
        found.append(
            ("Старостинські округи", ", ".join(names.get(i, i) for i in scope.district_ids))
        )
    if scope.services is None:
        found.append(("Послуги", "усі"))
    else:
        names_on = data.service_names(conn, scope.end)
        found.append(
            (
                "Послуги",
                ", ".join(f"{c} {names_on.get(c, ('', ''))[0]}".strip() for c in scope.services),
            )
        )
    if scope.urban_population is not None or scope.rural_population is not None:
        found.append(
            (
                "Населення",
                f"міське {scope.urban_population or 0}, сільське {scope.rural_population or 0}",
            )
        )
    districts = None if scope.district_ids is None else frozenset(scope.district_ids)
    withdrawn = withdrawn_count(conn, districts)
    if withdrawn:  # REFERENCE.md §11: a withdrawal stops processing the law does not require
        found.append(
            (
                "Відкликали згоду на обробку даних",
                f"{withdrawn} ос.: їхні дані враховано лише в обсязі, якого вимагає закон",
            )
        )
    return tuple(found)
