"""The hand-over receipt (акт передавання пакетів): which bundles a coordinator carries, from
whom, for whom, how many changes of each kind, and each file's SHA-256, for her paper trail.
Read from the plain headers only: no key and no store are needed, and no person's data is in
it. Plain text, to print or to sign."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from socdesk.sync.bundle import read_file, read_header

KINDS = {"to_centre": "до центру", "to_workplace": "до робочого місця"}


def receipt(
    paths: Sequence[Path],
    today: dt.date | None = None,
    *,
    kind_name: Callable[[str], str] = str,
    names: Mapping[str, str] | None = None,
) -> str:
    """The receipt's text for the bundle files at `paths` (each checked as a bundle); the
    desktop names the kinds of change (`kind_name` of a table) and the devices (`names`, by
    device id) in words."""
    today = today or dt.date.today()
    names = names or {}

    def who(device: str) -> str:
        return f"{names[device]} ({device})" if names.get(device) else device

    lines = [
        "АКТ ПЕРЕДАВАННЯ ПАКЕТІВ ЗМІН SocDesk",
        f"Дата: {today:%d.%m.%Y}",
        "",
    ]
    for number, path in enumerate(paths, 1):
        data = read_file(path)
        header = read_header(data)
        counts = (
            ", ".join(f"{kind_name(k)}: {v}" for k, v in header["counts"].items()) or "немає змін"
        )
        lines += [
            f"{number}. {path.name}",
            f"   Напрям: {KINDS.get(header['kind'], header['kind'])}",
            f"   Від: {who(header['sender'])}",
            f"   Для: {who(header['recipient'])}",
            f"   Створено: {header['created_at']}",
            f"   Змін: {header['records']} ({counts})",
            f"   Розмір: {len(data)} байт",
            f"   SHA-256 файлу: {hashlib.sha256(data).hexdigest()}",
            "",
        ]
    lines += [
        f"Усього пакетів: {len(paths)}",
        "",
        "Передав(ла): ____________________   Прийняв(ла): ____________________",
        "",
    ]
    return "\n".join(lines)
