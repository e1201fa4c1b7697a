"""The person's name as documents decline it («надати Коваль Олені Іванівні»), each case shown
and correctable: a compound or rare surname the rule declines wrongly is typed right once, and
every document after uses the correction."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from socdesk.documents.ukrainian import Case, declined_name
from socdesk.domain.errors import SocDeskError
from socdesk.domain.identifiers import sex_for_grammar
from socdesk.store.database import Store
from socdesk.store.people import set_name_forms
from socdesk.store.printing import person_sheet
from socdesk.ui.changes import Writer, own_writer
from socdesk.ui.i18n import noop, tr
from socdesk.ui.messages import domain_tr
from socdesk.ui.ops import default_failure
from socdesk.ui.widgets import error_label

CASES = {
    Case.GENITIVE: noop("NameForms", "Родовий (кого? заява кого?)"),
    Case.DATIVE: noop("NameForms", "Давальний (кому? надати кому?)"),
    Case.ACCUSATIVE: noop("NameForms", "Знахідний (кого? бачу кого?)"),
    Case.ABLATIVE: noop("NameForms", "Орудний (ким? з ким?)"),
}


class NameFormsPanel(QWidget):
    """The card's tab: the declined forms, the rule's in grey, a correction typed over it."""

    def __init__(
        self,
        store: Store,
        person_id: Callable[[], str | None],
        parent: QWidget | None = None,
        writer: Writer | None = None,
    ) -> None:
        super().__init__(parent)
        self._store, self._person_id = store, person_id
        self._writer = writer or own_writer(store, self)
        self.edits: dict[Case, QLineEdit] = {}
        form = QFormLayout()
        for case, label in CASES.items():
            edit = QLineEdit(self)
            edit.setObjectName(f"name_{case.value}")
            self.edits[case] = edit
            form.addRow(tr("NameForms", label) + ":", edit)
        note = QLabel(
            tr(
                "NameForms",
                "Так ім’я стоятиме в документах. Сірим — як відмінює правило; якщо воно "
                "помиляється (подвійні чи рідкісні прізвища), впишіть правильну форму.",
            ),
            self,
        )
        note.setWordWrap(True)
        self.save_button = QPushButton(tr("NameForms", "Зберегти відмінки"), self)
        self.save_button.clicked.connect(self.save)
        self.error_label = error_label(self)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.save_button)
        layout.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        person_id = self._person_id()
        self.setEnabled(person_id is not None)
        if person_id is None:
            return
        with self._store.read() as conn:
            person = person_sheet(conn, person_id)
        for case, edit in self.edits.items():
            edit.setPlaceholderText(
                declined_name(
                    person["surname"], person["given_name"], person["patronymic"],
                    sex_for_grammar(person["sex"], person["rnokpp"]), case,
                )
            )  # fmt: skip
            edit.setText(person["name_forms"].get(case.value, ""))

    def save(self) -> None:
        person_id = self._person_id()
        if person_id is None:
            return
        forms = {case.value: edit.text() for case, edit in self.edits.items()}

        def failed(exc: BaseException) -> None:
            if isinstance(exc, SocDeskError):
                self.error_label.setText(domain_tr(str(exc)))
            else:
                default_failure(self, exc)

        self._writer.write(
            lambda uow: set_name_forms(uow, person_id, forms),
            lambda _: self.error_label.setText(""),
            failed,
        )
