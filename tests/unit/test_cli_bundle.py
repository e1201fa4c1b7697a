"""`socdesk bundle`: a round between a workplace and the centre from the command line; a
refused bundle exits 2 with its reason in Ukrainian and changes nothing."""

from __future__ import annotations

import io
import json
from pathlib import Path

from replicas import make_replica
from support import LOGIN, PASSWORD, add_person

from socdesk.cli import Io, main


def run(argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    env = {"SOCDESK_PASSWORD": PASSWORD, "SOCDESK_USER": LOGIN}
    code = main(argv, Io(env, out, err, False))
    return code, out.getvalue(), err.getvalue()


def test_a_round_by_the_command_line(template_store: Path, tmp_path: Path) -> None:
    centre, field = tmp_path / "centre", tmp_path / "field"
    make_replica(template_store, centre, hub=True).close()
    workplace = make_replica(template_store, field)
    add_person(workplace, "Гнатюк")
    workplace.close()
    stick = tmp_path / "stick"
    stick.mkdir()
    for data_dir in (centre, field):
        code, out, _ = run(["bundle", "card", "--to", str(stick), "--data-dir", str(data_dir)])
        assert code == 0 and "Відбиток" in out
    cards = sorted(stick.glob("*.sdkey"))
    centre_card = next(c for c in cards if "_centre_" in c.name)
    field_card = next(c for c in cards if "_workplace_" in c.name)
    assert run(["bundle", "trust", str(centre_card), "--data-dir", str(field)])[0] == 0
    assert run(["bundle", "trust", str(field_card), "--data-dir", str(centre)])[0] == 0

    code, out, _ = run(["bundle", "export", "--to", str(stick), "--data-dir", str(field), "--json"])
    assert code == 0
    path = Path(json.loads(out)["bundles"][0]["file"])
    code, out, _ = run(["bundle", "inspect", str(path), "--json"])
    assert code == 0 and json.loads(out)["counts"] == {"person": 1}

    code, out, _ = run(["bundle", "receipt", str(stick)])
    assert code == 0 and "АКТ ПЕРЕДАВАННЯ" in out and path.name in out and "person: 1" in out
    assert "Гнатюк" not in out

    code, out, _ = run(["bundle", "import", str(stick), "--data-dir", str(centre)])
    assert code == 0 and "застосовано змін 1" in out
    code, out, _ = run(["bundle", "import", str(path), "--data-dir", str(centre)])
    assert code == 0 and "уже імпортовано" in out

    tampered = tmp_path / "tampered.sdbundle"
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x10
    tampered.write_bytes(bytes(data))
    code, out, err = run(["bundle", "import", str(tampered), "--data-dir", str(centre), "--json"])
    assert code == 2 and "Підпис пакета не збігається" in err
    assert json.loads(out)["bundles"][0]["refused"] == "bad_signature"

    code, out, _ = run(
        [
            "bundle",
            "export",
            "--to",
            str(stick),
            "--for",
            "all",
            "--data-dir",
            str(centre),
            "--json",
        ]
    )
    assert code == 0
    back = json.loads(out)["bundles"][0]["file"]
    code, out, _ = run(["bundle", "import", back, "--data-dir", str(field), "--json"])
    assert code == 0 and json.loads(out)["bundles"][0]["acknowledged"] == 1
