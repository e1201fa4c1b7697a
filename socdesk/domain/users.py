"""The rules for a local user's login and password, checked by the store whoever adds a user or
sets a password (the desktop's dialogs, the command line) and shown by the dialogs as typed."""

from __future__ import annotations

from socdesk.domain.errors import ValidationError

MIN_PASSWORD = 8  # characters

LOGIN_RULE = "Ім’я для входу — одне слово без пропусків, напр. olena."
# MIN_PASSWORD is 8: "8 символів" needs no plural choice.
PASSWORD_RULE = f"Пароль має містити щонайменше {MIN_PASSWORD} символів."


def login_ok(login: str) -> bool:
    """One word, no spaces (leading and trailing ones are trimmed before it is kept)."""
    login = login.strip()
    return bool(login) and not any(ch.isspace() for ch in login)


def password_ok(password: str) -> bool:
    return len(password) >= MIN_PASSWORD


def check_login(login: str) -> None:
    if not login_ok(login):
        raise ValidationError(LOGIN_RULE, "login")


def check_password(password: str) -> None:
    if not password_ok(password):
        raise ValidationError(PASSWORD_RULE, "password")
