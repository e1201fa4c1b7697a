"""The key file: envelopes, Argon2id parameters, recovery key."""

from __future__ import annotations

import json
import secrets
import time
from pathlib import Path

import pytest

from socdesk.domain.errors import AuthenticationFailed, NotASocDeskStore
from socdesk.store.keys import KdfParams, KeyFile, format_recovery_key, parse_recovery_key

FAST = KdfParams(memory_kib=1024, time_cost=1)


def test_default_argon2id_parameters_meet_owasp() -> None:
    kdf = KdfParams()
    # OWASP: m=19 MiB, t=2 is the floor; ours must not be cheaper on either axis.
    assert kdf.memory_kib >= 19 * 1024 and kdf.time_cost >= 2
    start = time.perf_counter()
    kdf.derive("пароль", b"0" * 16)
    assert time.perf_counter() - start > 0.02  # a real KDF, not a hash


def test_password_and_recovery_unwrap_the_same_key(tmp_path: Path) -> None:
    key, recovery = secrets.token_bytes(32), secrets.token_bytes(32)
    keys = KeyFile.create(tmp_path / "k", "store-1")
    keys.set_password("env-1", "Olena", "секрет", key, FAST)
    keys.set_recovery(recovery, key)
    keys.save()
    loaded = KeyFile.load(tmp_path / "k")
    assert loaded.unwrap_with_password("olena", "секрет") == ("env-1", key)
    assert loaded.unwrap_with_recovery(parse_recovery_key(format_recovery_key(recovery))) == key
    with pytest.raises(AuthenticationFailed):
        loaded.unwrap_with_password("olena", "не той")
    with pytest.raises(AuthenticationFailed):
        loaded.unwrap_with_recovery(secrets.token_bytes(32))


def test_unknown_login_gets_the_same_message(tmp_path: Path) -> None:
    keys = KeyFile.create(tmp_path / "k", "store-1")
    keys.set_password("env-1", "olena", "секрет", secrets.token_bytes(32), FAST)
    with pytest.raises(AuthenticationFailed) as wrong_password:
        keys.unwrap_with_password("olena", "x")
    with pytest.raises(AuthenticationFailed) as unknown_user:
        keys.unwrap_with_password("nobody", "x")
    assert str(wrong_password.value) == str(unknown_user.value)


def test_key_file_holds_no_login_and_no_key(tmp_path: Path) -> None:
    key = secrets.token_bytes(32)
    keys = KeyFile.create(tmp_path / "k", "store-1")
    keys.set_password("env-1", "olena.kovalchuk", "секрет", key, FAST)
    keys.save()
    raw = (tmp_path / "k").read_bytes()
    assert b"olena" not in raw and key.hex().encode() not in raw and key not in raw
    assert oct((tmp_path / "k").stat().st_mode & 0o777) == "0o600"


def test_envelope_cannot_be_moved_to_another_store(tmp_path: Path) -> None:
    key = secrets.token_bytes(32)
    a = KeyFile.create(tmp_path / "a", "store-a")
    a.set_password("env-1", "olena", "секрет", key, FAST)
    a.save()
    data = json.loads((tmp_path / "a").read_text())
    data["store_id"] = "store-b"
    (tmp_path / "b").write_text(json.dumps(data))
    with pytest.raises(AuthenticationFailed):
        KeyFile.load(tmp_path / "b").unwrap_with_password("olena", "секрет")


@pytest.mark.parametrize("content", [b"", b"not json", b'{"format": "other"}'])
def test_foreign_key_file(tmp_path: Path, content: bytes) -> None:
    (tmp_path / "k").write_bytes(content)
    with pytest.raises(NotASocDeskStore):
        KeyFile.load(tmp_path / "k")


def test_recovery_key_typing_is_forgiving() -> None:
    raw = secrets.token_bytes(32)
    text = format_recovery_key(raw)
    assert len(text.split("-")) == 13
    assert parse_recovery_key(text.lower().replace("-", " ")) == raw
    with pytest.raises(AuthenticationFailed):
        parse_recovery_key("ABCD-EFGH")


def test_recovery_key_read_with_digits_for_look_alike_letters() -> None:
    import base64

    raw = base64.b32decode(("IO" * 26)[:51] + "A" + "====")
    text = format_recovery_key(raw)
    assert parse_recovery_key(text.replace("I", "1").replace("O", "0")) == raw
