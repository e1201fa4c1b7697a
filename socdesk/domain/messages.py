"""Messages the domain and the store write for people, marked so that the interface can show
them in its language while these layers import no Qt.

`noop("Domain", text)` returns `text` (Ukrainian, the source language) and records it in
`CATALOGUE` (when the call runs: a message inside a function is recorded when it is made,
which is before anyone shows it); `scripts/update-translations` reads these calls as Qt's
QT_TRANSLATE_NOOP, and `socdesk.ui.messages.domain_tr` translates a message, a template with
%1, %2… filled in, or several messages joined, at the moment it is shown.
"""

from __future__ import annotations

CONTEXT = "Domain"
CATALOGUE: dict[str, None] = {}  # an ordered set of every marked message


def noop(context: str, text: str) -> str:
    """Marks `text` as a message the interface translates in `context` ("Domain")."""
    del context
    CATALOGUE[text] = None
    return text


def fill(template: str, *args: object) -> str:
    """`template` with %1, %2… replaced by `args` (as Qt's QString.arg does)."""
    for number, arg in reversed(list(enumerate(args, 1))):
        template = template.replace(f"%{number}", str(arg))
    return template
