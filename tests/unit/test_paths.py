"""Where data lives: --data-dir, then SOCDESK_DATA_DIR, then the platform's folder."""

from __future__ import annotations

from pathlib import Path

import platformdirs

from socdesk.paths import DATA_DIR_ENV, resolve, resources_dir


def test_flag_beats_environment_beats_platform(tmp_path: Path) -> None:
    env = {DATA_DIR_ENV: str(tmp_path / "env")}
    assert resolve(tmp_path / "flag", env).data_dir == tmp_path / "flag"
    assert resolve(None, env).data_dir == tmp_path / "env"
    fallback = resolve(None, {})
    assert fallback.data_dir == Path(platformdirs.user_data_dir("SocDesk", False))
    assert fallback.log_dir == Path(platformdirs.user_log_dir("SocDesk", False))


def test_explicit_folder_keeps_its_logs_inside(tmp_path: Path) -> None:
    paths = resolve(tmp_path / "d", {})
    assert paths.log_dir == tmp_path / "d" / "logs"
    assert paths.db_file.name == "socdesk.db" and paths.key_file.name == "socdesk.keys"


def test_the_real_data_folder_is_out_of_reach_of_tests() -> None:
    # conftest points platformdirs into a temporary folder for every test.
    assert "pytest" in platformdirs.user_data_dir("SocDesk", False)


def test_resources_ship_with_the_package() -> None:
    assert (resources_dir() / "fonts" / "DejaVuSans.ttf").exists()
    assert sorted(p.name for p in (resources_dir() / "reference").glob("*.json"))
