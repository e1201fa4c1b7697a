"""The key file: the store's data key, wrapped once per user and once by a recovery key.

The store is encrypted under a random 256-bit data key. That key is never written in the
clear: the key file beside the store holds only envelopes (AES-256-GCM) of it, one per user,
under a key derived from the password with Argon2id, and one under the recovery key shown
once at creation. Backups include the key file. A login is never written in the clear either:
an envelope is found by a hash of the store id and the login.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import os
import secrets
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from socdesk.domain.errors import AuthenticationFailed, NotASocDeskStore
from socdesk.domain.messages import noop
from socdesk.domain.recovery import normalize_recovery_key
from socdesk.store.files import atomic_write
from socdesk.store.lock import KeyFileLock

FORMAT = "socdesk-keys"
VERSION = 1
# Sections rewritten while the store is in use, each under `KeyFileLock`: the audit chain's
# secret and anchor (`store.audit_seal`) and the sign-in attempt counts (`store.throttle`).
LIVE_SECTIONS = ("audit", "signin")
RECOVERY_GROUPS = 13  # 13 groups of 4 base32 letters = 260 bits, enough for 32 random bytes


@dataclass(frozen=True, slots=True)
class KdfParams:
    """Argon2id parameters. The default costs about 0.2 s here (ENVIRONMENT.md §8) and is well
    above OWASP's floor of 19 MiB, t=2 (QUALITY-TARGETS §A4.2). Stored with each envelope, so
    they can be raised later without locking anyone out."""

    memory_kib: int = 65536
    time_cost: int = 3
    parallelism: int = 1

    def derive(self, password: str, salt: bytes) -> bytes:
        return hash_secret_raw(
            password.encode("utf-8"),
            salt,
            time_cost=self.time_cost,
            memory_cost=self.memory_kib,
            parallelism=self.parallelism,
            hash_len=32,
            type=Type.ID,
        )


def write_data(path: Path, data: dict[str, Any]) -> None:
    """Writes a key file's data whole (callers hold `KeyFileLock`)."""
    atomic_write(path, json.dumps(data, indent=1, sort_keys=True).encode(), mode=0o600)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def format_recovery_key(raw: bytes) -> str:
    text = base64.b32encode(raw).decode("ascii").rstrip("=")
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def parse_recovery_key(text: str) -> bytes:
    """The key's bytes from the key as typed (read forgivingly: `normalize_recovery_key`)."""
    compact = normalize_recovery_key(text)
    try:
        raw = base64.b32decode(compact + "=" * (-len(compact) % 8))
    except ValueError:
        raise AuthenticationFailed(noop("Domain", "Ключ відновлення введено з помилкою.")) from None
    if len(raw) != 32:
        raise AuthenticationFailed(noop("Domain", "Ключ відновлення введено з помилкою."))
    return raw


def _recovery_kek(raw: bytes, store_id: str) -> bytes:
    hkdf = HKDF(hashes.SHA256(), 32, salt=store_id.encode(), info=b"socdesk recovery key v1")
    return hkdf.derive(raw)


class KeyFile:
    """The envelopes of one store's data key (`socdesk.keys`)."""

    def __init__(self, path: Path, data: dict[str, Any]) -> None:
        self.path = path
        self._data = data

    @property
    def data(self) -> dict[str, Any]:
        """The file's data as loaded (for `write_data` under `KeyFileLock`)."""
        return self._data

    @property
    def store_id(self) -> str:
        return str(self._data["store_id"])

    # ------------------------------------------------------------------ create / load
    @classmethod
    def create(cls, path: Path, store_id: str) -> KeyFile:
        return cls(
            path, {"format": FORMAT, "version": VERSION, "store_id": store_id, "envelopes": []}
        )

    @classmethod
    def load(cls, path: Path) -> KeyFile:
        try:
            data = json.loads(path.read_bytes())
        except FileNotFoundError:
            raise NotASocDeskStore(
                noop(
                    "Domain",
                    "Поруч зі сховищем немає файлу ключів socdesk.keys. Відновіть папку даних з "
                    "резервної копії: файл ключів входить до неї.",
                )
            ) from None
        except (ValueError, UnicodeDecodeError):
            raise NotASocDeskStore(noop("Domain", "Файл ключів socdesk.keys пошкоджено.")) from None
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise NotASocDeskStore(noop("Domain", "Файл socdesk.keys не належить SocDesk."))
        if data.get("version", 0) > VERSION:
            raise NotASocDeskStore(
                noop(
                    "Domain",
                    "Файл ключів створено новішою версією SocDesk. "
                    "Оновіть SocDesk на цьому комп’ютері.",
                )
            )
        return cls(path, data)

    def save(self) -> None:
        """Writes the envelopes. The live sections (`LIVE_SECTIONS`) are taken from the file
        as it is now: another process may have moved the audit anchor or counted an attempt
        since this copy was loaded, and saving a user's envelope must not undo that."""
        with KeyFileLock(self.path.parent):
            try:
                current = json.loads(self.path.read_bytes())
            except (FileNotFoundError, ValueError):
                current = {}
            for section in LIVE_SECTIONS:
                if isinstance(current, dict) and section in current:
                    self._data[section] = current[section]
            write_data(self.path, self._data)

    @classmethod
    @contextlib.contextmanager
    def live(cls, path: Path) -> Iterator[dict[str, Any]]:
        """The key file's data under its lock, written back when the block ends without error:
        for the live sections only (the audit anchor, sign-in attempts)."""
        with KeyFileLock(path.parent):
            data = cls.load(path).data
            yield data
            write_data(path, data)

    def section(self, name: str) -> dict[str, Any]:
        """A live section as loaded (empty if the file has none yet)."""
        value = self._data.get(name)
        return dict(value) if isinstance(value, dict) else {}

    def set_section(self, name: str, value: dict[str, Any]) -> None:
        """Sets a live section in this copy (for a new key file, before its first save)."""
        self._data[name] = value

    # ------------------------------------------------------------------ envelopes
    def login_tag(self, login: str) -> str:
        return hashlib.sha256(f"{self.store_id}\x00{login.casefold()}".encode()).hexdigest()

    def _aad(self, envelope_id: str) -> bytes:
        return f"{FORMAT}/{VERSION}/{self.store_id}/{envelope_id}".encode()

    def _seal(self, envelope: dict[str, Any], kek: bytes, data_key: bytes) -> None:
        nonce = secrets.token_bytes(12)
        envelope["nonce"] = _b64(nonce)
        envelope["ciphertext"] = _b64(
            AESGCM(kek).encrypt(nonce, data_key, self._aad(envelope["id"]))
        )
        self._data["envelopes"] = [e for e in self._data["envelopes"] if e["id"] != envelope["id"]]
        self._data["envelopes"].append(envelope)

    def _open(self, envelope: dict[str, Any], kek: bytes) -> bytes:
        aad = self._aad(envelope["id"])
        return AESGCM(kek).decrypt(_unb64(envelope["nonce"]), _unb64(envelope["ciphertext"]), aad)

    def set_password(
        self, envelope_id: str, login: str, password: str, data_key: bytes, kdf: KdfParams
    ) -> None:
        """Wraps the data key for a user (new user, or a changed password: re-wrap)."""
        salt = secrets.token_bytes(16)
        envelope = {
            "id": envelope_id,
            "kind": "password",
            "tag": self.login_tag(login),
            "salt": _b64(salt),
            "kdf": asdict(kdf),
        }
        self._seal(envelope, kdf.derive(password, salt), data_key)

    def set_recovery(self, raw_recovery_key: bytes, data_key: bytes) -> None:
        envelope = {"id": "recovery", "kind": "recovery"}
        self._seal(envelope, _recovery_kek(raw_recovery_key, self.store_id), data_key)

    def remove(self, envelope_id: str) -> None:
        self._data["envelopes"] = [e for e in self._data["envelopes"] if e["id"] != envelope_id]

    def unwrap_with_password(self, login: str, password: str) -> tuple[str, bytes]:
        """(envelope id, data key) for a login and password, or `AuthenticationFailed`.

        An unknown login costs the same Argon2id work as a known one, so timing does not
        reveal which logins exist.
        """
        tag = self.login_tag(login)
        envelope = next(
            (e for e in self._data["envelopes"] if e.get("tag") == tag and e["kind"] == "password"),
            None,
        )
        if envelope is None:
            KdfParams().derive(password, os.urandom(16))
            raise AuthenticationFailed()
        kdf = KdfParams(**envelope["kdf"])
        try:
            return envelope["id"], self._open(
                envelope, kdf.derive(password, _unb64(envelope["salt"]))
            )
        except InvalidTag:
            raise AuthenticationFailed() from None

    def unwrap_with_recovery(self, raw_recovery_key: bytes) -> bytes:
        envelope = next((e for e in self._data["envelopes"] if e["kind"] == "recovery"), None)
        if envelope is None:
            raise AuthenticationFailed(noop("Domain", "Для цього сховища немає ключа відновлення."))
        try:
            return self._open(envelope, _recovery_kek(raw_recovery_key, self.store_id))
        except InvalidTag:
            raise AuthenticationFailed(
                noop("Domain", "Ключ відновлення не підходить до цього сховища.")
            ) from None
