"""Ukrainian text rules: apostrophes, search folding and alphabetical sort keys."""

from __future__ import annotations

import re
import unicodedata

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


def digits_only(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())
