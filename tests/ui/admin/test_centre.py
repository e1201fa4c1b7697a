"""Settings: a coordinator edits the centre's details the wizard set (and the signatory the
contracts need); every problem is said at once and marked at its field; others do not see them."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot
from support import FAST_KDF, set_up_places

from socdesk.domain.people import Role
from socdesk.store.centre import centre_details
from socdesk.store.database import NewUser, Store
from socdesk.ui.admin.centre import MARK
from socdesk.ui.admin.settings import SettingsDialog


@pytest.fixture
def dialog(store: Store, qtbot: QtBot) -> SettingsDialog:
    set_up_places(store, "Бабенкове")
    shown = SettingsDialog(store)  # its own writer: writes run at once
    qtbot.addWidget(shown)
    return shown


def fill(dialog: SettingsDialog, **values: str) -> None:
    for name, value in values.items():
        dialog.centre.edits[name].setText(value)


def test_a_coordinator_edits_the_centres_details_and_signatory(
    dialog: SettingsDialog, store: Store
) -> None:
    assert dialog.centre.isVisibleTo(dialog)
    fill(
        dialog,
        name="Центр надання соціальних послуг Бабенківської сільської ради",
        address="64321, Харківська обл., с. Бабенкове, вул. Миру, 1",
        edrpou="32855962",  # a wrong check digit
        head="Петренко Ольга Іванівна",
        signer_position="Директор",
        signer_name="Петренко Ольга Іванівна",
        signer_basis="Положення про Центр",
        contract_place="с. Бабенкове",
    )
    dialog.centre.edits["name"].setText("")
    dialog.save()
    said = dialog.error_label.text()
    assert "назву надавача" in said and "ЄДРПОУ «32855962»" in said  # both at once
    assert dialog.centre.edits["edrpou"].styleSheet() == MARK
    assert dialog.centre.edits["head"].styleSheet() == ""
    with store.read() as conn:
        assert centre_details(conn).head == ""  # nothing written
    fill(dialog, name="Центр надання соціальних послуг", edrpou="32855961")
    dialog.save()
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    with store.read() as conn:
        saved = centre_details(conn)
    assert saved.edrpou == "32855961" and saved.signer_name == "Петренко Ольга Іванівна"
    assert saved.signer_basis == "Положення про Центр" and saved.contract_place == "с. Бабенкове"
    again = SettingsDialog(store)  # shows what is saved
    assert again.centre.edits["signer_position"].text() == "Директор"
    again.deleteLater()


def test_others_do_not_see_the_centres_details(store: Store, qtbot: QtBot) -> None:
    set_up_places(store, "Бабенкове")
    store.add_user(NewUser("petro", "пароль-петра", "Петро", Role.SPECIALIST), FAST_KDF)
    with Store.open(store.paths, "petro", "пароль-петра") as specialist:
        dialog = SettingsDialog(specialist)
        qtbot.addWidget(dialog)
        assert not dialog.centre.isVisibleTo(dialog)
        dialog.close()
