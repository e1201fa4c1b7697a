"""Every message the domain and the store write for a person is marked for translation
(`noop("Domain", …)`), so that the English interface shows it in English (issue 12).

A message is Ukrainian text given to an exception, kept as an error's default message, added to
a list of warnings or returned as a problem; one left unmarked reaches an English-speaking user
in Ukrainian. Text for developers (English, as in a failed invariant) needs no mark.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import socdesk

PACKAGE = Path(socdesk.__file__).parent
CYRILLIC = re.compile("[А-ЯҐЄІЇа-яґєії]")


def _sources() -> list[Path]:
    found = [*(PACKAGE / "domain").rglob("*.py"), *(PACKAGE / "store").rglob("*.py")]
    return sorted(p for p in found if "migrations" not in p.parts)


def _ukrainian(node: ast.expr) -> bool:
    """A string literal, an f-string or a concatenation of them holding Ukrainian text."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return bool(CYRILLIC.search(node.value))
    if isinstance(node, ast.JoinedStr):
        return any(_ukrainian(v) for v in node.values if isinstance(v, ast.Constant))
    if isinstance(node, ast.BinOp):
        return _ukrainian(node.left) or _ukrainian(node.right)
    return False


def _unmarked(tree: ast.AST) -> list[tuple[int, str]]:
    found = []
    raised = {n.exc for n in ast.walk(tree) if isinstance(n, ast.Raise)}
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = node.func.id if isinstance(node.func, ast.Name) else ""
            if name[:1].isupper() and (name.endswith("Error") or node in raised):
                found += [(node.lineno, name) for arg in node.args[:1] if _ukrainian(arg)]
            elif isinstance(node.func, ast.Attribute) and node.func.attr in ("append", "extend"):
                found += [(node.lineno, node.func.attr) for arg in node.args[:1] if _ukrainian(arg)]
        elif isinstance(node, ast.Return) and node.value is not None and _ukrainian(node.value):
            found.append((node.lineno, "return"))
        elif isinstance(node, ast.Assign):
            targets = [t.id for t in node.targets if isinstance(t, ast.Name)]
            if "default_message" in targets and _ukrainian(node.value):
                found.append((node.lineno, "default_message"))
    return sorted(found)


def test_every_message_for_a_person_is_marked_for_translation() -> None:
    unmarked = [
        f"{path.relative_to(PACKAGE.parent)}:{line} {what}"
        for path in _sources()
        for line, what in _unmarked(ast.parse(path.read_text(encoding="utf-8")))
    ]
    assert unmarked == []


def test_the_check_finds_an_unmarked_message() -> None:
    tree = ast.parse(
        'raise ValidationError("Укажіть дату.")\n'
        'raise ValidationError(f"Рядок {n}: справи немає.")\n'
        'raise ValidationError(noop("Domain", "Укажіть дату."))\n'
        'raise ValueError("HLC out of range")\n'
        'raise FormLocked("Акт уже завершено.")\n'
        "class E(SocDeskError):\n"
        '    default_message = "Сталася помилка."\n'
        'warnings.append("РНОКПП не вказано.")\n'
        'return "Префікс — великі літери."\n'
    )
    assert _unmarked(tree) == [
        (1, "ValidationError"),
        (2, "ValidationError"),
        (5, "FormLocked"),
        (7, "default_message"),
        (8, "append"),
        (9, "return"),
    ]
