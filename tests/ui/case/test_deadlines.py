"""The deadlines view: colour and words, filters by district and worker, a case in one click;
the main window's summary after sign-in; the day's round and the workers' totals."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from support import add_person, home_care_case, move_to_providing, set_up_places

from socdesk.domain.cases import Channel
from socdesk.store.cases import Appeal, open_case
from socdesk.store.database import Store
from socdesk.store.schema import ServiceEntry, Worker
from socdesk.ui.case.deadlines import DeadlinesView
from socdesk.ui.case.service_round import RoundDialog, WorkerTotalsDialog, visit_amount
from socdesk.ui.case.window import CaseWindow
from socdesk.ui.ops import ImmediatePool, TaskRunner

TODAY = dt.date(2026, 3, 10)  # a Tuesday


def add_worker(store: Store, surname: str) -> str:
    with store.write() as uow:
        return uow.insert(
            Worker, {"surname": surname, "given_name": "Марія", "position": "соціальний робітник"}
        )


def open_cases(store: Store) -> tuple[str, str, str]:
    """Three cases: social accompaniment overdue for assessment, home care asked for under
    martial law (decided within a working day), home care being provided."""
    set_up_places(store, "Бабенкове")
    first, second = add_worker(store, "Іваненко"), add_worker(store, "Петренко")
    people = [add_person(store, name, "Олена") for name in ("Коваль", "Мельник", "Бондар")]
    with store.write() as uow:
        open_case(
            uow,
            Appeal(people[0], Channel.APPLICATION, dt.date(2026, 3, 2), ["010.1"], worker_id=first),
            "БАБ",
        )
        open_case(
            uow,
            Appeal(
                people[1], Channel.APPLICATION, dt.date(2026, 3, 9), ["015.1"], worker_id=second
            ),
            "БАБ",
        )
        care, _ = open_case(
            uow, Appeal(people[2], Channel.APPLICATION, dt.date(2026, 3, 2), ["015.1"]), "БАБ"
        )
        move_to_providing(uow, care, dt.date(2026, 3, 3))
    return first, second, care


def test_overdue_steps_are_marked_in_words_and_colour_and_open_their_case(
    store: Store, qtbot: QtBot, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    _, second, _ = open_cases(store)
    view = DeadlinesView(store, lambda: TODAY, runner=TaskRunner(ImmediatePool()))
    qtbot.addWidget(view)
    qtmodeltester.check(view.model)
    rows = [[view.proxy.index(r, c).data() for c in range(7)] for r in range(view.proxy.rowCount())]
    # Worked out by hand: the decision on the care case (Tue 03.03) to be handed over in 3
    # working days → Fri 06.03; assessment 5 working days after Mon 02.03 → Mon 09.03; home
    # care under martial law decided 1 working day after Mon 09.03 → Tue 10.03, today.
    assert [r[:5] for r in rows] == [
        ["06.03.2026", "ПРОСТРОЧЕНО", "вручити рішення", "БАБ-2026-0003", "Бондар Олена"],
        ["09.03.2026", "ПРОСТРОЧЕНО", "оцінити потреби", "БАБ-2026-0001", "Коваль Олена"],
        ["10.03.2026", "сьогодні", "рішення (воєнний стан)", "БАБ-2026-0002", "Мельник Олена"],
    ]
    assert rows[1][6] == "Іваненко Марія"
    assert view.proxy.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert view.summary.text() == "Прострочено: 2 · на сьогодні: 1 · цього тижня: 0"
    assert all(r[1] != "пізніше" for r in rows)  # later ones only on request
    view.later.setChecked(True)
    later = [view.proxy.index(r, 1).data() for r in range(view.proxy.rowCount())]
    assert "пізніше" in later
    assert view.proxy.index(later.index("пізніше"), 0).data(Qt.ItemDataRole.BackgroundRole) is None
    view.worker.setCurrentIndex(view.worker.findData(second))
    assert {view.proxy.index(r, 4).data() for r in range(view.proxy.rowCount())} == {
        "Мельник Олена"
    }
    view.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    window = view.open_row(view.proxy.index(0, 0))
    assert isinstance(window, CaseWindow)
    qtbot.addWidget(window)
    assert "Мельник" in window.windowTitle()


MONDAY, SATURDAY = dt.date(2026, 3, 9), dt.date(2026, 3, 14)


def _round(store: Store, qtbot: QtBot) -> tuple[RoundDialog, str, dict[str, str]]:
    """A round over three home-care recipients: two of Іваненко (Mon/Wed/Fri and Tue/Thu),
    one of Петренко."""
    set_up_places(store, "Бабенкове")
    first, second = add_worker(store, "Іваненко"), add_worker(store, "Петренко")
    cases = {
        "Бондар": home_care_case(store, "Бондар", first),
        "Гнатюк": home_care_case(store, "Гнатюк", first, schedule="вт, чт"),
        "Коваль": home_care_case(store, "Коваль", second),
    }
    dialog = RoundDialog(store, None, lambda: TODAY)
    qtbot.addWidget(dialog)
    return dialog, first, cases


def _names(dialog: RoundDialog) -> list[tuple[str, bool]]:
    return [
        (
            dialog.table.item(r, 0).text(),
            dialog.table.item(r, 0).checkState() == Qt.CheckState.Checked,
        )  # type: ignore[union-attr]
        for r in range(dialog.table.rowCount())
    ]


def test_the_round_lists_the_chosen_workers_recipients_due_that_day(
    store: Store, qtbot: QtBot, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    dialog, first, cases = _round(store, qtbot)
    assert dialog.table.rowCount() == 0 and "Виберіть працівника" in dialog.count.text()
    dialog.worker.setCurrentIndex(dialog.worker.findData(first))
    assert _names(dialog) == [("Гнатюк Олена", True)]  # Tuesday: the Tue/Thu contract only
    dialog.on.setDate(SATURDAY)
    assert dialog.table.rowCount() == 0
    assert "субота" in dialog.count.text() and "інший день" in dialog.count.text()
    assert not dialog.save_button().isEnabled()
    dialog.on.setDate(MONDAY)
    assert _names(dialog) == [("Бондар Олена", True)]
    dialog.table.item(0, 3).setText("1,5")
    dialog.save()
    assert dialog.error_label.text() == ""
    with store.read() as conn:
        logged = conn.execute(
            select(ServiceEntry.case_id, ServiceEntry.units_x100, ServiceEntry.worker_id)  # type: ignore[call-overload]
        ).all()
    assert [tuple(r) for r in logged] == [(cases["Бондар"], 150, first)]
    again = RoundDialog(store, None, lambda: TODAY)
    qtbot.addWidget(again)
    again.worker.setCurrentIndex(again.worker.findData(first))
    again.on.setDate(MONDAY)
    assert _names(again) == [("Бондар Олена", False)]  # already logged: not ticked again
    assert again.table.item(0, 2).text() == "1,5 години"
    totals = WorkerTotalsDialog(store, None, lambda: TODAY)
    qtbot.addWidget(totals)
    qtmodeltester.check(totals.model)
    assert [totals.model.index(0, c).data() for c in range(4)] == [
        "Іваненко Марія",
        "1",
        "1",
        "1,5",
    ]
    assert totals.total.text() == "Усього: 1,5 години"


def test_a_workers_day_beyond_eight_hours_is_recorded_only_when_confirmed(
    store: Store, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog, first, _ = _round(store, qtbot)
    dialog.worker.setCurrentIndex(dialog.worker.findData(first))
    dialog.on.setDate(MONDAY)
    dialog.table.item(0, 3).setText("36")
    asked: list[str] = []
    answer = QMessageBox.StandardButton.No

    def question(_parent: object, _title: str, body: str) -> QMessageBox.StandardButton:
        asked.append(body)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    dialog.save()
    assert asked and "36 годин" in asked[0] and "Іваненко" in asked[0]
    assert (_logged(store) == 0 and dialog.isVisible() is False) or _logged(store) == 0
    answer = QMessageBox.StandardButton.Yes
    dialog.save()
    assert _logged(store) == 1


def _logged(store: Store) -> int:
    with store.read() as conn:
        return len(conn.execute(select(ServiceEntry.id)).all())  # type: ignore[call-overload]


def test_unticked_round_saves_nothing(store: Store, qtbot: QtBot) -> None:
    dialog, first, _ = _round(store, qtbot)
    dialog.worker.setCurrentIndex(dialog.worker.findData(first))
    dialog.table.item(0, 0).setCheckState(Qt.CheckState.Unchecked)
    dialog.save()
    assert "жодного" in dialog.error_label.text()


def test_a_visit_is_the_plans_monthly_volume_spread_over_its_visits() -> None:
    from socdesk.store.service_log import RoundStop

    assert visit_amount(RoundStop("c", "p", "n", "s", Decimal(26))) == Decimal(2)
    assert visit_amount(RoundStop("c", "p", "n", "s", Decimal(0))) == Decimal(1)
    assert visit_amount(RoundStop("c", "p", "n", "s", Decimal(1))) == Decimal("0.25")


def test_the_main_window_sums_up_the_deadlines_and_opens_the_case_screens(
    store: Store, qtbot: QtBot
) -> None:
    from socdesk.ui.main_window import MainWindow

    open_cases(store)  # dated in March: all four steps (2 + 1 + 1) are overdue by today
    window = MainWindow(store, "Олена", TaskRunner(ImmediatePool()))
    qtbot.addWidget(window)
    assert window.deadline_label.text().startswith("Прострочено: 4")
    assert "bold" in window.deadline_label.styleSheet()
    menus = [a.text() for a in window.menuBar().actions()]
    assert "&Справи" in menus
    for dialog in (window.show_deadlines(), window.enter_round(), window.show_worker_totals()):
        qtbot.addWidget(dialog)
        assert dialog.isVisible()
        dialog.reject()


def test_the_list_is_worked_out_off_the_gui_thread(store: Store, qtbot: QtBot) -> None:
    open_cases(store)
    view = DeadlinesView(store, lambda: TODAY)  # its own runner: a worker thread
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.model.rowCount() == 3, timeout=5000)
    assert view.summary.text().startswith("Прострочено: 2")
    view.reject()  # waits for any work still running


def test_the_list_follows_the_bus(store: Store, qtbot: QtBot) -> None:
    from PySide6.QtCore import QObject

    from socdesk.store import casework as cw
    from socdesk.ui.changes import own_writer

    _, second, care = open_cases(store)
    owner = QObject()
    writer = own_writer(store, owner)
    view = DeadlinesView(store, lambda: TODAY, runner=TaskRunner(ImmediatePool()), writer=writer)
    qtbot.addWidget(view)
    view.worker.setCurrentIndex(view.worker.findData(second))
    assert care not in {r.case_id for r in view.model.rows}  # the care case has no worker yet
    writer.write(lambda uow: cw.assign_worker(uow, care, second))  # say, in a case window
    assert care in {r.case_id for r in view.model.rows}
