"""The centre's details in Settings (a coordinator's): the provider's name, address and ЄДРПОУ
as the wizard set them, its head, and who signs contracts «в особі [посада, ПІБ], що діє на
підставі [документ]» and where. The documents print what is saved here (`store.centre`)."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLineEdit, QWidget

from socdesk.store.centre import CentreDetails, centre_problems
from socdesk.ui.i18n import noop, tr

# Field -> (label, placeholder), in the order the form shows them.
FIELDS = {
    "name": (
        noop("Settings", "Назва надавача:"),
        noop("Settings", "напр. Центр надання соціальних послуг … сільської ради"),
    ),
    "address": (
        noop("Settings", "Адреса:"),
        noop("Settings", "індекс, область, населений пункт, вулиця"),
    ),
    "edrpou": (noop("Settings", "Код ЄДРПОУ:"), noop("Settings", "8 цифр")),
    "head": (
        noop("Settings", "Керівник (ПІБ):"),
        noop("Settings", "напр. Петренко Ольга Іванівна"),
    ),
    "signer_position": (
        noop("Settings", "Договори підписує (посада):"),
        noop("Settings", "напр. Директор"),
    ),
    "signer_name": (
        noop("Settings", "ПІБ підписанта:"),
        noop("Settings", "напр. Петренко Ольга Іванівна"),
    ),
    "signer_basis": (
        noop("Settings", "Діє на підставі:"),
        noop("Settings", "напр. Положення про центр; довіреності від … № …"),
    ),
    "contract_place": (
        noop("Settings", "Місце укладення договорів:"),
        noop("Settings", "напр. с. Бабенкове"),
    ),
}
MARK = "border: 1px solid #c0392b;"  # a field with a problem


class CentreForm(QGroupBox):
    """The details as line edits; `details()` reads them, `problems()` marks what is wrong."""

    def __init__(self, details: CentreDetails, parent: QWidget | None = None) -> None:
        super().__init__(tr("Settings", "Надавач послуг (друкується в документах)"), parent)
        self._saved = details
        self.edits: dict[str, QLineEdit] = {}
        form = QFormLayout(self)
        for name, (label, hint) in FIELDS.items():
            edit = QLineEdit(getattr(details, name), self)
            edit.setObjectName(f"centre_{name}")
            edit.setPlaceholderText(tr("Settings", hint))
            edit.setMinimumWidth(380)  # a centre's name is long: the hint and value show whole
            edit.editingFinished.connect(self.problems)  # checked when the person leaves it
            form.addRow(tr("Settings", label), edit)
            self.edits[name] = edit
        self.edits["edrpou"].setMaxLength(8)

    def details(self) -> CentreDetails:
        return CentreDetails(**{name: edit.text().strip() for name, edit in self.edits.items()})

    def changed(self) -> bool:
        return self.details() != self._saved

    def problems(self) -> list[str]:
        """Every problem at once; each wrong field is marked, the first one focused."""
        found = centre_problems(self.details())
        for name, edit in self.edits.items():
            edit.setStyleSheet(MARK if name in found else "")
        return list(found.values())

    def focus_first_problem(self) -> None:
        found = centre_problems(self.details())
        for field in dataclasses.fields(CentreDetails):
            if field.name in found:
                self.edits[field.name].setFocus()
                return
