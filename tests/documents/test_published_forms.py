"""An act filled in a form version the centre published prints in that version in a process
that has not looked at the published versions before (the CLI right after a sync)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from documents.test_documents import all_text
from refdoc_support import NEW_VERSION, act_in_new_version, forget_published_forms
from support import LOGIN, PASSWORD

from socdesk.cli import Io, main
from socdesk.documents import printing
from socdesk.paths import AppPaths
from socdesk.store.database import Store

TODAY = dt.date(2027, 1, 10)


def test_an_act_in_a_published_version_prints_in_a_new_process(store_paths: AppPaths) -> None:
    case_id = act_in_new_version(store_paths)
    forget_published_forms()
    with Store.open(store_paths, LOGIN, PASSWORD) as store:
        text = all_text(printing.make(store, "act:needs_assessment", case_id, TODAY).pdf)
    assert "(редакція 2027)" in text and f"версія {NEW_VERSION}" in text


def test_the_cli_prints_an_act_in_a_published_version(
    store_paths: AppPaths, tmp_path: Path
) -> None:
    import io

    case_id = act_in_new_version(store_paths)
    forget_published_forms()
    pdf = tmp_path / "act.pdf"
    out, err = io.StringIO(), io.StringIO()
    env = {"SOCDESK_USER": LOGIN, "SOCDESK_PASSWORD": PASSWORD}
    argv = ["print", "act:needs_assessment", "--id", case_id, "--out", str(pdf), "--json"]
    code = main([*argv, "--data-dir", str(store_paths.data_dir)], Io(env, out, err, False))
    assert code == 0, err.getvalue()
    assert json.loads(out.getvalue())["file"] == str(pdf)
    assert "(редакція 2027)" in all_text(pdf.read_bytes())


def test_a_blank_form_prints_the_version_in_force(store_paths: AppPaths) -> None:
    act_in_new_version(store_paths)
    with Store.open(store_paths, LOGIN, PASSWORD) as store:
        text = all_text(printing.make(store, "blank:needs_assessment", "", TODAY).pdf)
    assert "(редакція 2027)" in text and f"версія {NEW_VERSION}" in text
