"""Names that come with the data rather than the code (act and form titles from the form
definitions, the printable documents' titles from the documents registry), in the interface's
language. The lists mark them for translation; `tests/ui/test_names.py` checks that every
title the data has is here, so a new form or document cannot stay untranslated unnoticed.
"""

from __future__ import annotations

from socdesk.ui.i18n import noop, tr

FORM_TITLES = (
    noop("Forms", "Акт оцінки потреб сім'ї/особи"),
    noop("Forms", "Акт обстеження матеріально-побутових умов"),
    noop("Forms", "Шкала оцінювання можливості виконання елементарних дій"),
    noop("Forms", "Шкала оцінювання можливості виконання складних дій"),
    noop("Forms", "Чинники, що можуть зумовити складні життєві обставини"),
    noop("Forms", "Акт про надання соціальних послуг екстрено (кризово)"),
    noop("Forms", "Анкета оцінки задоволеності отримувача якістю соціальних послуг"),
)
DOCUMENT_TITLES = (
    noop("Documents", "Журнал обліку отримувачів за період"),
    noop("Documents", "Договір з додатками"),
    noop("Documents", "Рішення"),
    noop("Documents", "Індивідуальний план"),
    noop("Documents", "Облікова картка отримувача"),
    noop("Documents", "Згода на обробку персональних даних"),
    noop("Documents", "Заява (повідомлення)"),
    noop("Documents", "Акт наданих послуг за місяць"),
    noop("Documents", "Акт оцінки потреб сім'ї/особи"),
    noop("Documents", "Акт обстеження матеріально-побутових умов"),
    noop("Documents", "Шкала оцінювання елементарних дій"),
    noop("Documents", "Шкала оцінювання складних дій"),
    noop("Documents", "Чинники складних життєвих обставин"),
    noop("Documents", "Акт про надання послуг екстрено (кризово)"),
)
_BLANK = "Бланк: "


def form_title(title: str) -> str:
    """An act's or a scale's title (from its definition) as the interface shows it."""
    return tr("Forms", title)


def form_text(text: str) -> str:
    """A section's, field's or choice's text from a form definition (`case/form_strings.py`
    marks them) as the interface shows it."""
    return tr("Forms", text) if text else text


def document_title(title: str) -> str:
    """A printable document's title (from the documents registry) as menus show it."""
    if title.startswith(_BLANK):
        inner = tr("Documents", title.removeprefix(_BLANK))
        return tr("Documents", "Бланк: %1").replace("%1", inner)
    return tr("Documents", title)
