"""The recovery key as a person types it from paper.

The key is 52 base32 letters (A–Z, 2–7) printed in 13 groups of 4. Whoever copies it may write
the groups with spaces or no dashes at all, in small letters, a digit for a letter that looks
like it (0 for O, 1 for I, 8 for B) or a Cyrillic letter that looks like a Latin one under the
Ukrainian keyboard layout. All of those read as the key meant; anything else is named.
"""

from __future__ import annotations

from socdesk.domain.errors import AuthenticationFailed
from socdesk.domain.text import plural_form

GROUPS = 13
GROUP = 4
KEY_LENGTH = GROUPS * GROUP
ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"

# Upper case first, then these: digits that look like letters, Cyrillic that looks like Latin.
_LOOKALIKES = str.maketrans("018АВСЕНІКМОРТХ", "OIBABCEHIKMOPTX")
_SEPARATORS = frozenset(" \t\r\n-‐‑‒–—_.")


def normalize_recovery_key(text: str) -> str:
    """The 52 letters of the key typed as `text`; AuthenticationFailed saying what is wrong."""
    letters = []
    for ch in text.upper().translate(_LOOKALIKES):
        if ch in _SEPARATORS:
            continue
        if ch not in ALPHABET:
            raise AuthenticationFailed(
                f"У ключі відновлення не буває знака «{ch}»: лише латинські літери A–Z і цифри 2–7."
            )
        letters.append(ch)
    if len(letters) != KEY_LENGTH:
        signs = ("знак", "знаки", "знаків")[plural_form(len(letters))]
        raise AuthenticationFailed(
            f"Ключ відновлення має {KEY_LENGTH} знаки ({GROUPS} груп по {GROUP}), а введено "
            f"{len(letters)} {signs}. Перевірте, чи не пропущено або не повторено групу."
        )
    return "".join(letters)
