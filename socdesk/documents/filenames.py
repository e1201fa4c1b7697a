"""The file name a document is saved under: what it is, its number and whom it concerns, in
Ukrainian («Договір ІЗМ-2026-0012 Коваль О.І..pdf»), so that the next one never overwrites it
and a folder of them reads like a register. Characters Windows forbids in a name are removed."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from socdesk.documents.registry import DocumentKind, Snapshot

# What a file calls each kind (shorter than the menu's titles); acts and blanks use their titles.
SHORT_NAMES = {
    "application": "Заява",
    "decision": "Рішення",
    "contract": "Договір",
    "plan": "Індивідуальний план",
    "services_act": "Акт наданих послуг",
    "registration_card": "Облікова картка",
    "consent": "Згода на обробку даних",
    "register": "Журнал обліку",
}
DECISION_NAMES = {"grant": "Рішення про надання", "refuse": "Рішення про відмову",
                  "terminate": "Рішення про припинення"}  # fmt: skip
# Windows forbids these in a file name (and control characters); «:» would also make an NTFS
# stream. A name may not end in a space or a dot either.
_ILLEGAL = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
MAX_STEM = 120  # characters before «.pdf»: far under every file system's limit


def safe_file_name(stem: str, suffix: str = ".pdf") -> str:
    """`stem` + `suffix` with every character Windows forbids removed, spaces collapsed and
    the length capped."""
    text = _ILLEGAL.sub(" ", stem.replace("/", "-"))
    text = re.sub(r"\s+", " ", text).strip()[:MAX_STEM].rstrip(" ")
    return f"{text or 'документ'}{suffix}"


def short_name(person: dict[str, Any]) -> str:
    """«Коваль О.І.»: the surname and the initials."""
    initials = "".join(
        f"{p[0]}." for p in (person.get("given_name"), person.get("patronymic")) if p
    )
    return " ".join(p for p in (person.get("surname") or "", initials) if p)


def _number(kind: DocumentKind, snap: Snapshot) -> str:
    own = snap.get(kind.code) if kind.code in ("contract", "decision") else None
    if isinstance(own, dict) and own.get("number"):
        return str(own["number"])
    return str((snap.get("case") or {}).get("number") or "")


def _what(kind: DocumentKind, snap: Snapshot) -> str:
    if kind.code == "decision":
        return DECISION_NAMES.get((snap.get("decision") or {}).get("kind", ""), "Рішення")
    return SHORT_NAMES.get(kind.code) or kind.title.replace("Бланк: ", "Бланк ")


def _when(kind: DocumentKind, snap: Snapshot) -> str:
    if kind.code == "services_act" and snap.get("month"):
        return f"{snap['month']['month']:02d}.{snap['month']['year']}"
    if snap.get("start") and snap.get("end"):  # a period's register
        start, end = (dt.date.fromisoformat(snap[k]) for k in ("start", "end"))
        return f"{start:%d.%m.%Y}–{end:%d.%m.%Y}"
    return ""


def document_file_name(kind: DocumentKind, snap: Snapshot) -> str:
    """«Договір ІЗМ-2026-0012 Коваль О.І..pdf», «Акт наданих послуг ІЗМ-2026-0012 03.2026
    Коваль О.І..pdf», «Журнал обліку 01.03.2026–31.03.2026.pdf»."""
    person = snap.get("person") or {}
    parts = (_what(kind, snap), _number(kind, snap), _when(kind, snap), short_name(person))
    return safe_file_name(" ".join(p for p in parts if p))


def batch_file_name(kind: DocumentKind, start: dt.date, end: dt.date) -> str:
    """«Договір з додатками 01.03.2026–31.03.2026.pdf»: a batch in one file."""
    return safe_file_name(f"{kind.title} {start:%d.%m.%Y}–{end:%d.%m.%Y}")
