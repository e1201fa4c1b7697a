"""One recipient walked through the whole legal path in the real widgets (appeal to closure),
and one urgent case; then the stored records and their change records are checked."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QTableWidgetItem,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select
from support import TODAY, add_person, set_up_places, type_text

from socdesk.domain.cases import CaseFacts, CaseState
from socdesk.store import casework as cw
from socdesk.store.cases import case_events, move_case
from socdesk.store.database import Store
from socdesk.store.schema import (
    CarePlan,
    CaseDecision,
    Contract,
    FormRecord,
    IncomeDeclaration,
    OutboxEntry,
    ServiceEntry,
    Workplace,
)
from socdesk.ui.case.form_editor import FormDialog
from socdesk.ui.case.window import CaseWindow, MoveDialog
from socdesk.ui.ops import ImmediatePool, TaskRunner
from socdesk.ui.person.card import PersonCard


@pytest.fixture(autouse=True)
def _yes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)


def set_prefix(store: Store) -> None:
    set_up_places(store, "Бабенкове")
    with store.write() as uow:
        workplace = uow.connection.execute(Workplace.__table__.select()).one()  # type: ignore[attr-defined]
        uow.update(Workplace, workplace.id, {"case_prefix": "БАБ"})


def appeal(store: Store, qtbot: QtBot, service: str, *, urgent: bool = False) -> CaseWindow:
    """Registers an appeal in the person card and opens the case from the cases tab."""
    set_prefix(store)
    person = add_person(store, "Коваль", "Ганна", birth_date=dt.date(1944, 5, 1))
    card = PersonCard(store, TaskRunner(ImmediatePool()), person)
    qtbot.addWidget(card)
    dialog = card.cases.new_appeal()
    assert dialog is not None
    dialog.check(service)
    dialog.urgent.setChecked(urgent)
    dialog.buttons.accepted.emit()
    window = card.cases.open_case(0)
    assert window is not None
    qtbot.addWidget(window)
    window._card = card  # type: ignore[attr-defined]  # held with the window
    return window


def step(window: CaseWindow, target: CaseState, reason: str | None = None) -> MoveDialog:
    """Clicks the next-step button and confirms the move's dialog."""
    window.tabs.setCurrentWidget(window.path)
    window.path.step_buttons[target].click()
    dialog = window.path.findChildren(MoveDialog)[-1]
    if reason is not None:
        dialog.choice.setCurrentIndex(dialog.choice.findData(reason))
    dialog.findChild(QDialogButtonBox).accepted.emit()
    return dialog


def fill(dialog: FormDialog, answers: dict[str, Any]) -> None:
    """Sets each answer in its widget (text typed key by key)."""
    for key, value in answers.items():
        field = dialog.editor.fields[key]
        if field.field.type in ("text", "long_text"):
            field.widget.setFocus()
            type_text(field.widget, str(value))
        else:
            field.set_value(value)
            dialog.editor._changed()


def open_act(window: CaseWindow, code: str) -> FormDialog:
    window.tabs.setCurrentWidget(window.acts)
    row = next(i for i, r in enumerate(window.acts.model.rows) if r[0] == code)
    dialog = window.acts.open_act(row)
    assert dialog is not None
    return dialog


def state(store: Store, window: CaseWindow) -> CaseState:
    with store.read() as conn:
        return cw.case_header(conn, window._case_id).state


def count(store: Store, table: Any) -> int:
    with store.read() as conn:
        return int(conn.execute(select(func.count()).select_from(table)).scalar_one())


def test_a_recipient_walks_the_whole_path(store: Store, qtbot: QtBot, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    window = appeal(store, qtbot, "015.1")
    assert "звернення" in window.header.text()
    step(window, CaseState.ASSESSING)
    assert state(store, window) is CaseState.ASSESSING
    missing = [label.text() for label in window.path.findChildren(QLabel)]
    assert any("акт оцінки" in text for text in missing)  # what the next step lacks

    # The act of needs assessment: completing it too early lists what is missing.
    act = open_act(window, cw.ASSESSMENT_FORM)
    fill(act, {"assessment_kind": "initial", "assessed_for": "person"})
    act.complete()
    listed = [act.missing_list.item(i).text() for i in range(act.missing_list.count())]
    assert "Не заповнено" in act.error_label.text() and any("Стан здоров" in t for t in listed)
    fill(
        act,
        {
            "visit_dates": "23.11.2026",
            "assessed_on": "2026-11-23",
            "health": "unsatisfactory",
            "emotional": "stable",
            "habits": "none",
            "contacts": "limited",
            "employment": "pensioner",
            "self_care": "partial",
            "housing": "satisfactory",
            "awareness": "ready",
            "needs": "needs",
            "services_needed": "015.1 Догляд вдома",
            "agreement": "agrees",
            "assessor": "Петренко О. І., фахівець із соціальної роботи",
        },
    )
    act.complete()
    assert act.error_label.text() == ""
    assert not act.complete_button.isEnabled()  # locked
    act.accept()
    qtmodeltester.check(window.acts.model)
    assert window.acts.model.index(0, 1).data().startswith("завершено")

    step(window, CaseState.AWAITING_DECISION)
    assert state(store, window) is CaseState.AWAITING_DECISION

    # Income: one pensioner, 4,000.00 a month: free (≤ 2 subsistence minimums).
    window.tabs.setCurrentWidget(window.income)
    row = window.income.add_line()
    window.income.table.item(row, 0).setText("Коваль Ганна")  # type: ignore[union-attr]
    window.income.table.item(row, 1).setCheckState(Qt.CheckState.Checked)  # type: ignore[union-attr]
    for column in range(4, 10):
        window.income.table.setItem(row, column, QTableWidgetItem("4 000,00"))
    window.income.save()
    assert window.income.error_label.text() == ""
    assert "безоплатно" in window.income.steps.toPlainText()

    step(window, CaseState.GRANTED)
    assert state(store, window) is CaseState.GRANTED

    # Plan, then contract; services start only with both.
    window.tabs.setCurrentWidget(window.plan)
    plan = window.plan.new_plan()
    plan.goals.setFocus()
    type_text(plan.goals, "Підтримати самостійне проживання")
    wrong = plan.add_measure("999.9", "Невідома послуга", "щодня", "1", "Іваненко М. П.")
    plan.save()  # the store's rule, shown in the dialog
    assert "коду «999.9» немає в Класифікаторі" in plan.error_label.text()
    plan.measures.removeRow(wrong)
    plan.add_measure("015.1", "Прибирання, покупки", "3 рази на тиждень", "24", "Іваненко М. П.")
    plan.findChild(QDialogButtonBox).accepted.emit()
    assert plan.result() == QDialog.DialogCode.Accepted, plan.error_label.text()
    assert "Прибирання" in window.plan.text.toPlainText()
    printed = window.plan.print_revision()  # the revision shown, printed and recorded
    assert printed is not None and printed.document.pageCount() >= 1
    qtbot.addWidget(printed)

    window.tabs.setCurrentWidget(window.contract)
    contract = window.contract.new_contract()
    assert contract.services.item(0, 1).text() == "24"  # type: ignore[union-attr]  # the plan's
    contract.services.setItem(0, 1, QTableWidgetItem("30"))
    contract.sign()  # more than planned: the store's rule, shown in the dialog
    assert "більший, ніж в індивідуальному плані" in contract.error_label.text()
    contract.services.setItem(0, 1, QTableWidgetItem("24"))
    contract.services.setItem(0, 2, QTableWidgetItem("пн, ср, пт"))
    contract.services.setItem(0, 3, QTableWidgetItem("1200"))
    contract.findChild(QDialogButtonBox).accepted.emit()
    assert contract.result() == QDialog.DialogCode.Accepted, contract.error_label.text()
    assert "БАБ-2026-0003" in window.contract.text.toPlainText()  # case 1, decision 2

    step(window, CaseState.PROVIDING)
    assert state(store, window) is CaseState.PROVIDING

    window.tabs.setCurrentWidget(window.services)
    window.services.units.setText("2,5")
    window.services.add()
    assert window.services.error_label.text() == ""
    qtmodeltester.check(window.services.model)
    assert window.services.model.index(0, 2).data() == "2,5 години"
    assert "015.1" in window.services.act.text()

    step(window, CaseState.TERMINATED, "death")
    window.path.deliver_button.click()
    step(window, CaseState.CLOSED, "decision_delivered")
    assert state(store, window) is CaseState.CLOSED
    assert any("Справу закрито" in lb.text() for lb in window.path.findChildren(QLabel))
    qtmodeltester.check(window.path.events)

    with store.read() as conn:
        moves = [to for _, _, to, _ in case_events(conn, window._case_id)]
    assert moves == [
        CaseState.ASSESSING,
        CaseState.AWAITING_DECISION,
        CaseState.GRANTED,
        CaseState.PROVIDING,
        CaseState.TERMINATED,
        CaseState.CLOSED,
    ]
    for table, expected in (
        (FormRecord, 1),
        (IncomeDeclaration, 1),
        (CaseDecision, 2),
        (CarePlan, 1),
        (Contract, 1),
        (ServiceEntry, 1),
    ):
        assert count(store, table) == expected, table.__tablename__
        with store.read() as conn:
            travelled = conn.execute(
                select(func.count())
                .select_from(OutboxEntry)
                .where(OutboxEntry.table_name == table.__tablename__)  # type: ignore[arg-type,attr-defined]
            ).scalar_one()
        assert travelled >= expected  # every record is a change record for the centre


def test_an_urgent_case_starts_at_once_and_closes_after_its_act(store: Store, qtbot: QtBot) -> None:
    window = appeal(store, qtbot, "012.0", urgent=True)
    step(window, CaseState.URGENT)
    assert state(store, window) is CaseState.URGENT
    window.tabs.setCurrentWidget(window.services)
    window.services.add()  # services are logged at once
    assert window.services.error_label.text() == ""
    act = open_act(window, cw.URGENT_FORM)
    fill(
        act,
        {
            "started_on": TODAY.isoformat(),
            "who_needs": "person",
            "threats": ["health"],
            "readiness": "ready",
            "key_needs": "тепло, їжа, ліки",
            "services_needed": "012.0",
            "services_provided": "012.0 Кризове та екстрене втручання",
            "duration_hours": "20",
            "worker": "Петренко О. І.",
        },
    )
    act.complete()
    assert act.error_label.text() == ""
    act.accept()
    step(window, CaseState.CLOSED, "urgent_done")
    assert state(store, window) is CaseState.CLOSED


def test_a_refused_move_says_what_is_missing_and_writes_nothing(store: Store, qtbot: QtBot) -> None:
    window = appeal(store, qtbot, "015.1")
    step(window, CaseState.ASSESSING)
    dialog = step(window, CaseState.AWAITING_DECISION)
    assert "акт оцінки" in dialog.error_label.text()
    assert state(store, window) is CaseState.ASSESSING


def test_a_draft_is_saved_while_typing_and_survives_closing(store: Store, qtbot: QtBot) -> None:
    window = appeal(store, qtbot, "015.1")
    act = open_act(window, "living_conditions")
    act.editor.fields["address"].widget.setFocus()
    type_text(act.editor.fields["address"].widget, "с. Бабенкове, вул. Шкільна, 3")
    qtbot.waitUntil(lambda: act.record_id is not None, timeout=3000)
    act.reject()
    reopened = open_act(window, "living_conditions")
    assert reopened.editor.answers()["address"] == "с. Бабенкове, вул. Шкільна, 3"


def test_an_acts_draft_is_written_through_the_windows_writer_and_announced(
    store: Store, qtbot: QtBot
) -> None:
    window = appeal(store, qtbot, "015.1")
    act = open_act(window, "living_conditions")
    type_text(act.editor.fields["address"].widget, "с. Бабенкове")
    with qtbot.waitSignal(window.writer.bus.changed) as announced:  # every open window hears it
        act.save_draft()
    assert announced.args is not None and announced.args[0].cases
    assert act.record_id is not None


def test_a_familys_case_plans_and_logs_services_per_person(store: Store, qtbot: QtBot) -> None:
    from socdesk.domain.people import HouseholdRole
    from socdesk.store.households import join_household
    from socdesk.store.people import create_household

    set_prefix(store)
    mother = add_person(store, "Коваль", "Ганна", birth_date=dt.date(1950, 5, 1))
    son = add_person(store, "Коваль", "Петро", birth_date=dt.date(1985, 2, 3))
    with store.write() as uow:
        household = create_household(uow, None, "вул. Шкільна, 3", None)
        join_household(uow, mother, household, HouseholdRole.HEAD, TODAY)
        join_household(uow, son, household, HouseholdRole.CHILD, TODAY)
    card = PersonCard(store, TaskRunner(ImmediatePool()), mother)
    qtbot.addWidget(card)
    dialog = card.cases.new_appeal()
    assert dialog is not None and dialog.family.isEnabled()
    dialog.check("010.1")
    dialog.family.setChecked(True)
    dialog.buttons.accepted.emit()
    window = card.cases.open_case(0)
    assert window is not None
    qtbot.addWidget(window)
    with store.read() as conn:
        assert [name for _, name in cw.case_people(conn, window._case_id)] == [
            "Коваль Ганна",
            "Коваль Петро",
        ]
    assert window.services.person.count() == 2  # whom a visit served is asked
    facts = CaseFacts(assessment_act=True, individual_plan=True, contract=True)
    with store.write() as uow:  # the path itself is walked in the whole-path test above
        for target in (CaseState.ASSESSING, CaseState.AWAITING_DECISION, CaseState.GRANTED):
            move_case(uow, window._case_id, target, facts, TODAY)
    window.refresh()
    plan = window.plan.new_plan()
    assert not plan.measures.isColumnHidden(0)  # "for whom" shows in a family's case
    plan.goals.setPlainText("Підтримати сім'ю")
    plan.add_measure("010.1", "Супровід матері", "щотижня", "4", "Іваненко М. П.")
    plan.add_measure(
        "010.1", "Допомога з працевлаштуванням", "щомісяця", "1", "Іваненко М. П.", son
    )
    plan.findChild(QDialogButtonBox).accepted.emit()
    assert plan.result() == QDialog.DialogCode.Accepted, plan.error_label.text()
    assert "Коваль Петро: 010.1 Допомога з працевлаштуванням" in window.plan.text.toPlainText()
    with store.write() as uow:
        move_case(uow, window._case_id, CaseState.PROVIDING, facts, TODAY)
    window.services.person.setCurrentIndex(window.services.person.findData(son))
    window.services.add()
    assert window.services.error_label.text() == ""
    with store.read() as conn:
        latest = cw.latest_plan(conn, window._case_id)
        served = conn.execute(select(ServiceEntry.person_id)).scalars().all()  # type: ignore[call-overload]
    assert latest is not None
    assert [m.person_id for m in latest.measures] == [mother, son]
    assert served == [son]


def test_the_responsible_worker_is_changed_in_the_case_window(store: Store, qtbot: QtBot) -> None:
    from socdesk.store.schema import Worker

    window = appeal(store, qtbot, "015.1")
    with store.write() as uow:
        worker = uow.insert(
            Worker, {"surname": "Іваненко", "given_name": "Марія", "position": "ФСР"}
        )
    reopened = CaseWindow(store, window._case_id)
    qtbot.addWidget(reopened)
    reopened.worker.setCurrentIndex(reopened.worker.findData(worker))
    with store.read() as conn:
        assert cw.case_header(conn, window._case_id).worker_id == worker
