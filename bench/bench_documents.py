"""Documents (issue 6), each against bare reportlab in the same run.

1. 100 contracts drawn from their snapshot (registry kind, letterhead, «Сторінка N з M»,
   tables of Paragraph cells) vs bare reportlab drawing the same text: one Paragraph per line
   of the product's text layer, the same fonts and pages, no tables or page decoration.
   Target: ≥ 0.5× the bare pages per second.
2. A register of 40 pages vs a bare reportlab `Table` of the same rows (plain strings, repeated
   header). Target: < 2 s and ≥ 0.5× the bare speed.
3. Batch printing 500 individual plans from the real dialog, in its worker, while the GUI's
   event loop is timed every 5 ms. Target: never blocked for more than 100 ms.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import statistics
import tempfile
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from bench.bench_cases import ANSWERS, _case, _people, _place
from bench.common import save, timed
from bench.data import TODAY, new_store
from socdesk.documents.kinds.register import REGISTER
from socdesk.documents.page import styles
from socdesk.documents.printing import draw, kind_of
from socdesk.domain.cases import CaseState
from socdesk.domain.payment import income_months
from socdesk.store import casework as cw
from socdesk.store.database import Store
from socdesk.store.forms import complete_form, current_definition, save_form_draft

CONTRACTS = 100
PLANS = 500


def _walk(store: Store, person: str) -> str:
    """A case with a decision, a plan due for review this month and a contract."""
    case_id = _case(store, person, TODAY - dt.timedelta(days=200))
    received = TODAY - dt.timedelta(days=200)
    facts_on = received + dt.timedelta(days=3)
    with store.write() as uow:
        definition = current_definition(cw.ASSESSMENT_FORM, received)
        record = save_form_draft(uow, None, definition, ANSWERS, case_id=case_id)
        complete_form(uow, record, received)
        cw.advance(uow, case_id, CaseState.AWAITING_DECISION, facts_on)
        months = income_months(received)
        income = tuple(cw.DeclaredIncome(m, "pension", 380000) for m in months)
        cw.save_income(
            uow, case_id, received, [cw.DeclaredMember("Отримувач", True, incomes=income)]
        )
        cw.decide(uow, case_id, cw.GRANT, facts_on, "БАБ")
        measures = tuple(
            cw.PlanMeasure(
                person,
                "015.1",
                f"Захід {i}: допомога вдома",
                "тричі на тиждень",
                Decimal(8),
                "соціальний робітник",
            )
            for i in range(1, 6)
        )
        cw.save_plan(
            uow,
            case_id,
            cw.PlanDraft(
                facts_on, TODAY.replace(day=1) + dt.timedelta(days=9), ("Мета",), measures
            ),
        )
        services = tuple(
            cw.ContractService(code, Decimal(12), "година", "пн, ср, пт", 120000)
            for code in ("015.1", "002.0", "006.0", "010.1", "013.0")
        )
        cw.sign_contract(
            uow,
            case_id,
            cw.ContractTerms(facts_on, dt.date(TODAY.year, 12, 31), "вдома", services),
            "БАБ",
        )
    return case_id


def _bare_paragraphs(pages: list[list[str]]) -> bytes:
    """Bare reportlab: each page's lines as Paragraphs, same fonts, a page break per page."""
    from reportlab.platypus import PageBreak

    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4)
    story: list[Any] = []
    for lines in pages:
        story += [Paragraph(line, styles()["body"]) for line in lines]
        story.append(PageBreak())
    doc.build(story)
    return out.getvalue()


def _contracts(store: Store, case_id: str) -> dict[str, Any]:
    kind = kind_of("contract")
    with store.read() as conn:
        snapshot = kind.gather(conn, case_id, TODAY)
    first = draw(kind, snapshot)
    page_count = len(PdfReader(io.BytesIO(first)).pages)
    text = [
        [
            ln.replace("&", "&amp;").replace("<", "&lt;")
            for ln in p.extract_text().splitlines()
            if ln.strip()
        ]
        for p in PdfReader(io.BytesIO(first)).pages
    ]
    product_s, _ = timed(lambda: [draw(kind, snapshot) for _ in range(CONTRACTS)])
    bare_s, _ = timed(lambda: [_bare_paragraphs(text) for _ in range(CONTRACTS)])
    pages = CONTRACTS * page_count
    return {
        "contracts": CONTRACTS,
        "pages_each": page_count,
        "product_pages_per_s": round(pages / product_s, 1),
        "bare_pages_per_s": round(pages / bare_s, 1),
        "ratio": round(bare_s / product_s, 2),
        "target": "≥ 0.5× bare reportlab pages per second",
    }


def _register_rows(n: int) -> list[dict[str, Any]]:
    return [
        {
            "number": f"БАБ-2026-{i:04d}",
            "received_on": (TODAY - dt.timedelta(days=i % 300)).isoformat(),
            "services": ["015.1", "002.0"],
            "state": "providing",
            "name": f"Коваленко-Шевчук Олександра Вʼячеславівна {i}",
            "birth_date": "1944-05-01",
            "address": "с. Бабенкове, вул. Героїв Чорнобиля, буд. 12, кв. 3",
        }
        for i in range(1, n + 1)
    ]


REGISTER_RUNS = 5


def _median_s(fn: Any) -> float:
    return statistics.median(timed(fn)[0] for _ in range(REGISTER_RUNS))


def _register() -> dict[str, Any]:
    rows = _register_rows(1)
    snap = {"letterhead": {"centre": "Терцентр", "address": ""}, "printed_on": TODAY.isoformat(),
            "start": "2026-01-01", "end": "2026-11-30", "rows": rows}  # fmt: skip
    per_page = len(
        PdfReader(io.BytesIO(draw(REGISTER, {**snap, "rows": _register_rows(200)}))).pages
    )
    n = int(200 * 40 / per_page)  # rows for about 40 pages
    snap["rows"] = _register_rows(n)
    pdf = draw(REGISTER, snap)
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    header = ["№", "Справа", "Надійшло", "ПІБ", "Дата народження", "Адреса", "Послуги", "Стан"]
    data = [header] + [
        [
            str(i),
            r["number"],
            r["received_on"],
            r["name"],
            r["birth_date"],
            r["address"],
            ", ".join(r["services"]),
            r["state"],
        ]
        for i, r in enumerate(snap["rows"], 1)
    ]

    def bare() -> bytes:
        out = io.BytesIO()
        table = Table(data, repeatRows=1)
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), "DejaVuSerif", 6),
                    ("GRID", (0, 0), (-1, -1), 0.5, "grey"),
                ]
            )
        )
        SimpleDocTemplate(out, pagesize=A4).build([table])
        return out.getvalue()

    bare_plain_s = _median_s(bare)
    # reportlab's own Table with the same cells (a Paragraph where the text must wrap, as
    # anyone using reportlab has to), widths and fonts: what the register draws, bare.
    flow = REGISTER.render(snap)[2]
    cells = [flow._header, *flow._rows]

    def bare_same() -> bytes:
        out = io.BytesIO()
        table = Table(cells, colWidths=flow._widths, repeatRows=1)
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 1), (-1, -1), "DejaVuSerif", 8, 9.6),
                    ("GRID", (0, 0), (-1, -1), 0.5, "grey"),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        SimpleDocTemplate(out, pagesize=A4).build([table])
        return out.getvalue()

    bare_pdf = bare_same()
    # Alternating runs, the median of each: one run of each was at the mercy of the machine.
    product_runs, bare_runs = [], []
    for _ in range(REGISTER_RUNS):
        product_runs.append(timed(lambda: draw(REGISTER, snap))[0])
        bare_runs.append(timed(bare_same)[0])
    product_s, bare_s = statistics.median(product_runs), statistics.median(bare_runs)
    return {
        "rows": n,
        "pages": pages,
        "product_s": round(product_s, 3),
        "bare_s": round(bare_s, 3),
        "ratio": round(bare_s / product_s, 2),
        "pages_per_s": round(pages / product_s, 1),
        "product_kb": round(len(pdf) / 1024),
        "bare_kb": round(len(bare_pdf) / 1024),
        "bare_plain_strings_s": round(bare_plain_s, 3),
        "note": "bare_s: reportlab Table of the same cells (wrapping where needed); "
        "bare_plain_strings_s: strings that overflow their columns, for reference",
        "target": "< 2 s and ≥ 0.5× a bare reportlab Table",
    }


def _batch_gui(folder: Path, store: Store) -> dict[str, Any]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from socdesk.ui.ops import TaskRunner
    from socdesk.ui.printing.preview import BatchPrintDialog

    app = QApplication.instance() or QApplication([])
    runner = TaskRunner()
    dialog = BatchPrintDialog(store, runner, None, lambda: TODAY)
    dialog.kind.setCurrentIndex(dialog.kind.findData("plan"))
    dialog.show()
    gaps: list[float] = []
    clock = QElapsedTimer()
    ticker = QTimer()
    ticker.setInterval(5)

    def tick() -> None:
        gaps.append(clock.restart())

    ticker.timeout.connect(tick)
    start = time.perf_counter()
    clock.start()
    ticker.start()
    assert dialog.run(folder / "plans.pdf")
    while runner.pending:
        app.processEvents()
        time.sleep(0.001)
    ticker.stop()
    took = time.perf_counter() - start
    runner.shutdown()
    return {
        "plans": PLANS,
        "result": dialog.result_label.text(),
        "seconds": round(took, 1),
        "max_event_loop_gap_ms": max(gaps),
        "target": "the event loop never blocked > 100 ms",
    }


def run() -> dict[str, object]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        store = new_store(folder / "store")
        people = _people(store, PLANS, _place(store))
        cases = [_walk(store, person) for person in people]
        result = {
            "contracts": _contracts(store, cases[0]),
            "register": _register(),
            "batch_plans_gui": _batch_gui(folder, store),
        }
        store.close()
    save("documents", result)
    return result
