"""The recovery key as a person types it from paper.

The key is 52 base32 letters (A–Z, 2–7) printed in 13 groups of 4. Whoever copies it may write
the groups with spaces or no dashes at all, in small letters, a digit for a letter that looks
like it (0 for O, 1 for I, 8 for B) or a Cyrillic letter that looks like a Latin one under the
Ukrainian keyboard layout. All of those read as the key meant; anything else is named.
"""

from __future__ import annotations

from socdesk.domain.errors import AuthenticationFailed
from socdesk.domain.messages import fill, noop

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
                fill(
                    noop(
                        "Domain",
                        "У ключі відновлення не буває знака «%1»: лише латинські літери A–Z і "
                        "цифри 2–7.",
                    ),
                    ch,
                )
            )
        letters.append(ch)
    if len(letters) != KEY_LENGTH:
        raise AuthenticationFailed(
            fill(
                noop(
                    "Domain",
                    "Ключ відновлення має %1 знаки (%2 груп по %3), а введено знаків: %4. "
                    "Перевірте, чи не пропущено або не повторено групу.",
                ),
                KEY_LENGTH,
                GROUPS,
                GROUP,
                len(letters),
            )
        )
    return "".join(letters)
