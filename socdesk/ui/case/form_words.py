"""What the form dialog says of the form it edits, by the form's kind (`FormDefinition.kind`):
an act (акт) of a case, or a survey (анкета) of a recipient. Each sentence is whole, so that a
translation can agree its words with the noun."""

from __future__ import annotations

from socdesk.ui.i18n import noop

WORDS = {
    "act": {
        "complete": noop("FormEditor", "&Завершити акт"),
        "required": noop(
            "FormEditor",
            "Поля із зірочкою * обов’язкові: без них акт не завершити. "
            "Чернетку можна зберігати будь-коли.",
        ),
        "completed": noop(
            "FormEditor", "Акт завершено і не змінюється; виправлення — нова версія."
        ),
        "correct_title": noop("FormEditor", "Виправлення акта"),
        "correct_why": noop("FormEditor", "Чому виправляєте завершений акт?"),
        "corrected": noop("FormEditor", "Нова версія акта; попередня збережена."),
    },
    "survey": {
        "complete": noop("FormEditor", "&Завершити анкету"),
        "required": noop(
            "FormEditor",
            "Поля із зірочкою * обов’язкові: без них анкету не завершити. "
            "Чернетку можна зберігати будь-коли.",
        ),
        "completed": noop(
            "FormEditor", "Анкету завершено і вона не змінюється; виправлення — нова версія."
        ),
        "correct_title": noop("FormEditor", "Виправлення анкети"),
        "correct_why": noop("FormEditor", "Чому виправляєте завершену анкету?"),
        "corrected": noop("FormEditor", "Нова версія анкети; попередня збережена."),
    },
}
