"""`socdesk report`: the list of kinds, a report over a period typed as people type dates,
written in the format asked for; what cannot be read is a usage error (exit 2)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
import report_fixture
from openpyxl import load_workbook
from support import LOGIN, PASSWORD

from socdesk.cli import Io, main
from socdesk.paths import AppPaths
from socdesk.store.database import Store

ENV = {"SOCDESK_PASSWORD": PASSWORD, "SOCDESK_USER": LOGIN}


def run(argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(argv, Io(ENV, out, err, False))
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def folder(store: Store, store_paths: AppPaths) -> tuple[Path, dict[str, str]]:
    ids = report_fixture.build(store)
    store.close()
    return store_paths.data_dir, ids


def test_list_names_every_kind() -> None:
    code, out, _ = run(["report", "--list", "--json"])
    assert code == 0
    assert [k["kind"] for k in json.loads(out)["kinds"]] == ["centre", "monitoring", "workload"]


def test_a_report_over_dates_typed_as_people_type_them(
    folder: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    data, ids = folder
    out = tmp_path / "h1.json"
    argv = [
        "report",
        "centre",
        "--from",
        "1.01.2026",
        "--to",
        "30.06.2026",
        "--data-dir",
        str(data),
    ]
    code, text, _ = run([*argv, "--format", "json", "--out", str(out)])
    assert code == 0 and str(out) in text
    report = json.loads(out.read_text(encoding="utf-8"))
    services = next(t for t in report["tables"] if t["code"] == "services")
    assert services["total"]["recipients"] == 4

    # One district: only its people (P3 and P4 live in «Другий»).
    code, _, _ = run([*argv, "--district", ids["D2"], "--out", str(tmp_path / "d2.xlsx")])
    assert code == 0
    sheet = load_workbook(tmp_path / "d2.xlsx").worksheets[0]
    assert "Старостинські округи: Другий" in [c.value for c in sheet["A"]]
    total = next(row for row in sheet.iter_rows(values_only=True) if row[0] == "Усього")
    assert total[4] == 2


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--from", "31.02.2026", "--to", "30.06.2026"], "--from"),
        (["--from", "01.07.2026", "--to", "30.06.2026"], "раніше"),
        (["--from", "01.01.2026"], "--to"),
    ],
)
def test_a_period_that_cannot_be_read_is_a_usage_error(
    folder: tuple[Path, dict[str, str]], tmp_path: Path, extra: list[str], message: str
) -> None:
    data, _ = folder
    argv = ["report", "centre", *extra, "--out", str(tmp_path / "x.pdf"), "--data-dir", str(data)]
    code, _, err = run(argv)
    assert code == 2 and message in err
    assert not (tmp_path / "x.pdf").exists()


def test_unknown_kind_district_or_format_is_a_usage_error(
    folder: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    data, _ = folder
    period = ["--from", "01.01.2026", "--to", "30.06.2026", "--data-dir", str(data)]
    assert run(["report", "nonsense", *period, "--out", str(tmp_path / "a.csv")])[0] == 2
    code, _, err = run(
        ["report", "centre", *period, "--district", "nope", "--out", str(tmp_path / "a.csv")]
    )
    assert code == 2 and "nope" in err
    assert run(["report", "centre", *period, "--out", str(tmp_path / "a.txt")])[0] == 2


def test_on_a_specialists_store_the_report_keeps_to_their_districts(
    store: Store, store_paths: AppPaths, tmp_path: Path
) -> None:
    ids = report_fixture.build(store)
    report_fixture.specialist_of_first(store, ids)
    store.close()
    login, password = report_fixture.SPECIALIST
    env = {"SOCDESK_PASSWORD": password, "SOCDESK_USER": login}
    argv = ["report", "centre", "--from", "01.01.2026", "--to", "30.06.2026"]
    argv += ["--data-dir", str(store_paths.data_dir), "--format", "json"]
    out, err = io.StringIO(), io.StringIO()
    code = main([*argv, "--out", str(tmp_path / "mine.json")], Io(env, out, err, False))
    assert code == 0, err.getvalue()
    report = json.loads((tmp_path / "mine.json").read_text(encoding="utf-8"))
    services = next(t for t in report["tables"] if t["code"] == "services")
    assert services["total"]["recipients"] == 2  # P1 and P2 («Перший»)
    foreign = [*argv, "--district", ids["D2"], "--out", str(tmp_path / "d2.json")]
    code = main(foreign, Io(env, out, err, False))
    assert code == 4 and "своїх старостинських округів" in err.getvalue()
    assert not (tmp_path / "d2.json").exists()
