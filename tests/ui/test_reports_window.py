"""The Reports window: a kind, a period, a district, a service; the report counted in a
worker shows a tab per table with its chart; Cancel stops it; the export buttons save it."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
import report_fixture
from PySide6.QtCharts import QChartView
from PySide6.QtWidgets import QApplication, QTableView
from pytestqt.qtbot import QtBot

from socdesk.reports.output import ReportFormat
from socdesk.store.database import Store
from socdesk.ui.ops import ImmediatePool, TaskRunner
from socdesk.ui.reports import ReportsWindow

TODAY = dt.date(2026, 11, 23)


@pytest.fixture
def window(store: Store, qtbot: QtBot) -> tuple[ReportsWindow, dict[str, str]]:
    ids = report_fixture.build(store)
    shown = ReportsWindow(store, TaskRunner(ImmediatePool()), TODAY)
    qtbot.addWidget(shown)
    shown.show()
    return shown, ids


def _choose(window: ReportsWindow, kind: str) -> None:
    window.kind.setCurrentIndex(window.kind.findData(kind))


def test_the_last_half_year_is_counted_and_shown_with_charts(
    window: tuple[ReportsWindow, dict[str, str]],
) -> None:
    shown, _ = window
    assert (shown.start_edit.date().toPython(), shown.end_edit.date().toPython()) == (
        dt.date(2026, 1, 1),
        dt.date(2026, 6, 30),
    )
    shown.run_button.click()
    assert shown.report is not None
    assert shown.tabs.count() == len(shown.report.tables)
    first = shown.tabs.widget(0)
    table = first.findChild(QTableView, "report_table")
    model = table.model()
    assert model.rowCount() == 6  # five services and «Усього»
    assert model.index(5, 0).data() == "Усього" and model.index(5, 4).data() == "4"
    assert first.findChild(QChartView) is not None
    assert all(button.isEnabled() for button in shown.export_buttons.values())
    assert "01.01.2026 – 30.06.2026" in shown.status.text()


def test_district_and_service_filters_narrow_the_report(
    window: tuple[ReportsWindow, dict[str, str]],
) -> None:
    shown, ids = window
    shown.district.setCurrentIndex(shown.district.findData(ids["D2"]))
    shown.service.setCurrentIndex(shown.service.findData("015.1"))
    shown.run_button.click()
    assert shown.report is not None
    services = shown.report.table("services")
    assert [row[1] for row in services.rows] == ["015.1"]
    assert services.total is not None and services.total[4] == 1  # P4 in «Другий»


def test_monitoring_lines_over_years_and_workload_population(
    window: tuple[ReportsWindow, dict[str, str]],
) -> None:
    shown, _ = window
    _choose(shown, "monitoring")
    assert not shown.urban.isVisibleTo(shown)
    shown.start_edit.setDate(dt.date(2025, 1, 1))
    shown.run_button.click()
    assert shown.report is not None and shown.report.kind == "monitoring"
    assert shown.tabs.widget(0).findChild(QChartView) is not None
    _choose(shown, "workload")
    assert shown.urban.isVisibleTo(shown)
    shown.rural.setValue(2500)
    shown.run_button.click()
    assert shown.report is not None
    assert shown.report.table("staffing").rows[0][2] == 1  # one social manager by the norm


def test_cancel_stops_the_report_and_says_so(
    window: tuple[ReportsWindow, dict[str, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    shown, _ = window
    from socdesk.domain.progress import Progress

    original = Progress.start

    def cancelled_at_once(progress: Progress, label: str, total: int | None = None) -> None:
        original(progress, label, total)
        progress.cancel()  # as if Cancel were pressed while the first step ran

    monkeypatch.setattr(Progress, "start", cancelled_at_once)
    shown.run_button.click()
    assert shown.report is None
    assert shown.status.text() == "Звіт скасовано."
    assert shown.run_button.isEnabled() and not shown.cancel_button.isVisible()


def test_export_buttons_save_the_report(
    window: tuple[ReportsWindow, dict[str, str]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown, _ = window
    shown.run_button.click()
    out = tmp_path / "h1.json"
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *_a: (str(out), ""))
    shown.export_buttons[ReportFormat.JSON].click()
    QApplication.processEvents()
    assert json.loads(out.read_text(encoding="utf-8"))["kind"] == "centre"
    assert str(out) in shown.status.text()


def test_before_the_first_run_a_hint_says_what_to_do_and_tab_follows_the_filters(
    window: tuple[ReportsWindow, dict[str, str]],
) -> None:
    shown, _ = window
    assert shown.status.text() == "Оберіть звіт і період, натисніть «Сформувати» (Enter)."
    order = [
        shown.kind,
        shown.preset,
        shown.start_edit,
        shown.end_edit,
        shown.district,
        shown.service,
        shown.run_button,
    ]
    seen, widget = [], order[0]
    for _ in range(200):
        if widget in order and widget not in seen:
            seen.append(widget)
        widget = widget.nextInFocusChain()
    assert seen == order
    shown.run_button.click()
    assert "Оберіть звіт" not in shown.status.text()


def test_the_surveys_satisfied_total_rows_are_bold_on_screen(
    window: tuple[ReportsWindow, dict[str, str]],
) -> None:
    from PySide6.QtCore import Qt

    shown, _ = window
    shown.run_button.click()
    assert shown.report is not None
    index = [t.code for t in shown.report.tables].index("quality")
    model = shown.tabs.widget(index).findChild(QTableView, "report_table").model()
    fonts = {
        model.index(row, 1).data(): model.index(row, 0).data(Qt.ItemDataRole.FontRole)
        for row in range(model.rowCount())
    }
    assert fonts["Задоволені разом"] is not None and fonts["Задоволені разом"].bold()
    assert fonts["Так"] is None


def test_a_specialist_is_offered_and_counted_their_districts_only(
    store: Store, qtbot: QtBot
) -> None:
    ids = report_fixture.build(store)
    report_fixture.specialist_of_first(store, ids)
    with Store.open(store.paths, *report_fixture.SPECIALIST) as specialist:
        shown = ReportsWindow(specialist, TaskRunner(ImmediatePool()), TODAY)
        qtbot.addWidget(shown)
        offered = [shown.district.itemData(i) for i in range(shown.district.count())]
        assert offered == [None, ids["D1"]]
        shown.run_button.click()
        assert shown.report is not None
        assert shown.report.scope.district_ids == (ids["D1"],)
        assert shown.report.table("services").total[4] == 2  # P1 and P2 («Перший»)
        shown.close()
