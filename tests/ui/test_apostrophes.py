"""Ukrainian words take the typographic apostrophe (’, U+2019), not the typewriter one: «комп’ютер»,
«сім’я». Every message the interface translates, and every string of the sync code (whose
messages reach the sync screen), is checked. The form definitions' own words (contexts «Forms»
and «Documents», copies of resources/forms/*.json and the documents' titles) are left to a new
version of those forms."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import socdesk

ROOT = Path(socdesk.__file__).parent
STRAIGHT = re.compile(r"[А-Яа-яІіЇїЄєҐґ]'[А-Яа-яІіЇїЄєҐґ]")
TRANSLATE = {"tr", "tr_n", "noop", "translate"}
DATA_CONTEXTS = {"Forms", "Documents"}  # the words of the form definitions and documents
EVERY_STRING = ("sync", "ui/sync", "server")  # packages whose every string may reach a person


def _name(func: ast.expr) -> str:
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def _strings(node: ast.AST) -> list[str]:
    return [
        n.value for n in ast.walk(node) if isinstance(n, ast.Constant) and isinstance(n.value, str)
    ]


def _translated(tree: ast.AST) -> list[str]:
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _name(node.func) in TRANSLATE and node.args:
            context = node.args[0]
            if isinstance(context, ast.Constant) and context.value in DATA_CONTEXTS:
                continue
            found += [s for arg in node.args[1:] for s in _strings(arg)]
    return found


def straight(paths: list[Path], every: bool) -> list[str]:
    found = []
    for path in paths:
        tree = ast.parse(path.read_text("utf-8"))
        texts = _strings(tree) if every else _translated(tree)
        where = path.relative_to(ROOT)
        found += [f"{where}: {text}" for text in texts if STRAIGHT.search(text)]
    return found


def test_the_interface_writes_the_typographic_apostrophe() -> None:
    assert straight(sorted((ROOT / "ui").rglob("*.py")), every=False) == []


def test_the_sync_messages_write_the_typographic_apostrophe() -> None:
    paths = [p for folder in EVERY_STRING for p in sorted((ROOT / folder).rglob("*.py"))]
    assert straight([*paths, ROOT / "domain" / "errors.py"], every=True) == []


def test_the_check_sees_a_straight_apostrophe() -> None:
    sample = 'tr("X", "на цьому комп\'ютері")\nnoop("Forms", "сім\'я")\n'
    assert _translated(ast.parse(sample)) == ["на цьому комп'ютері"]
