"""`socdesk admin publish-reference`: a coordinator publishes a checked document from a file;
a bad file, a bad date or a user who is not a coordinator gets the CLI's exit code and a
Ukrainian message, and nothing is written."""

from __future__ import annotations

import io
import json
from pathlib import Path

from refdoc_support import NEW_VERSION, minimums_2027
from support import FAST_KDF, LOGIN, PASSWORD

from socdesk.cli import Io, main
from socdesk.domain.people import Role
from socdesk.paths import AppPaths
from socdesk.store import refdocs
from socdesk.store.database import NewUser, Store


def run(argv: list[str], login: str = LOGIN, password: str = PASSWORD) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    env = {"SOCDESK_USER": login, "SOCDESK_PASSWORD": password}
    code = main(argv, Io(env, out, err, False))
    return code, out.getvalue(), err.getvalue()


def published(paths: AppPaths) -> list[str]:
    with Store.open(paths, LOGIN, PASSWORD) as store, store.read() as conn:
        return [d.version for d in refdocs.published(conn)]


def test_publish_reference_from_a_file(store_paths: AppPaths, tmp_path: Path) -> None:
    good, bad = tmp_path / "pm.json", tmp_path / "bad.json"
    good.write_text(json.dumps(minimums_2027(), ensure_ascii=False), encoding="utf-8")
    bad.write_text("{not json", encoding="utf-8")
    folder = ["--data-dir", str(store_paths.data_dir)]
    args = ["admin", "publish-reference", "subsistence_minimums"]
    code, _, err = run([*args, str(bad), "--from", "01.01.2027", *folder])
    assert code == 2 and "не є документом" in err
    code, _, err = run([*args, str(tmp_path / "нема.json"), "--from", "01.01.2027", *folder])
    assert code == 2 and "немає" in err
    code, _, err = run([*args, str(good), "--from", "31.02.2027", *folder])
    assert code == 2 and "--from" in err
    code, out, _ = run([*args, str(good), "--from", "01.01.2027", *folder, "--json"])
    assert code == 0
    assert json.loads(out) == {
        "kind": "subsistence_minimums",
        "key": "",
        "version": NEW_VERSION,
        "effective_from": "2027-01-01",
    }
    code, _, err = run([*args, str(good), "--from", "01.01.2027", *folder])
    assert code == 2 and "не новіша" in err
    assert published(store_paths) == [NEW_VERSION]


def test_only_a_coordinator_publishes(store_paths: AppPaths, tmp_path: Path) -> None:
    with Store.open(store_paths, LOGIN, PASSWORD) as store:
        store.add_user(NewUser("petro", "пароль-петра", "Петро", Role.SPECIALIST), FAST_KDF)
    good = tmp_path / "pm.json"
    good.write_text(json.dumps(minimums_2027(), ensure_ascii=False), encoding="utf-8")
    argv = ["admin", "publish-reference", "subsistence_minimums", str(good), "--from", "01.01.2027"]
    code, _, err = run([*argv, "--data-dir", str(store_paths.data_dir)], "petro", "пароль-петра")
    assert code == 4 and "координатору" in err
    assert published(store_paths) == []
