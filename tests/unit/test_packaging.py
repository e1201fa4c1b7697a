"""Packaging: Briefcase reads only [tool.briefcase], so its requirements must follow [project]."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_briefcase_requires_the_project_dependencies() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    app = config["tool"]["briefcase"]["app"]["socdesk"]
    assert app["requires"] == config["project"]["dependencies"]
    assert set(app["sources"]) == {"socdesk", "resources"}
    template = ROOT / app["linux"]["system"]["template"]
    assert (template / "cookiecutter.json").exists()
    assert (ROOT / "CHANGELOG.md").exists() and (ROOT / "LICENSE").exists()


def test_pyside_is_pinned_below_6_12() -> None:
    # PySide6 6.12.0 on Python 3.11 crashes after a few thousand void slot calls (DESIGN.md).
    deps = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "dependencies"
    ]
    assert "PySide6-Essentials>=6.11,<6.12" in deps and "PySide6-Addons>=6.11,<6.12" in deps
    assert not any(d.lower().startswith("pyside6>") or d.lower() == "pyside6" for d in deps)
