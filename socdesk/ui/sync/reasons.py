"""Why a record is held, and what a sync run came to, in Ukrainian with what to do.

The store and the server give short codes (`Quarantine("row_unknown", …)`, the server's
`Held("rejected", "out_of_scope", …)`, `SyncRun.outcome`); the sync screen shows these words.
"""

from __future__ import annotations

from socdesk.ui.i18n import noop, tr

CONTEXT = "SyncScreen"
WAIT = noop(
    CONTEXT,
    "Нічого робити не треба: запис застосується сам, щойно надійде те, на що він спирається.",
)
TELL_ADMIN = noop(CONTEXT, "Повідомте адміністратора сервера; запис збережено й не загублено.")

# code -> (what happened, what to do)
REASONS: dict[str, tuple[str, str]] = {
    "row_unknown": (noop(CONTEXT, "Змінює запис, якого тут ще немає."), WAIT),
    "unresolved_reference": (noop(CONTEXT, "Посилається на запис, якого тут ще немає."), WAIT),
    "clock": (
        noop(CONTEXT, "Годинник комп’ютера, де зроблено зміну, іде вперед."),
        noop(
            CONTEXT,
            "Перевірте дату й час на обох комп’ютерах; запис застосується після синхронізації.",
        ),
    ),
    "bad_clock": (noop(CONTEXT, "Час зміни в записі пошкоджено."), TELL_ADMIN),
    "bad_value": (
        noop(CONTEXT, "Значення поля має неправильний вигляд."),
        noop(CONTEXT, "Повідомте координатора: запис треба виправити там, де його зроблено."),
    ),
    "refused_by_store": (noop(CONTEXT, "Запис порушує правила сховища."), TELL_ADMIN),
    "unknown_table": (
        noop(CONTEXT, "Запис новішої версії SocDesk."),
        noop(CONTEXT, "Оновіть SocDesk: після оновлення запис застосується."),
    ),
    "content_mismatch": (noop(CONTEXT, "Запис надійшов удруге з іншим вмістом."), TELL_ADMIN),
    "out_of_scope": (
        noop(CONTEXT, "Запис стосується округу, якого цей комп’ютер не обслуговує."),
        noop(
            CONTEXT,
            "Перевірте населений пункт особи. Переводить особу в інший округ координатор.",
        ),
    ),
    "wrong_device": (noop(CONTEXT, "Запис надіслано від імені іншого комп’ютера."), TELL_ADMIN),
    "malformed": (noop(CONTEXT, "Запис пошкоджено в дорозі."), TELL_ADMIN),
}
OUTCOMES = {
    "ok": noop(CONTEXT, "Успішно"),
    "partial": noop(CONTEXT, "Частково: є затримані записи"),
    "unreachable": noop(CONTEXT, "Сервер недоступний"),
    "refused": noop(CONTEXT, "Сервер не прийняв комп’ютер"),
    "error": noop(CONTEXT, "Не вдалася"),
    "cancelled": noop(CONTEXT, "Скасовано"),
}


def reason_text(code: str) -> tuple[str, str]:
    """(what happened, what to do) for a reason's code; an unknown code is shown as it is."""
    if code in REASONS:
        what, todo = REASONS[code]
        return tr(CONTEXT, what), tr(CONTEXT, todo)
    return code, tr(CONTEXT, TELL_ADMIN)


def outcome_text(outcome: str) -> str:
    return tr(CONTEXT, OUTCOMES[outcome]) if outcome in OUTCOMES else outcome
