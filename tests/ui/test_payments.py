"""Payments on screen: a contract's months on its tab with the balance and a dialog for one
month, and the district's monthly list typed in from the keyboard (Enter goes down the column,
today's date goes beside an amount), saved in one go, with what is wrong said per row."""

from __future__ import annotations

import datetime as dt

import pytest
from payment_support import paid_case, two_districts
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from socdesk.store.database import Store
from socdesk.store.payments import month_list
from socdesk.store.schema import ContractPayment
from socdesk.ui.case.window import CaseWindow
from socdesk.ui.payments import PaymentsWindow

TODAY = dt.date(2026, 5, 20)
_pay = ContractPayment.__table__  # type: ignore[attr-defined]


@pytest.fixture(autouse=True)
def _never_block(monkeypatch: pytest.MonkeyPatch) -> None:
    """A window left with typed rows (a failed test) is closed without a modal question."""
    monkeypatch.setattr(QMessageBox, "question", lambda *_: QMessageBox.StandardButton.No)


def _window(store: Store, qtbot: QtBot) -> PaymentsWindow:
    window = PaymentsWindow(store, lambda: TODAY)
    qtbot.addWidget(window)
    return window


def test_the_contract_tab_shows_the_months_and_enters_a_payment(store: Store, qtbot: QtBot) -> None:
    _, case, _ = paid_case(store, "Коваль", amount_kop=45000, signed=dt.date(2026, 3, 1))
    window = CaseWindow(store, case, lambda: TODAY)
    qtbot.addWidget(window)
    payments = window.contract.payments
    assert not payments.isHidden()
    assert [payments.model.cell(r, 0) for r in payments.model.rows] == [
        "05.2026",
        "04.2026",
        "03.2026",
    ]
    assert "Борг: 1" in payments.balance.text() and "350,00 грн" in payments.balance.text()
    dialog = payments.enter_payment(0)
    assert dialog is not None
    assert dialog.amount.text() == "450"  # the month's charge, to confirm or change
    dialog.receipt.setText("№ 15")
    dialog.amount.setText("-1")
    dialog.save()
    assert "від'ємним" in dialog.error_label.text()
    dialog.amount.setText("450")
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.error_label.text()
    window.refresh()
    newest = payments.model.rows[0]
    assert (newest.received_kop, newest.receipt, newest.received_on) == (45000, "15", TODAY)
    assert "900,00 грн" in payments.balance.text()


def test_a_free_contract_shows_no_payments(store: Store, qtbot: QtBot) -> None:
    _, case, _ = paid_case(store, "Коваль", category="free", amount_kop=0)
    window = CaseWindow(store, case, lambda: TODAY)
    qtbot.addWidget(window)
    assert window.contract.payments.isHidden()


def test_the_month_is_typed_down_the_column_and_saved_at_once(store: Store, qtbot: QtBot) -> None:
    paid_case(store, "Бойко", amount_kop=30000)
    paid_case(store, "Шевченко", category="paid", amount_kop=90000)
    window = _window(store, qtbot)
    assert window.table.rowCount() == 2
    assert window.table.item(0, 0).text() == "Бойко Олена"  # type: ignore[union-attr]
    assert "Нараховано: 1\u00a0200,00 грн" in window.totals.text()
    table = window.table
    table.setFocus()
    table.setCurrentCell(0, 5)
    table.editItem(table.item(0, 5))
    qtbot.keyClicks(table.focusWidget(), "300")
    qtbot.keyClick(table.focusWidget(), Qt.Key.Key_Return)  # the delegate commits queued
    qtbot.waitUntil(lambda: table.currentRow() == 1)
    assert table.currentColumn() == 5 and table.state() == table.State.EditingState
    qtbot.keyClicks(table.focusWidget(), "500,5")
    qtbot.keyClick(table.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.item(1, 5).text() == "500,50")  # type: ignore[union-attr]
    assert table.item(0, 6).text() == "20.05.2026"  # type: ignore[union-attr]
    assert "Сплачено: 800,50 грн" in window.totals.text()
    window.save()
    assert "Рядок 1 (Бойко Олена)" in window.error_label.text()
    assert "номер квитанції" in window.error_label.text()
    table.item(0, 7).setText("КВ-1")  # type: ignore[union-attr]
    table.item(1, 7).setText("№ 2")  # type: ignore[union-attr]
    table.item(1, 6).setText("21.05.2026")  # type: ignore[union-attr]
    window.save()
    assert "в майбутньому" in window.error_label.text()
    table.item(1, 6).setText("19.05.2026")  # type: ignore[union-attr]
    window.save()
    assert window.error_label.text() == ""
    with store.read() as conn:
        saved = {(r.received_kop, r.receipt, r.received_on) for r in conn.execute(select(_pay))}
    assert saved == {(30000, "КВ-1", TODAY), (50050, "2", dt.date(2026, 5, 19))}
    assert window.table.item(0, 5).text() == "300,00"  # type: ignore[union-attr]  # reloaded
    window.save()
    assert "Змін немає" in window.error_label.text()


def test_the_month_and_district_choose_the_rows(store: Store, qtbot: QtBot) -> None:
    places = two_districts(store)
    paid_case(store, "Бойко", settlement_id=places["Бабенкове"])
    paid_case(store, "Шевченко", settlement_id=places["Копанки"], signed=dt.date(2026, 5, 2))
    window = _window(store, qtbot)
    assert window.district.count() == 3
    window.district.setCurrentIndex(window.district.findData(places["Південний"]))
    assert [line.name for line in window.lines] == ["Шевченко Олена"]
    window.month.setDate(window.month.date().addMonths(-1))
    assert window.chosen_month() == dt.date(2026, 4, 1)
    assert window.lines == []
    window.district.setCurrentIndex(0)
    with store.read() as conn:
        assert window.lines == month_list(conn, dt.date(2026, 4, 1))
    assert len(window.lines) == 1


class Answers:
    """`QMessageBox.question` answered from a queue, then «Ні»; the questions asked are kept."""

    def __init__(self, *answers: QMessageBox.StandardButton) -> None:
        self.queue, self.asked = list(answers), list[str]()

    def __call__(self, _parent: object, _title: str, body: str, *_: object) -> object:
        self.asked.append(body)
        return self.queue.pop(0) if self.queue else QMessageBox.StandardButton.No


def _typed(window: PaymentsWindow, amount: str, receipt: str = "") -> None:
    window.table.item(0, 5).setText(amount)  # type: ignore[union-attr]
    window.table.item(0, 7).setText(receipt)  # type: ignore[union-attr]


def _saved(store: Store) -> set[tuple[int, str]]:
    with store.read() as conn:
        return {(r.received_kop, r.receipt) for r in conn.execute(select(_pay))}


def test_closing_with_typed_payments_asks_to_save_them(
    store: Store, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    paid_case(store, "Бойко", amount_kop=30000)
    window = _window(store, qtbot)
    window.show()
    answers = Answers(
        QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Yes,
    )
    monkeypatch.setattr(QMessageBox, "question", answers)
    _typed(window, "300", "КВ-1")
    window.reject()  # «Скасувати»: the window stays, the typing too
    assert answers.asked == ["Зберегти внесені оплати?"]
    assert window.isVisible() and window.table.item(0, 5).text()  # type: ignore[union-attr]
    window.close()  # the X: «Так» saves, then closes
    assert not window.isVisible()
    assert _saved(store) == {(30000, "КВ-1")}


def test_no_discards_the_typed_payments_and_nothing_typed_closes_at_once(
    store: Store, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    paid_case(store, "Бойко", amount_kop=30000)
    answers = Answers(QMessageBox.StandardButton.No)
    monkeypatch.setattr(QMessageBox, "question", answers)
    window = _window(store, qtbot)
    window.show()
    window.reject()  # nothing typed: no question
    assert not window.isVisible() and answers.asked == []
    window = _window(store, qtbot)
    window.show()
    _typed(window, "300", "КВ-1")
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert answers.asked == ["Зберегти внесені оплати?"]
    assert not window.isVisible()
    assert _saved(store) == set()


def test_yes_with_a_wrong_row_keeps_the_window_open(
    store: Store, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    paid_case(store, "Бойко", amount_kop=30000)
    monkeypatch.setattr(QMessageBox, "question", Answers(QMessageBox.StandardButton.Yes))
    window = _window(store, qtbot)
    window.show()
    _typed(window, "300")  # no receipt number
    window.reject()
    assert window.isVisible() and "номер квитанції" in window.error_label.text()
    assert _saved(store) == set()


def test_the_payment_dialog_starts_on_the_amount_and_tabs_down_to_save(
    store: Store, qtbot: QtBot
) -> None:
    _, case, _ = paid_case(store, "Коваль", amount_kop=45000, signed=dt.date(2026, 3, 1))
    window = CaseWindow(store, case, lambda: TODAY)
    qtbot.addWidget(window)
    window.show()
    dialog = window.contract.payments.enter_payment(0)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert dialog.focusWidget() is dialog.amount
    assert dialog.amount.selectedText() == "450"
    assert dialog.save_button.text() == "Зберегти"
    visited = [dialog.amount]
    for _ in range(6):  # Tab walks the date's day, month and year before leaving it
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        if dialog.focusWidget() is not visited[-1]:
            visited.append(dialog.focusWidget())
    assert visited[:4] == [dialog.amount, dialog.received_on, dialog.receipt, dialog.save_button]
    dialog.reject()


def test_amounts_are_written_one_way_and_money_is_right_aligned(store: Store, qtbot: QtBot) -> None:
    _, case, _ = paid_case(store, "Бойко", category="paid", amount_kop=540000)
    window = _window(store, qtbot)
    window.table.item(0, 5).setText("1234,5")  # type: ignore[union-attr]
    assert window.table.item(0, 5).text() == "1\u00a0234,50"  # type: ignore[union-attr]
    assert window.table.item(0, 8).text() == "4\u00a0165,50"  # type: ignore[union-attr]
    assert "Сплачено: 1\u00a0234,50 грн" in window.totals.text()
    window.table.item(0, 5).setText("12,345")  # type: ignore[union-attr]  # left as typed
    assert window.table.item(0, 5).text() == "12,345"  # type: ignore[union-attr]
    assert window.table.item(0, 8).text() == "?"  # type: ignore[union-attr]
    window.load()
    tab = CaseWindow(store, case, lambda: TODAY)
    qtbot.addWidget(tab)
    model = tab.contract.payments.model
    right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    aligned = [model.data(model.index(0, c), Qt.ItemDataRole.TextAlignmentRole) for c in range(6)]
    assert [a == right for a in aligned] == [False, True, True, False, False, True]
    assert model.cell(model.rows[0], 1) == "5\u00a0400,00"
    assert not tab.contract.payments.table.horizontalHeader().stretchLastSection()


def test_a_month_without_paid_contracts_says_so(store: Store, qtbot: QtBot) -> None:
    paid_case(store, "Бойко", signed=dt.date(2026, 5, 2))
    window = _window(store, qtbot)
    window.show()
    assert window.table.isVisible() and not window.empty.isVisible()
    assert "Борг: 435,48 грн" in window.totals.text() and "Різниця" not in window.totals.text()
    window.month.setDate(window.month.date().addMonths(-1))
    assert window.lines == [] and not window.table.isVisible()
    assert window.empty.isVisible()
    assert window.empty.text() == "У цьому місяці немає платних договорів."


def test_a_specialist_sees_the_payments_of_their_districts_only(store: Store, qtbot: QtBot) -> None:
    import report_fixture

    ids = report_fixture.build(store)
    report_fixture.specialist_of_first(store, ids)
    with Store.open(store.paths, *report_fixture.SPECIALIST) as specialist:
        window = _window(specialist, qtbot)
        offered = [window.district.itemData(i) for i in range(window.district.count())]
        assert offered == [None, ids["D1"]]
        # May 2026 in «Перший»: C2's contract to the 9th and its renewal; C6's («Другий») not
        assert {line.contract_id for line in window.lines} == {ids["KC2"], ids["KC2R"]}
        window.close()
