"""The CLI contract: options anywhere, never prompting without a terminal, exit codes."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from socdesk.cli import Io, main


def run(
    argv: list[str], env: dict[str, str] | None = None, interactive: bool = False
) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(argv, Io(env or {}, out, err, interactive))
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("cli") / "data"
    code, out, _ = run(
        ["demo", "--data-dir", str(folder), "--recipients", "40", "--seed", "7", "--json"]
    )
    assert code == 0
    assert json.loads(out)["recipients"] == 40
    return folder


def test_data_dir_before_or_after_subcommand(demo_dir: Path) -> None:
    env = {"SOCDESK_PASSWORD": "demo"}
    before = run(["--data-dir", str(demo_dir), "admin", "check", "--user", "demo", "--json"], env)
    after = run(["admin", "check", "--json", "--user", "demo", "--data-dir", str(demo_dir)], env)
    assert before[0] == after[0] == 0
    assert json.loads(before[1])["ok"] is True
    assert json.loads(before[1])["counts"] == json.loads(after[1])["counts"]


def test_data_dir_from_environment(demo_dir: Path) -> None:
    code, out, _ = run(
        ["admin", "check", "--user", "demo", "--json"],
        {"SOCDESK_PASSWORD": "demo", "SOCDESK_DATA_DIR": str(demo_dir)},
    )
    assert code == 0 and json.loads(out)["counts"]["person"] == 40


def test_no_terminal_no_password_fails_without_prompting(demo_dir: Path) -> None:
    code, _, err = run(["admin", "check", "--user", "demo", "--data-dir", str(demo_dir)])
    assert code == 4
    assert "SOCDESK_PASSWORD" in err


def test_wrong_password_is_exit_4(demo_dir: Path) -> None:
    code, _, err = run(
        ["admin", "check", "--user", "demo", "--data-dir", str(demo_dir)],
        {"SOCDESK_PASSWORD": "wrong"},
    )
    assert code == 4 and "пароль" in err


def test_missing_store_is_exit_5(tmp_path: Path) -> None:
    code, _, err = run(
        ["admin", "check", "--user", "x", "--data-dir", str(tmp_path)], {"SOCDESK_PASSWORD": "x"}
    )
    assert code == 5 and "socdesk demo" in err


def test_usage_error_is_exit_2() -> None:
    assert run(["no-such-command"])[0] == 2
    assert run(["demo", "--recipients", "many"])[0] == 2


def test_demo_refuses_non_empty_dir_without_force(demo_dir: Path, tmp_path: Path) -> None:
    code, _, err = run(["demo", "--data-dir", str(demo_dir)])
    assert code == 2 and "--force" in err
    folder = tmp_path / "d"
    assert run(["demo", "--data-dir", str(folder), "--recipients", "5"])[0] == 0
    (folder / "notes.txt").write_text("не чіпати")
    code, out, _ = run(
        ["demo", "--data-dir", str(folder), "--recipients", "9", "--force", "--json"]
    )
    assert code == 0 and json.loads(out)["recipients"] == 9
    assert (folder / "notes.txt").read_text() == "не чіпати"


def test_backup_and_restore_commands(demo_dir: Path, tmp_path: Path) -> None:
    env = {"SOCDESK_PASSWORD": "demo", "SOCDESK_USER": "demo"}
    work = tmp_path / "work"
    import shutil

    shutil.copytree(demo_dir, work)
    code, out, _ = run(
        ["admin", "backup", "--to", str(tmp_path / "b"), "--data-dir", str(work), "--json"], env
    )
    assert code == 0
    backup = Path(json.loads(out)["backup"])
    assert backup.suffix == ".socbackup"
    code, out, _ = run(["admin", "restore", str(backup), "--data-dir", str(work), "--json"], env)
    assert code == 0 and json.loads(out)["previous_store"]
    (tmp_path / "junk.socbackup").write_text("junk")
    assert (
        run(["admin", "restore", str(tmp_path / "junk.socbackup"), "--data-dir", str(work)], env)[0]
        == 2
    )


def test_console_script_runs_as_a_process(tmp_path: Path) -> None:
    env = {**os.environ, "SOCDESK_PASSWORD": "demo"}
    done = subprocess.run(
        [sys.executable, "-m", "socdesk", "--version"], capture_output=True, env=env
    )
    assert done.returncode == 0 and b"SocDesk" in done.stdout
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "socdesk",
            "admin",
            "check",
            "--user",
            "demo",
            "--data-dir",
            str(tmp_path),
        ],
        capture_output=True,
        env=env,
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 5


def test_print_lists_kinds_prints_one_and_a_batch(demo_dir: Path, tmp_path: Path) -> None:
    from socdesk.paths import AppPaths
    from socdesk.store.database import Store
    from socdesk.store.schema import SocialCase

    env = {"SOCDESK_PASSWORD": "demo", "SOCDESK_USER": "demo"}
    code, out, _ = run(["print", "--list", "--json"], env)
    listed = {k["kind"]: k for k in json.loads(out)["kinds"]}
    assert code == 0 and listed["contract"]["batch"] and not listed["register"]["batch"]
    paths = AppPaths(demo_dir, demo_dir / "logs")
    with Store.open(paths, "demo", "demo") as store, store.read() as conn:
        table = SocialCase.__table__  # type: ignore[attr-defined]
        case = conn.execute(table.select().with_only_columns(table.c.id)).scalar()
    pdf = tmp_path / "app.pdf"
    code, out, _ = run(
        ["print", "application", "--id", str(case), "--out", str(pdf), "--data-dir", str(demo_dir)],
        env,
    )
    assert code == 0 and pdf.read_bytes().startswith(b"%PDF")
    code, _, err = run(["print", "contract", "--data-dir", str(demo_dir)], env)
    assert code == 2 and "--id" in err  # usage, no prompt
    folder = tmp_path / "batch"
    code, out, _ = run(
        ["print", "batch", "application", "--from", "2020-01-01", "--to", "2030-12-31",
         "--out", str(folder), "--data-dir", str(demo_dir), "--json"],
        env,
    )  # fmt: skip
    result = json.loads(out)
    assert code == 0 and result["printed"] == len(list(folder.glob("*.pdf"))) > 0
    code, _, err = run(
        ["print", "batch", "register", "--from", "2026-01-01", "--to", "2026-01-31",
         "--out", str(folder), "--data-dir", str(demo_dir)],
        env,
    )  # fmt: skip
    assert code == 2 and "пакетом" in err
