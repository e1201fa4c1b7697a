"""The recovery key as people type it: read forgivingly, and told what is wrong when it is."""

from __future__ import annotations

import pytest

from socdesk.domain.errors import AuthenticationFailed
from socdesk.domain.recovery import KEY_LENGTH, normalize_recovery_key

KEY = "IOBA-" * 12 + "IOBA"  # 13 groups of 4: I and O on purpose


@pytest.mark.parametrize(
    "typed",
    [
        KEY,
        KEY.lower(),
        KEY.replace("-", " "),  # spaces for dashes
        KEY.replace("-", ""),  # nothing between the groups
        KEY.replace("I", "1").replace("O", "0"),  # 1 read as I, 0 as O
        KEY.replace("B", "8"),  # 8 read as B
        "  " + KEY.replace("-", " - ") + "\n",
        KEY.replace("A", "А").replace("O", "О").replace("B", "В"),  # Cyrillic look-alikes
        KEY.replace("-", "—"),  # a long dash from a word processor
    ],
)
def test_typed_forms_of_one_key_read_the_same(typed: str) -> None:
    assert normalize_recovery_key(typed) == KEY.replace("-", "")


def test_length_is_that_of_a_key() -> None:
    assert len(normalize_recovery_key(KEY)) == KEY_LENGTH == 52


def test_a_missing_group_is_named() -> None:
    with pytest.raises(AuthenticationFailed, match=r"52 .* 48"):
        normalize_recovery_key(KEY[5:])


def test_a_letter_no_key_has_is_named() -> None:
    with pytest.raises(AuthenticationFailed, match="«Ж»"):
        normalize_recovery_key(KEY[:-1] + "Ж")
