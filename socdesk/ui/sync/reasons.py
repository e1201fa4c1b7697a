"""Why a record is held, and what a sync run came to, in Ukrainian with what to do.

The store and the server give short codes (`Quarantine("row_unknown", …)`, the server's
`Held("rejected", "out_of_scope", …)`, `SyncRun.outcome`); the sync screen shows these words.
"""

from __future__ import annotations

from socdesk.ui.i18n import noop, tr

CONTEXT = "SyncScreen"
WAIT = noop(
    "SyncScreen",
    "Нічого робити не треба: запис застосується сам, щойно надійде те, на що він спирається.",
)
TELL_ADMIN = noop("SyncScreen", "Повідомте адміністратора сервера; запис збережено й не загублено.")

# code -> (what happened, what to do)
REASONS: dict[str, tuple[str, str]] = {
    "row_unknown": (noop("SyncScreen", "Змінює запис, якого тут ще немає."), WAIT),
    "unresolved_reference": (noop("SyncScreen", "Посилається на запис, якого тут ще немає."), WAIT),
    "clock": (
        noop("SyncScreen", "Годинник комп’ютера, де зроблено зміну, іде вперед."),
        noop(
            "SyncScreen",
            "Перевірте дату й час на обох комп’ютерах; запис застосується після синхронізації.",
        ),
    ),
    "bad_clock": (noop("SyncScreen", "Час зміни в записі пошкоджено."), TELL_ADMIN),
    "bad_value": (
        noop("SyncScreen", "Значення поля має неправильний вигляд."),
        noop("SyncScreen", "Повідомте координатора: запис треба виправити там, де його зроблено."),
    ),
    "refused_by_store": (noop("SyncScreen", "Запис порушує правила сховища."), TELL_ADMIN),
    "unknown_table": (
        noop("SyncScreen", "Запис новішої версії SocDesk."),
        noop("SyncScreen", "Оновіть SocDesk: після оновлення запис застосується."),
    ),
    "content_mismatch": (noop("SyncScreen", "Запис надійшов удруге з іншим вмістом."), TELL_ADMIN),
    "out_of_scope": (
        noop("SyncScreen", "Запис стосується округу, якого цей комп’ютер не обслуговує."),
        noop(
            "SyncScreen",
            "Перевірте населений пункт особи. Переводить особу в інший округ координатор.",
        ),
    ),
    "wrong_device": (
        noop("SyncScreen", "Запис надіслано від імені іншого комп’ютера."),
        TELL_ADMIN,
    ),
    "malformed": (noop("SyncScreen", "Запис пошкоджено в дорозі."), TELL_ADMIN),
}
OUTCOMES = {
    "ok": noop("SyncScreen", "Успішно"),
    "partial": noop("SyncScreen", "Частково: є затримані записи"),
    "unreachable": noop("SyncScreen", "Сервер недоступний"),
    "refused": noop("SyncScreen", "Сервер не прийняв комп’ютер"),
    "error": noop("SyncScreen", "Не вдалася"),
    "cancelled": noop("SyncScreen", "Скасовано"),
}


def reason_text(code: str) -> tuple[str, str]:
    """(what happened, what to do) for a reason's code; an unknown code is shown as it is."""
    if code in REASONS:
        what, todo = REASONS[code]
        return tr("SyncScreen", what), tr("SyncScreen", todo)
    return code, tr("SyncScreen", TELL_ADMIN)


def outcome_text(outcome: str) -> str:
    return tr("SyncScreen", OUTCOMES[outcome]) if outcome in OUTCOMES else outcome
