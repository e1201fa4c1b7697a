"""The login and password rules, as the store applies them to every new user and password."""

from __future__ import annotations

import pytest

from socdesk.domain.errors import ValidationError
from socdesk.domain.users import MIN_PASSWORD, check_login, check_password


@pytest.mark.parametrize("login", ["", "  ", "olena petrenko", "olena\tp"])
def test_a_login_is_one_word(login: str) -> None:
    with pytest.raises(ValidationError, match="одне слово") as caught:
        check_login(login)
    assert caught.value.field == "login"


def test_a_password_has_at_least_the_minimum_length() -> None:
    with pytest.raises(ValidationError, match=f"щонайменше {MIN_PASSWORD} символів"):
        check_password("x" * (MIN_PASSWORD - 1))
    check_password("x" * MIN_PASSWORD)
    check_login(" olena ")
