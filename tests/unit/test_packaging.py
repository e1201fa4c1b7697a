"""Packaging: briefcase.toml and pyproject.toml agree, the composed Briefcase configuration is
what Briefcase will read, the desktop package carries no server library, the desktop entry
names an icon that ships."""

from __future__ import annotations

import copy
import importlib.util
import subprocess
import sys
import tomllib
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
SERVER_LIBRARIES = ("fastapi", "uvicorn", "psycopg", "pydantic-settings")
TEMPLATE = ROOT / "installers" / "linux-system-template" / "{{ cookiecutter.format }}"


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "briefcase_config", ROOT / "scripts" / "briefcase_config.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


config = _script()


def test_the_two_files_agree() -> None:
    pyproject, briefcase = config.load(ROOT)
    assert config.disagreements(pyproject, briefcase) == []


@pytest.mark.parametrize(
    ("where", "change"),
    [
        ("briefcase", lambda b: b.update(version="9.9.9")),
        ("pyproject", lambda p: p["project"].update(version="0.2.0")),
        ("pyproject", lambda p: p["project"].update(name="otherapp")),
        ("briefcase", lambda b: b["app"]["socdesk"].update(requires=["fastapi"])),
        ("briefcase", lambda b: b["app"]["socdesk"].update(sources=["resources"])),
    ],
)
def test_a_disagreement_is_found(where: str, change: object) -> None:
    pyproject, briefcase = copy.deepcopy(config.load(ROOT))
    change({"briefcase": briefcase, "pyproject": pyproject}[where])  # type: ignore[operator]
    assert config.disagreements(pyproject, briefcase)


def test_composed_configuration_reads_back_as_briefcase_needs_it(tmp_path: Path) -> None:
    written = config.write_project(tmp_path, ROOT)
    composed = tomllib.loads(written.read_text(encoding="utf-8"))
    pyproject, briefcase = config.load(ROOT)
    assert composed == config.compose(pyproject, briefcase)  # the TOML writer loses nothing
    tool = composed["tool"]["briefcase"]
    assert "signing" not in tool and tool["bundle"] == "ua.socdesk"
    assert composed["project"]["dependencies"] == pyproject["project"]["dependencies"]
    assert "optional-dependencies" not in composed["project"]
    app = tool["app"]["socdesk"]
    assert (tmp_path / app["linux"]["system"]["template"] / "cookiecutter.json").exists()
    for source in app["sources"]:
        assert (tmp_path / source).is_dir()
    assert {"windows", "macOS"} <= set(app)
    for ext in ("ico", "icns", "png"):  # Windows, macOS, and Linux sizes
        assert list(ROOT.glob(f"{app['icon']}*.{ext}")), ext
    assert (tmp_path / "CHANGELOG.md").exists() and (tmp_path / "LICENSE").exists()


def test_signing_identity_per_platform() -> None:
    briefcase = config.load(ROOT)[1]
    assert config.signing_args(briefcase, "Linux") == ["--adhoc-sign"]
    named = {**briefcase, "signing": {"macOS": "Developer ID Application: Центр (AB12)"}}
    assert config.signing_args(named, "Darwin") == [
        "--identity",
        "Developer ID Application: Центр (AB12)",
    ]


def test_desktop_package_leaves_the_server_libraries_out() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    names = [d.split("[")[0].split(">")[0].split("<")[0].lower() for d in project["dependencies"]]
    assert not set(SERVER_LIBRARIES) & set(names)
    server = [d.lower() for d in project["optional-dependencies"]["server"]]
    assert all(any(d.startswith(lib) for d in server) for lib in SERVER_LIBRARIES)


def test_setup_installs_the_server_extra_for_the_tests() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "pip install --quiet -e '.[server,test]'" in makefile


def test_the_desktop_starts_without_the_server_libraries(tmp_path: Path) -> None:
    """The CLI and the GUI's modules import with fastapi & co. unimportable, and `socdesk
    server` says in Ukrainian how to install them."""
    blocked = ["fastapi", "uvicorn", "psycopg", "pydantic_settings", "starlette"]
    code = (
        "import sys\n"
        f"for name in {blocked!r}: sys.modules[name] = None\n"
        "import socdesk.ui.app, socdesk.ui.main_window, socdesk.sync.http\n"
        "from socdesk.cli import main\n"
        f"sys.exit(main(['server', '--data-dir', {str(tmp_path / 'srv')!r}]))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env={"QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT), "HOME": str(tmp_path)},
    )
    assert done.returncode == 2, done.stderr
    assert "pip install 'socdesk[server]'" in done.stderr
    assert "бракує бібліотек: fastapi, uvicorn, psycopg, pydantic_settings" in done.stderr


def test_desktop_entry_names_the_icon_the_template_installs() -> None:
    entry = next((TEMPLATE).rglob("*.desktop"))
    lines = dict(
        line.split("=", 1) for line in entry.read_text(encoding="utf-8").splitlines() if "=" in line
    )
    assert lines["Icon"] == "{{ cookiecutter.bundle_identifier }}"
    assert lines["Exec"] == "/usr/bin/{{ cookiecutter.app_name }}"
    icons = tomllib.loads((TEMPLATE / "briefcase.toml").read_text(encoding="utf-8"))["paths"]
    for size, target in icons["icon"].items():
        assert target.endswith(f"/{size}x{size}/apps/{{{{ cookiecutter.bundle_identifier }}}}.png")
        assert (ROOT / "resources" / "icons" / f"socdesk-{size}.png").is_file()
    from socdesk.ui.app import DESKTOP_ID

    briefcase = config.load(ROOT)[1]
    assert f"{briefcase['bundle']}.socdesk" == DESKTOP_ID


def test_pyside_is_pinned_below_6_12() -> None:
    # PySide6 6.12.0 on Python 3.11 crashes after a few thousand void slot calls (DESIGN.md).
    deps = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "dependencies"
    ]
    assert "PySide6-Essentials>=6.11,<6.12" in deps and "PySide6-Addons>=6.11,<6.12" in deps
    assert not any(d.lower().startswith("pyside6>") or d.lower() == "pyside6" for d in deps)
