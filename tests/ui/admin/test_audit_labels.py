"""Every action the code writes into the audit log has a Ukrainian label in the audit browser.

The actions are read from the source: the first argument of each `audit_action`,
`audit_remote` and `UnitOfWork._audit` call in the `socdesk` package (the server's JSON log
lines are not the store's audit log). A literal is an action; a name that is a parameter of
the function around the call is followed to that function's callers; an f-string is expanded
over the values of the enum it formats. Anything else fails here, so that a new way of naming
an action is taught to this test rather than left unlabelled."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from socdesk.domain.retention import ErasureKind
from socdesk.ui.admin.audit import ACTION_TEXT, action_text

PACKAGE = Path(__file__).resolve().parents[3] / "socdesk"
WRITERS = {"audit_action", "audit_remote", "_audit"}
# Formatted parts of an f-string action, by the source of the formatted expression's tail.
ENUMS = {"kind.value": [k.value for k in ErasureKind]}


@dataclass(frozen=True)
class Module:
    path: Path
    tree: ast.Module
    parents: dict[ast.AST, ast.AST]


def _modules() -> list[Module]:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if "server" in path.relative_to(PACKAGE).parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
        found.append(Module(path, tree, parents))
    return found


def _name(call: ast.Call) -> str | None:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)


def _calls(modules: list[Module], name: str) -> Iterator[tuple[Module, ast.Call]]:
    for module in modules:
        for node in ast.walk(module.tree):
            if isinstance(node, ast.Call) and _name(node) == name:
                yield module, node


def _argument(call: ast.Call, index: int, keyword: str) -> ast.expr | None:
    if len(call.args) > index:
        return call.args[index]
    return next((k.value for k in call.keywords if k.arg == keyword), None)


def _enclosing(module: Module, node: ast.AST) -> ast.FunctionDef | None:
    while node in module.parents:
        node = module.parents[node]
        if isinstance(node, ast.FunctionDef):
            return node
    return None


def _values(modules: list[Module], module: Module, expr: ast.expr, seen: set[str]) -> set[str]:
    """The action names `expr` can be, or AssertionError naming what this test cannot read."""
    where = f"{module.path.relative_to(PACKAGE.parent)}:{expr.lineno}"
    if isinstance(expr, ast.Constant) and isinstance(expr.value, str):
        return {expr.value}
    if isinstance(expr, ast.JoinedStr):
        texts = {""}
        for part in expr.values:
            if isinstance(part, ast.Constant):
                texts = {t + str(part.value) for t in texts}
                continue
            assert isinstance(part, ast.FormattedValue), where
            source = ast.unparse(part.value)
            tail = next((k for k in ENUMS if source.endswith(k)), None)
            assert tail is not None, f"{where}: teach this test the values of {source}"
            texts = {t + v for t in texts for v in ENUMS[tail]}
        return texts
    function = _enclosing(module, expr)
    assert isinstance(expr, ast.Name) and function is not None, f"{where}: {ast.unparse(expr)}"
    params = [a.arg for a in function.args.args if a.arg != "self"]
    assert expr.id in params, f"{where}: {expr.id} is not a parameter of {function.name}"
    key = f"{module.path}:{function.name}:{expr.id}"
    if key in seen:
        return set()
    seen.add(key)
    # A private helper is called from its own module; a public function from anywhere.
    scope = [module] if function.name.startswith("_") else modules
    found: set[str] = set()
    for caller, call in _calls(scope, function.name):
        arg = _argument(call, params.index(expr.id), expr.id)
        if arg is not None:
            found |= _values(modules, caller, arg, seen)
    return found


def written_actions() -> set[str]:
    modules = _modules()
    seen: set[str] = set()
    actions: set[str] = set()
    for writer in sorted(WRITERS):
        for module, call in _calls(modules, writer):
            arg = _argument(call, 0, "action")
            assert arg is not None, f"{module.path}:{call.lineno}"
            actions |= _values(modules, module, arg, seen)
    return actions


def test_the_source_is_read_whole() -> None:
    """The reading itself: the kinds of writes this test must find are found."""
    actions = written_actions()
    assert {"insert", "update", "reference", "open", "remote.update"} <= actions
    assert {"user.password", "user.enable"} <= actions  # through Store._rewrap's parameter
    assert {f"erasure.{k.value}" for k in ErasureKind} <= actions  # an f-string


def test_every_written_action_has_a_label() -> None:
    missing = sorted(written_actions() - set(ACTION_TEXT))
    assert missing == [], f"label these in ui/admin/audit.py ACTION_TEXT: {missing}"


def test_a_label_is_ukrainian_and_an_unknown_action_shows_as_written() -> None:
    assert action_text("erasure.rectify") == "виправлення даних особи"
    assert action_text("something.new") == "something.new"
