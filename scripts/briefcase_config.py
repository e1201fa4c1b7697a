"""Composes Briefcase's build configuration from pyproject.toml and briefcase.toml.

Briefcase reads only `pyproject.toml`, and its `-C KEY=VALUE` overrides take no nested keys
(`linux.system.debian…`), so `make package` builds from a folder of its own:

    python scripts/briefcase_config.py compose build/briefcase   # pyproject.toml + links
    python scripts/briefcase_config.py signing                   # --adhoc-sign / --identity X
    python scripts/briefcase_config.py requirements | version    # for the PyInstaller build

The composed `pyproject.toml` has `[project]` from ours (without the optional extras: the
desktop package carries no server libraries) and `[tool.briefcase]` from briefcase.toml
(without its `[signing]` table). It refuses to compose while the two files disagree
(`disagreements`, also run by tests/unit/test_packaging.py).
"""

from __future__ import annotations

import json
import platform
import sys
import tomllib
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
# What Briefcase needs beside the configuration: the sources, the template, the licence and
# the changelog it insists on.
LINKED = ("socdesk", "resources", "installers", "LICENSE", "CHANGELOG.md", "README.md")
PROJECT_KEYS = (
    "name",
    "version",
    "description",
    "readme",
    "license",
    "license-files",
    "requires-python",
    "authors",
    "dependencies",
)
PLATFORMS = {"Linux": "linux", "Windows": "windows", "Darwin": "macOS"}


def load(root: Path = ROOT) -> tuple[dict[str, Any], dict[str, Any]]:
    """pyproject.toml and briefcase.toml, parsed."""
    pyproject = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    briefcase = tomllib.loads((root / "briefcase.toml").read_text(encoding="utf-8"))
    return pyproject, briefcase


def disagreements(pyproject: dict[str, Any], briefcase: dict[str, Any]) -> list[str]:
    """What the two files say differently (empty when they agree)."""
    project = pyproject["project"]
    problems = []
    if briefcase.get("version") != project["version"]:
        problems.append(
            f"version: briefcase.toml {briefcase.get('version')!r}, "
            f"pyproject.toml {project['version']!r}"
        )
    apps = briefcase.get("app", {})
    if list(apps) != [project["name"]]:
        problems.append(f"app: briefcase.toml {list(apps)}, pyproject.toml {project['name']!r}")
    for name, app in apps.items():
        if "requires" in app:
            problems.append(f"app.{name}.requires: the requirements are [project] dependencies")
        if name not in app.get("sources", []):
            problems.append(f"app.{name}.sources: the package {name!r} is not among them")
    scripts = pyproject.get("project", {}).get("scripts", {})
    if project["name"] not in scripts:
        problems.append(f"[project.scripts] has no {project['name']!r} command")
    return problems


def compose(pyproject: dict[str, Any], briefcase: dict[str, Any]) -> dict[str, Any]:
    """The configuration Briefcase builds from."""
    project = {
        key: pyproject["project"][key] for key in PROJECT_KEYS if key in pyproject["project"]
    }
    tool = {key: value for key, value in briefcase.items() if key != "signing"}
    return {"project": project, "tool": {"briefcase": tool}}


def signing_args(briefcase: dict[str, Any], system: str | None = None) -> list[str]:
    """`briefcase package` options for this platform's identity in `[signing]`."""
    identity = briefcase.get("signing", {}).get(PLATFORMS.get(system or platform.system(), ""))
    if identity == "adhoc":
        return ["--adhoc-sign"]
    return ["--identity", identity] if identity else []


# ------------------------------------------------------------------ a small TOML writer
def dumps(data: dict[str, Any]) -> str:
    """TOML for the composed configuration: tables, strings, numbers, booleans, arrays
    (of those or of inline tables). The standard library reads TOML but does not write it."""
    lines: list[str] = []
    _table(lines, [], data)
    return "\n".join(lines).lstrip("\n") + "\n"


def _table(lines: list[str], path: list[str], table: dict[str, Any]) -> None:
    plain = {k: v for k, v in table.items() if not isinstance(v, dict)}
    nested = {k: v for k, v in table.items() if isinstance(v, dict)}
    if path and (plain or not nested):
        lines += ["", "[" + ".".join(_key(p) for p in path) + "]"]
    lines += [f"{_key(k)} = {_value(v)}" for k, v in plain.items()]
    for key, sub in nested.items():
        _table(lines, [*path, key], sub)


def _key(key: str) -> str:
    return key if key.replace("-", "").replace("_", "").isalnum() and key.isascii() else _value(key)


def _value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)  # a JSON string is a TOML basic string
    if isinstance(value, list):
        return "[" + ", ".join(_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_key(k)} = {_value(v)}" for k, v in value.items()) + "}"
    raise TypeError(f"no TOML for {type(value).__name__}")


# ------------------------------------------------------------------ command line
def write_project(folder: Path, root: Path = ROOT) -> Path:
    """Writes the composed pyproject.toml into `folder` with links to what it names."""
    pyproject, briefcase = load(root)
    if problems := disagreements(pyproject, briefcase):
        raise SystemExit("briefcase.toml and pyproject.toml disagree:\n  " + "\n  ".join(problems))
    folder.mkdir(parents=True, exist_ok=True)
    for name in LINKED:
        link = folder / name
        if link.is_symlink() or link.exists():
            link.unlink()
        link.symlink_to(root / name)
    target = folder / "pyproject.toml"
    target.write_text(dumps(compose(pyproject, briefcase)), encoding="utf-8")
    return target


def main(argv: list[str]) -> int:
    match argv:
        case ["compose", folder]:
            sys.stdout.write(f"{write_project(Path(folder).absolute())}\n")
        case ["signing"]:
            sys.stdout.write(" ".join(signing_args(load()[1])) + "\n")
        case ["requirements"]:  # the desktop's: [project] dependencies, no extras
            sys.stdout.write("\n".join(load()[0]["project"]["dependencies"]) + "\n")
        case ["version"]:
            sys.stdout.write(load()[0]["project"]["version"] + "\n")
        case _:
            sys.stderr.write(__doc__ or "")
            return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
