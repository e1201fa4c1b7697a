"""Bad input never ends in a traceback: every command given its likely wrong inputs exits with
the documented code (README, "Command line") and says in Ukrainian what is wrong."""

from __future__ import annotations

import errno
import io
import json
import re
import shutil
import tarfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from socdesk.cli import Io, main
from socdesk.paths import AppPaths
from socdesk.store.cases import cases_of_person
from socdesk.store.database import Store
from socdesk.store.people import list_person_ids

ENV = {"SOCDESK_PASSWORD": "demo", "SOCDESK_USER": "demo"}
SECRET = "a bug that quotes a person: " + "Шевчукова Ганна"
CYRILLIC = re.compile("[а-яіїєґ]", re.IGNORECASE)


@dataclass(frozen=True)
class Demo:
    folder: Path
    person: str  # a person with a case
    case: str
    files: Path  # bad files to feed the commands


def run(
    argv: list[str], env: dict[str, str] | None = None, interactive: bool = False
) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(argv, Io(ENV if env is None else env, out, err, interactive))
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Demo:
    root = tmp_path_factory.mktemp("cli-errors")
    folder = root / "data"
    assert run(["demo", "--data-dir", str(folder), "--recipients", "30", "--seed", "7"])[0] == 0
    with Store.open(AppPaths(folder, folder / "logs"), "demo", "demo") as store:
        with store.read() as conn:
            person, case = next(
                (p, cases[0].id)
                for p in list_person_ids(conn)
                if (cases := cases_of_person(conn, p))
            )
        backup = store.backup(root / "good")
    files = root / "files"
    files.mkdir()
    (files / "people.xlsx").write_text("ПІБ;Дата народження\nКоваль Олена;05.03.1948\n")
    _rewrite_manifest(backup, files / "bad-version.socbackup", version="перша")
    _rewrite_manifest(backup, files / "no-revision.socbackup", schema_revision=None)
    (files / "junk.socbackup").write_text("junk")
    return Demo(folder, person, case, files)


def _rewrite_manifest(backup: Path, target: Path, **changes: object) -> None:
    with tarfile.open(backup) as src, tarfile.open(target, "w") as dst:
        for member in src.getmembers():
            data = src.extractfile(member).read()  # type: ignore[union-attr]
            if member.name == "manifest.json":
                manifest = json.loads(data)
                for key, value in changes.items():
                    if value is None:
                        manifest.pop(key, None)
                    else:
                        manifest[key] = value
                data = json.dumps(manifest).encode()
                member.size = len(data)
            dst.addfile(member, io.BytesIO(data))


# What a person gets wrong, per command: (argv with {dir}, {person}, {case}, {files}; exit code).
BAD_INPUT = {
    "find, no store here": (["find", "Коваль", "--data-dir", "{files}"], 5),
    "find, limit 0": (["find", "Коваль", "--limit", "0"], 2),
    "export, out is a folder": (["export", "recipients", "--out", "{files}"], 2),
    "export, folder missing": (["export", "recipients", "--out", "{files}/нема/x.csv"], 0),
    "import, missing file": (["import", "recipients", "{files}/нема.csv"], 2),
    "import, CSV named .xlsx": (["import", "recipients", "{files}/people.xlsx"], 2),
    "import, missing mapping": (
        ["import", "recipients", "{files}/people.xlsx", "--mapping", "{files}/нема.json"],
        2,
    ),
    "print, case id for a person": (["print", "registration_card", "--id", "{case}"], 2),
    "print, person id for a case": (["print", "contract", "--id", "{person}"], 2),
    "print, unknown id": (["print", "consent", "--id", "1234"], 2),
    "print, month of a person": (
        ["print", "services_act", "--id", "{person}", "--month", "03.2026"],
        2,
    ),
    "print, no such month": (["print", "services_act", "--id", "{case}", "--month", "2026-13"], 2),
    "print, no --id": (["print", "application"], 2),
    "print, unknown kind": (["print", "dogovir", "--id", "{case}"], 2),
    "print, bad date": (["print", "register", "--from", "30.02.2026", "--to", "2026-03-31"], 2),
    "print, words for a date": (["print", "register", "--from", "вчора", "--to", "сьогодні"], 2),
    "print, end before start": (
        ["print", "register", "--from", "01.05.2026", "--to", "01.01.2026"],
        2,
    ),
    "print, no period": (["print", "register"], 2),
    "batch, end before start": (
        [
            "print",
            "batch",
            "contract",
            "--from",
            "2026-05-01",
            "--to",
            "2026-01-01",
            "--out",
            "{files}/b",
        ],
        2,
    ),
    "batch, bad date": (
        [
            "print",
            "batch",
            "contract",
            "--from",
            "2026-13-01",
            "--to",
            "2026-12-31",
            "--out",
            "{files}/b",
        ],
        2,
    ),
    "batch, not a batch kind": (
        [
            "print",
            "batch",
            "register",
            "--from",
            "01.01.2026",
            "--to",
            "31.01.2026",
            "--out",
            "{files}/b",
        ],
        2,
    ),
    "backup, into a file's folder": (["admin", "backup", "--to", "{files}/people.xlsx/b"], 2),
    "restore, missing file": (["admin", "restore", "{files}/нема.socbackup"], 2),
    "restore, not a backup": (["admin", "restore", "{files}/junk.socbackup"], 2),
    "restore, manifest's version not a number": (
        ["admin", "restore", "{files}/bad-version.socbackup"],
        2,
    ),
    "restore, manifest without a schema revision": (
        ["admin", "restore", "{files}/no-revision.socbackup"],
        2,
    ),
    "publish-reference, missing file": (
        ["admin", "publish-reference", "form", "{files}/нема.json", "--from", "01.01.2027"],
        2,
    ),
    "publish-reference, not a form": (
        ["admin", "publish-reference", "form", "{files}/people.xlsx", "--from", "01.01.2027"],
        2,
    ),
    "publish-reference, no such day": (
        ["admin", "publish-reference", "calendar", "{files}/people.xlsx", "--from", "30.02.2027"],
        2,
    ),
    "publish-reference, unknown kind": (
        ["admin", "publish-reference", "holidays", "{files}/people.xlsx", "--from", "01.01.2027"],
        2,
    ),
    "demo, negative count": (["demo", "--recipients", "-1", "--data-dir", "{files}/new"], 2),
    "demo, not empty": (["demo"], 2),
    "unknown command": (["druk"], 2),
    "unknown option": (["find", "x", "--nema"], 2),
}
# Every command that opens the store, for the wrong password, the missing folder, Ctrl-D.
STORE_COMMANDS = {
    "find": ["find", "Коваль"],
    "export": ["export", "recipients", "--out", "{files}/x.csv", "--format", "csv"],
    "import": ["import", "recipients", "{files}/people.csv", "--dry-run"],
    "print": ["print", "consent", "--id", "{person}"],
    "batch": [
        "print",
        "batch",
        "contract",
        "--from",
        "01.01.2026",
        "--to",
        "31.12.2026",
        "--out",
        "{files}/b",
    ],
    "check": ["admin", "check"],
    "backup": ["admin", "backup", "--to", "{files}/b.socbackup"],
}


def _argv(template: list[str], demo: Demo, data_dir: Path | None = None) -> list[str]:
    values = {"person": demo.person, "case": demo.case, "files": str(demo.files)}
    argv = [part.format(**values) for part in template]
    if "--data-dir" not in argv:
        argv += ["--data-dir", str(data_dir or demo.folder)]
    return argv


def _assert_told(
    code: int, expected: int, out: str, err: str, capfd: pytest.CaptureFixture[str]
) -> None:
    leaked = capfd.readouterr()  # anything printed past the command's own streams
    assert code == expected, err
    assert "Traceback" not in out + err + leaked.out + leaked.err
    if expected:
        assert CYRILLIC.search(err), err
        assert "Error" not in err and "Errno" not in err, err


@pytest.mark.parametrize("case", BAD_INPUT.values(), ids=BAD_INPUT.keys())
def test_bad_input_gets_its_code_and_a_ukrainian_message(
    demo: Demo, case: tuple[list[str], int], capfd: pytest.CaptureFixture[str]
) -> None:
    template, expected = case
    argv = _argv(template, demo)
    code, out, err = run(argv)
    _assert_told(code, expected, out, err, capfd)
    if expected and "--json" not in argv:  # the same failure, for a script
        code, out, _ = run([*argv, "--json"])
        assert code == expected
        assert json.loads(out.splitlines()[-1])["error"]["code"] == expected


@pytest.mark.parametrize("command", STORE_COMMANDS.values(), ids=STORE_COMMANDS.keys())
def test_store_commands_refuse_wrong_password_missing_folder_and_ctrl_d(
    demo: Demo,
    command: list[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capfd: pytest.CaptureFixture[str],
) -> None:
    (demo.files / "people.csv").write_text("ПІБ\nКоваль Олена Іванівна\n")
    copy = tmp_path / "data"  # its own copy: wrong attempts are counted per store
    shutil.copytree(demo.folder, copy)
    code, out, err = run(_argv(command, demo, copy), {**ENV, "SOCDESK_PASSWORD": "ні"})
    _assert_told(code, 4, out, err, capfd)
    assert "пароль" in err

    missing = tmp_path / "нема"
    code, out, err = run([*_argv(command, demo, missing), "--json"])
    _assert_told(code, 2, out, err, capfd)
    assert "не існує" in err and json.loads(out)["error"]["code"] == 2
    assert not missing.exists()  # not created, no logs/ in it

    def ctrl_d(*_args: object) -> str:
        raise EOFError

    monkeypatch.setattr("getpass.getpass", ctrl_d)
    monkeypatch.setattr("builtins.input", ctrl_d)
    code, out, err = run(_argv(command, demo, copy), {"SOCDESK_USER": "demo"}, interactive=True)
    _assert_told(code, 4, out, err, capfd)
    assert "Ctrl-D" in err
    code, out, err = run(_argv(command, demo, copy), {}, interactive=True)  # at «Користувач:»
    _assert_told(code, 4, out, err, capfd)


def test_a_wrong_password_on_a_full_disk_says_both(
    demo: Demo, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    copy = tmp_path / "data"
    shutil.copytree(demo.folder, copy)

    def full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("os.fsync", full)  # the count of wrong attempts cannot be written
    code, out, err = run(
        ["admin", "check", "--data-dir", str(copy)], {**ENV, "SOCDESK_PASSWORD": "ні"}
    )
    _assert_told(code, 4, out, err, capfd)
    assert "пароль" in err and "місця" in err


def test_a_bug_prints_the_log_path_not_a_traceback(
    demo: Demo, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    def broken(*_args: object) -> list[str]:
        raise RuntimeError(SECRET)

    monkeypatch.setattr("socdesk.store.people.search_person_ids", broken)
    code, out, err = run(["find", "Коваль", "--data-dir", str(demo.folder), "--json"])
    _assert_told(code, 1, out, err, capfd)
    log_file = demo.folder / "logs" / "socdesk.log"
    assert "Внутрішня помилка" in err and str(log_file) in err
    assert json.loads(out)["error"]["code"] == 1
    assert "Шевчукова" not in err + log_file.read_text(encoding="utf-8")  # the message is not kept
    assert "RuntimeError" in log_file.read_text(encoding="utf-8")


def test_a_bug_before_the_log_is_set_up_prints_no_traceback(
    monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    def broken(*_args: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr("socdesk.paths.resolve", broken)
    code, out, err = run(["admin", "check"])
    _assert_told(code, 1, out, err, capfd)
    assert "Внутрішня помилка" in err
