"""Shows a message from the domain or the store in the interface's language.

The domain marks its messages with `socdesk.domain.messages.noop("Domain", …)` (no Qt there);
a message reaches the interface as finished text, which may be one marked message, a marked
template with its %1, %2… filled in, or several messages joined by spaces. `domain_tr` finds
which and translates each part; text it does not know (a name, a number) stays as it is.
"""

from __future__ import annotations

import functools
import re

from socdesk.domain.messages import CATALOGUE, CONTEXT
from socdesk.ui.i18n import tr

_PLACE = re.compile(r"%(\d)")


@functools.cache
def _templates(size: int) -> list[tuple[re.Pattern[str], str]]:
    """The marked templates as patterns, longest first (`size` is the catalogue's size, so
    that messages marked by modules imported later are seen)."""
    del size
    found = []
    for text in CATALOGUE:
        if _PLACE.search(text):
            pattern = "".join(
                "(.+?)" if part.isdigit() and i % 2 else re.escape(part)
                for i, part in enumerate(_PLACE.split(text))
            )
            found.append((re.compile(pattern, re.DOTALL), text))
    return sorted(found, key=lambda t: -len(t[1]))


@functools.cache
def _plain(size: int) -> list[str]:
    """Whole sentences (a guard's messages are joined by spaces), longest first: a short name
    such as a state's is never replaced inside other words."""
    del size
    sentences = (t for t in CATALOGUE if not _PLACE.search(t) and t.endswith((".", "!", "?")))
    return sorted(sentences, key=len, reverse=True)


def domain_tr(text: str) -> str:
    """`text` from the domain or store in the interface's language."""
    if not text:
        return text
    translated = tr(CONTEXT, text)
    if translated != text:
        return translated
    size = len(CATALOGUE)
    for pattern, template in _templates(size):
        match = pattern.fullmatch(text)
        if match is not None:
            result = tr(CONTEXT, template)
            if result == template:
                break  # not translated: the interface speaks the source language
            args = [domain_tr(arg) for arg in match.groups()]
            numbers = [int(n) for n in _PLACE.findall(template)]
            for number, arg in sorted(zip(numbers, args, strict=True), reverse=True):
                result = result.replace(f"%{number}", arg)
            return result
    for source in _plain(size):
        if source in text:
            text = text.replace(source, tr(CONTEXT, source))
    return text
