"""Messages from the domain and store are translated where shown: one message, a template with
its values (translated in turn), several messages joined; the domain imports no Qt for it
(a message is recorded in the catalogue when the domain makes it)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from pytestqt.qtbot import QtBot

from socdesk.domain.cases import (
    STATE_NAMES,
    CaseFacts,
    CaseState,
    IllegalTransition,
    check_transition,
)
from socdesk.domain.messages import CATALOGUE
from socdesk.domain.payment import payment, uah
from socdesk.ui.messages import domain_tr


class Marked(QTranslator):
    """Translates every domain message as «EN[…]», keeping its %1, %2… in place."""

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        del disambiguation, n
        return f"EN[{source}]" if context == "Domain" and source in CATALOGUE else None

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def marked(qtbot: QtBot) -> Iterator[None]:
    del qtbot
    app = QCoreApplication.instance()
    assert app is not None
    translator = Marked()
    app.installTranslator(translator)
    yield
    app.removeTranslator(translator)


def test_a_state_a_template_and_joined_messages(marked: None) -> None:
    del marked
    assert domain_tr(STATE_NAMES[CaseState.CLOSED]) == "EN[закрито]"
    assert domain_tr(uah(123456)) == "EN[%1 грн]".replace("%1", "1\u00a0234,56")
    step = payment(100_00, 2000_00, 0).steps[-1]  # "%1 ≤ 2 ПМ (%2): безоплатно" filled
    assert domain_tr(step) == "EN[%1 ≤ 2 ПМ (%2): безоплатно]".replace(
        "%1", "EN[%1 грн]".replace("%1", "100,00")
    ).replace("%2", "EN[%1 грн]".replace("%1", "4\u00a0000,00"))
    with pytest.raises(IllegalTransition) as caught:  # two guards' messages, joined
        check_transition(CaseState.GRANTED, CaseState.PROVIDING, CaseFacts())
    assert domain_tr(str(caught.value)) == (
        "EN[Складіть індивідуальний план надання послуги.] "
        "EN[Укладіть договір про надання соціальних послуг.]"
    )


def test_an_illegal_move_names_the_states_in_the_interfaces_language(marked: None) -> None:
    del marked
    with pytest.raises(IllegalTransition) as caught:
        check_transition(CaseState.CLOSED, CaseState.GRANTED, CaseFacts())
    shown = domain_tr(str(caught.value))
    assert shown.startswith("EN[Зі стану «%1»") is False  # filled, not the bare template
    assert "EN[закрито]" in shown and "EN[рішення про надання]" in shown


def test_without_a_translation_the_message_is_unchanged(qtbot: QtBot) -> None:
    del qtbot
    text = STATE_NAMES[CaseState.REVIEW]
    assert domain_tr(text) == text
    assert domain_tr("Коваль Ганна") == "Коваль Ганна"  # data stays as it is
