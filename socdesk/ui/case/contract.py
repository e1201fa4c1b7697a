"""The case's contract: the signed one, and the dialog that signs a new one."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from socdesk.domain.errors import SocDeskError
from socdesk.domain.payment import parse_amount, to_kop, uah
from socdesk.domain.text import quantity
from socdesk.store import casework as cw
from socdesk.store.database import Store
from socdesk.store.service_log import (
    service_units,
)
from socdesk.store.territory import workplace_prefix
from socdesk.ui.case.tabs import (
    CATEGORY_TEXT,
    Today,
    cell_text,
    new_table,
    set_row,
)
from socdesk.ui.changes import Writer, error_to, own_writer
from socdesk.ui.i18n import tr
from socdesk.ui.messages import domain_tr
from socdesk.ui.payments import ContractPayments
from socdesk.ui.service_picker import pick_button
from socdesk.ui.widgets import (
    date_edit,
    date_of,
    error_label,
    lay_out_form_dialog,
)


# ------------------------------------------------------------------------------ contract
class ContractDialog(QDialog):
    """The contract: term, place, representative, services with volume, schedule and price;
    the payment is calculated from the declaration when it is signed."""

    def __init__(
        self,
        store: Store,
        case_id: str,
        today: Today,
        parent: QWidget | None = None,
        writer: Writer | None = None,
    ) -> None:
        super().__init__(parent)
        self._store, self._case_id = store, case_id
        self._writer = writer or own_writer(store, self)
        with store.read() as conn:
            header = cw.case_header(conn, case_id)
            self._units = service_units(conn, today())
            plan = cw.latest_plan(conn, case_id)
        self.setWindowTitle(tr("CaseTabs", "Договір про надання соціальних послуг"))
        day = today()
        self.signed_on = date_edit(self, day, "signed_on")
        self.valid_to = date_edit(self, dt.date(day.year, 12, 31), "valid_to")
        self.open_ended = QCheckBox(tr("CaseTabs", "Безстроково"), self)
        self.open_ended.toggled.connect(lambda on: self.valid_to.setEnabled(not on))
        self.place = QComboBox(self)
        self.place.setEditable(True)
        self.place.addItems(["вдома в отримувача", "за місцезнаходженням надавача"])
        self.representative = QLineEdit(self)
        self.basis = QLineEdit(self)
        self.services = new_table(
            self,
            [
                tr("CaseTabs", "Код послуги"),
                tr("CaseTabs", "Обсяг на місяць"),
                tr("CaseTabs", "Розклад"),
                tr("CaseTabs", "Вартість на місяць, грн"),
            ],
            "contract_services",
        )
        volumes: dict[str, Decimal] = plan.volumes() if plan is not None else {}
        for code in header.services:
            row = self.services.rowCount()
            self.services.insertRow(row)
            set_row(self.services, row, [code, str(volumes.get(code, "")), "", ""])
        add = QPushButton(tr("CaseTabs", "Додати послугу"), self)
        add.clicked.connect(lambda: self.services.insertRow(self.services.rowCount()))
        form = QFormLayout()
        form.addRow(tr("CaseTabs", "Дата підписання:"), self.signed_on)
        term = QHBoxLayout()
        term.addWidget(self.valid_to)
        term.addWidget(self.open_ended)
        form.addRow(tr("CaseTabs", "Діє до:"), term)
        form.addRow(tr("CaseTabs", "Де надаються послуги:"), self.place)
        form.addRow(
            tr("CaseTabs", "Законний представник (якщо підписує він):"), self.representative
        )
        form.addRow(tr("CaseTabs", "Діє на підставі:"), self.basis)
        form.addRow(tr("CaseTabs", "Послуги:"), self.services)
        pick = pick_button(store, self.services, 0, self._add_row, self)
        more = QHBoxLayout()
        more.addWidget(add)
        more.addWidget(pick)
        more.addStretch(1)
        form.addRow(more)
        self.error_label = error_label(self)
        lay_out_form_dialog(self, form, [self.error_label], self.sign)
        self.resize(860, 560)

    def _add_row(self, code: str) -> int:
        row = self.services.rowCount()
        self.services.insertRow(row)
        set_row(self.services, row, [code, "", "", ""])
        return row

    def terms(self) -> cw.ContractTerms:
        services = []
        for row in range(self.services.rowCount()):
            code = cell_text(self.services, row, 0)
            if not code:
                continue
            services.append(  # the store checks the code against the classifier
                cw.ContractService(
                    code,
                    parse_amount(cell_text(self.services, row, 1), f"Рядок {row + 1}, обсяг"),
                    self._units.get(code, ""),
                    cell_text(self.services, row, 2),
                    to_kop(cell_text(self.services, row, 3), f"Рядок {row + 1}, вартість"),
                )
            )
        return cw.ContractTerms(
            date_of(self.signed_on),
            None if self.open_ended.isChecked() else date_of(self.valid_to),
            self.place.currentText(),
            tuple(services),
            self.representative.text(),
            self.basis.text(),
        )

    def sign(self) -> None:
        try:
            terms = self.terms()
        except SocDeskError as exc:
            self.error_label.setText(domain_tr(str(exc)))
            return
        case_id = self._case_id
        self._writer.write(
            lambda uow: cw.sign_contract(uow, case_id, terms, workplace_prefix(uow.connection)),
            lambda _: self.accept(),
            error_to(self.error_label),
        )


def contract_text(contract: cw.SignedContract) -> str:
    term = (
        contract.valid_to.strftime("%d.%m.%Y")
        if contract.valid_to
        else tr("CaseTabs", "безстроково")
    )
    lines = [
        tr("CaseTabs", "Договір № %1 від %2, діє до %3")
        .replace("%1", contract.number)
        .replace("%2", contract.signed_on.strftime("%d.%m.%Y"))
        .replace("%3", term),
        tr("CaseTabs", "Де надаються: %1").replace("%1", contract.place),
    ]
    if contract.representative:
        lines.append(
            tr("CaseTabs", "Представник: %1 (%2)")
            .replace("%1", contract.representative)
            .replace("%2", contract.representative_basis)
        )
    lines.append(tr("CaseTabs", "Послуги:"))
    lines += [
        f"  {s.code}: {quantity(s.volume, s.unit)} / міс., {s.schedule}, {uah(s.tariff_kop)}"
        for s in contract.services
    ]
    category = tr("CaseTabs", CATEGORY_TEXT[contract.payment_category])
    lines.append(
        tr("CaseTabs", "Оплата: %1, до сплати на місяць %2")
        .replace("%1", category)
        .replace("%2", uah(contract.amount_kop))
    )
    lines.append("")
    lines.append(tr("CaseTabs", "Розрахунок (додаток до договору):"))
    lines += contract.payment_steps
    if contract.terminated_on:
        lines.append(
            tr("CaseTabs", "Припинено %1").replace(
                "%1", contract.terminated_on.strftime("%d.%m.%Y")
            )
        )
    return "\n".join(lines)


class ContractTab(QWidget):
    def __init__(
        self, store: Store, case_id: str, today: Today, parent: QWidget, writer: Writer
    ) -> None:
        super().__init__(parent)
        self._store, self._case_id, self._today = store, case_id, today
        self._writer = writer  # the case window's: what it writes reloads the window
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("contract_text")
        self.text.setReadOnly(True)
        self.sign_button = QPushButton(tr("CaseTabs", "Укласти договір…"), self)
        self.sign_button.setObjectName("sign_contract")
        self.sign_button.clicked.connect(self.new_contract)
        self.payments = ContractPayments(store, today, self, writer)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.sign_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.payments, 1)

    def refresh(self) -> None:
        with self._store.read() as conn:
            contract = cw.latest_contract(conn, self._case_id)
        self.text.setPlainText(
            contract_text(contract) if contract else tr("CaseTabs", "Договору ще немає.")
        )
        self.payments.show_contract(
            contract.id if contract else None, contract.payment_category if contract else None
        )
        self.sign_button.setText(
            tr("CaseTabs", "Укласти новий договір…")
            if contract
            else tr("CaseTabs", "Укласти договір…")
        )

    def new_contract(self) -> ContractDialog:
        dialog = ContractDialog(self._store, self._case_id, self._today, self, self._writer)
        dialog.open()
        return dialog
