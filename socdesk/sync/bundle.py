"""The bundle file (пакет змін для флешки): the bytes a USB stick carries, sealed and opened.

DESIGN.md "Bundles on USB", QUALITY-TARGETS.md A3.3 (its envelope; the change records are the
sync core's). One file:

    magic "SOCDESK-BUNDLE" | format (u16) | header length (u32) | header (canonical JSON)
    | chunks: count × (length (u32) | HPKE ciphertext) | Ed25519 signature (64 bytes)

- The header is small and plain (`inspect` reads it without a key): bundle id, sender and its
  key id, recipient and its key id, schema version, the range of changes, counts, the
  acknowledgements, the number of chunks and the payload's SHA-256. Only what is needed
  before decryption: nothing in it names a person.
- Each chunk but the last is one wire page (zstd JSON Lines of change records,
  `socdesk.sync.wire`); the last is the bundle's private part (`Payload.purge`: the people a
  centre's bundle tells a workplace to remove, moved to another district, each after how many
  of the bundle's records), canonical JSON with a random salt (so that the payload's hash in
  the header does not confirm a guessed list), padded with spaces to a multiple of 4 KiB (so
  that its size does not tell how many moved). Every chunk is sealed on its own with HPKE
  (RFC 9180: X25519, HKDF-SHA256, AES-256-GCM; `cryptography`) to the recipient's key, its
  `info` binding the format, the header's hash, the chunk's index and the chunk count: a chunk
  moved, dropped, repeated or taken from another bundle does not open.
- The signature of the sender's Ed25519 key covers everything before it.

Formats: a reader reads its own format only. A newer one is refused saying to update this
computer, an older one saying to update the one that wrote it; nothing of it changes anything,
and the writer's next bundle carries everything not yet confirmed again. Format 2 moved the
purge list from the plain header (format 1's `purge`) into the sealed last chunk, so a
format-1 bundle is refused as older.

Nothing here is home-made: HPKE seals, Ed25519 signs, SHA-256 hashes. Reading is bounded: the
file, the header, each chunk and the number of chunks have limits checked before anything is
allocated for them, and a wire page unpacks within its own cap. `BadBundle` says, in Ukrainian,
why a bundle is refused; its `reason` is a short code for the audit log.
"""

from __future__ import annotations

import hashlib
import json
import secrets
import struct
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hpke, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from socdesk.domain.errors import SocDeskError

MAGIC = b"SOCDESK-BUNDLE"
FORMAT = 2
EXTENSION = ".sdbundle"
MAX_FILE = 1024 * 1024 * 1024  # bytes: 100,000 changes make about 10 MB
MAX_HEADER = 256 * 1024
MAX_CHUNK = 32 * 1024 * 1024  # one wire page of 500 records is well under 1 MB packed
MAX_CHUNKS = 20_000
SIGNATURE = 64
_PREFIX = struct.Struct(">14sHI")  # magic, format, header length
_LENGTH = struct.Struct(">I")
_SUITE = hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM)
_INFO = b"socdesk-bundle/%d" % FORMAT
_PRIVATE_BLOCK = 4096  # bytes: the private part is padded to a multiple of this
_RAW = (serialization.Encoding.Raw, serialization.PublicFormat.Raw)
_HEADER_FIELDS = {
    "bundle_id": str,
    "kind": str,
    "sender": str,
    "sender_key": str,
    "recipient": str,
    "recipient_key": str,
    "schema": str,
    "created_at": str,
    "first": int,
    "last": int,
    "feed_cursor": int,
    "acks": list,
    "records": int,
    "counts": dict,
    "chunks": int,
    "payload_sha256": str,
}
TO_CENTRE, TO_WORKPLACE = "to_centre", "to_workplace"


class BadBundle(SocDeskError):
    """A bundle that is refused; nothing of it has changed anything."""

    exit_code = 2
    default_message = "Пакет пошкоджений або підроблений; його не імпортовано."

    def __init__(self, reason: str, message: str | None = None) -> None:
        super().__init__(message)
        self.reason = reason


# ------------------------------------------------------------------------------------- keys
@dataclass(frozen=True, slots=True)
class KeyPair:
    """A replica's own keys: Ed25519 to sign what it sends, X25519 to open what it receives."""

    sign_private: bytes
    box_private: bytes

    @classmethod
    def generate(cls) -> KeyPair:
        sign = Ed25519PrivateKey.generate().private_bytes_raw()
        box = X25519PrivateKey.generate().private_bytes_raw()
        return cls(sign, box)

    @property
    def sign_public(self) -> bytes:
        return (
            Ed25519PrivateKey.from_private_bytes(self.sign_private).public_key().public_bytes(*_RAW)
        )

    @property
    def box_public(self) -> bytes:
        return (
            X25519PrivateKey.from_private_bytes(self.box_private).public_key().public_bytes(*_RAW)
        )

    @property
    def key_id(self) -> str:
        return key_id(self.sign_public, self.box_public)


def key_id(sign_public: bytes, box_public: bytes) -> str:
    """The short name of a pair of public keys (32 hex digits of their SHA-256)."""
    return hashlib.sha256(sign_public + box_public).hexdigest()[:32]


def fingerprint(key: str) -> str:
    """A key id in groups of four, to read aloud and compare on paper."""
    return " ".join(key[i : i + 4] for i in range(0, len(key), 4))


# ----------------------------------------------------------------------------------- header
@dataclass(frozen=True, slots=True)
class Header:
    """The plain header, as parsed, and its exact bytes (what the chunks are bound to)."""

    values: dict[str, Any]
    raw: bytes
    format: int
    size: int  # of the whole file

    def __getitem__(self, name: str) -> Any:
        return self.values[name]

    @property
    def bundle_id(self) -> str:
        return str(self.values["bundle_id"])


def canonical(values: dict[str, Any]) -> bytes:
    return json.dumps(values, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def read_file(path: Path) -> bytes:
    """A bundle file's bytes, its size checked before it is read."""
    try:
        if path.stat().st_size > MAX_FILE:
            raise BadBundle("too_large", "Файл завеликий для пакета SocDesk.")
        return path.read_bytes()
    except OSError as exc:
        raise BadBundle("unreadable", f"Не вдалося прочитати файл {path.name}.") from exc


def read_header(data: bytes) -> Header:
    """The header of `data`, checked for size, magic, format and shape; no key needed."""
    if len(data) > MAX_FILE:
        raise BadBundle(
            "too_large", f"Файл пакета більший за {MAX_FILE // 2**20} МБ; це не пакет SocDesk."
        )
    if len(data) < _PREFIX.size + SIGNATURE or not data.startswith(MAGIC):
        raise BadBundle("not_a_bundle", "Це не пакет змін SocDesk (або файл обрізаний).")
    _, fmt, length = _PREFIX.unpack_from(data)
    if fmt > FORMAT:
        raise BadBundle(
            "format_newer",
            f"Пакет записано новішою версією SocDesk (формат {fmt}, ця версія читає {FORMAT}). "
            "Оновіть SocDesk на цьому комп’ютері й повторіть імпорт.",
        )
    if fmt < FORMAT:
        raise BadBundle(
            "format_older",
            f"Пакет записано старою версією SocDesk (формат {fmt}). Оновіть SocDesk на "
            "комп’ютері, який його записав, і запишіть пакет знову.",
        )
    if length > MAX_HEADER or _PREFIX.size + length + SIGNATURE > len(data):
        raise BadBundle("truncated", "Пакет обрізаний або пошкоджений: заголовок неповний.")
    raw = data[_PREFIX.size : _PREFIX.size + length]
    try:
        values = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise BadBundle("bad_header", "Заголовок пакета пошкоджений.") from exc
    if not isinstance(values, dict) or any(
        not isinstance(values.get(name), kind) or isinstance(values.get(name), bool)
        for name, kind in _HEADER_FIELDS.items()
    ):
        raise BadBundle("bad_header", "Заголовок пакета неповний або пошкоджений.")
    if canonical(values) != raw:
        raise BadBundle("bad_header", "Заголовок пакета змінено після запису.")
    if (
        not 1 <= values["chunks"] <= MAX_CHUNKS
        or values["kind"] not in (TO_CENTRE, TO_WORKPLACE)
        or not (values["schema"].isascii() and values["schema"].isdigit())
        or not all(_is_range(a) for a in values["acks"])
    ):
        raise BadBundle("bad_header", "Заголовок пакета пошкоджений.")
    return Header(values, raw, fmt, len(data))


# ------------------------------------------------------------------------------ seal, open
@dataclass(frozen=True, slots=True)
class Payload:
    """A bundle's chunks, opened: its wire pages and its private part."""

    pages: list[bytes]
    purge: list[tuple[int, str]]  # (records applied before, person id) in order


def seal(
    values: dict[str, Any],
    pages: Sequence[bytes],
    keys: KeyPair,
    to_box: bytes,
    purge: Sequence[tuple[int, str]] = (),
) -> bytes:
    """The bundle's bytes: `values` completed with the chunk count and payload hash, each
    page and then the private part (the `purge` list) sealed to the recipient's X25519 key
    `to_box`, all signed with `keys`."""
    private = canonical({"purge": [list(p) for p in purge], "salt": secrets.token_hex(16)})
    chunks = [*pages, private.ljust(-(-len(private) // _PRIVATE_BLOCK) * _PRIVATE_BLOCK)]
    values = {
        **values,
        "chunks": len(chunks),
        "payload_sha256": _payload_hash(chunks),
    }
    raw = canonical(values)
    if len(raw) > MAX_HEADER:
        raise ValueError("bundle header too large")
    recipient = X25519PublicKey.from_public_bytes(to_box)
    parts = [_PREFIX.pack(MAGIC, FORMAT, len(raw)), raw]
    header_hash = hashlib.sha256(raw).digest()
    for index, chunk in enumerate(chunks):
        sealed = _SUITE.encrypt(chunk, recipient, info=_info(header_hash, index, len(chunks)))
        parts += [_LENGTH.pack(len(sealed)), sealed]
    body = b"".join(parts)
    signer = Ed25519PrivateKey.from_private_bytes(keys.sign_private)
    return body + signer.sign(body)


def verify(data: bytes, sign_public: bytes) -> None:
    """The sender's signature over everything before it; `BadBundle` if it does not hold."""
    try:
        Ed25519PublicKey.from_public_bytes(sign_public).verify(data[-SIGNATURE:], data[:-SIGNATURE])
    except InvalidSignature as exc:
        raise BadBundle(
            "bad_signature",
            "Підпис пакета не збігається: пакет змінено або підроблено. Його не імпортовано; "
            "попросіть відправника записати пакет знову.",
        ) from exc


def open_payload(data: bytes, header: Header, box_private: bytes) -> Payload:
    """The pages and private part of a verified bundle, each chunk opened with this
    replica's X25519 key; `BadBundle` if any does not open or the private part is wrong."""
    key = X25519PrivateKey.from_private_bytes(box_private)
    header_hash = hashlib.sha256(header.raw).digest()
    count: int = header["chunks"]
    offset, end = _PREFIX.size + len(header.raw), len(data) - SIGNATURE
    chunks: list[bytes] = []
    for index in range(count):
        if offset + _LENGTH.size > end:
            raise _truncated()
        (length,) = _LENGTH.unpack_from(data, offset)
        offset += _LENGTH.size
        if length > MAX_CHUNK or offset + length > end:
            raise _truncated()
        try:
            chunks.append(
                _SUITE.decrypt(
                    data[offset : offset + length], key, info=_info(header_hash, index, count)
                )
            )
        except (InvalidTag, ValueError) as exc:
            raise BadBundle(
                "bad_chunk",
                "Частину пакета не вдалося розшифрувати: пакет пошкоджений або адресований "
                "іншому робочому місцю.",
            ) from exc
        offset += length
    if offset != end:
        raise _truncated()
    if _payload_hash(chunks) != header["payload_sha256"]:
        raise BadBundle("bad_payload", "Вміст пакета не збігається з його заголовком.")
    return Payload(chunks[:-1], _private(chunks[-1], header["records"]))


def file_name(values: dict[str, Any]) -> str:
    """sender_recipient_date_shortid.sdbundle: sorts by date, tells who and whom at a glance."""
    date = str(values["created_at"]).replace(":", "").replace("-", "")
    return (
        f"socdesk_{values['sender'][-8:]}_to_{values['recipient'][-8:]}_{date}_"
        f"{values['bundle_id'][-8:]}{EXTENSION}"
    )


def merge_ranges(ranges: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Ranges merged where they touch or overlap, in order (acknowledgements stay short)."""
    merged: list[tuple[int, int]] = []
    for first, last in sorted(ranges):
        if merged and first <= merged[-1][1] + 1:
            merged[-1] = (merged[-1][0], max(merged[-1][1], last))
        else:
            merged.append((first, last))
    return merged


def _is_range(value: object) -> bool:
    return (
        isinstance(value, list)
        and len(value) == 2
        and all(type(v) is int for v in value)
        and 0 <= value[0] <= value[1]
    )


def _private(chunk: bytes, records: int) -> list[tuple[int, str]]:
    """The purge list of a bundle's private part, checked."""
    try:
        values = json.loads(chunk.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        values = None
    if not isinstance(values, dict) or not _is_purge(values.get("purge"), records):
        raise BadBundle("bad_payload", "Вміст пакета пошкоджений; його не імпортовано.")
    return [(at, person) for at, person in values["purge"]]


def _is_purge(value: object, records: int) -> bool:
    """A purge list: [position, person id] pairs in order, each position the number of the
    bundle's records applied before the person goes."""
    if not isinstance(value, list):
        return False
    last = 0
    for pair in value:
        if not (
            isinstance(pair, list)
            and len(pair) == 2
            and type(pair[0]) is int
            and isinstance(pair[1], str)
            and 0 < len(pair[1]) <= 64
            and last <= pair[0] <= records
        ):
            return False
        last = pair[0]
    return True


def _info(header_hash: bytes, index: int, count: int) -> bytes:
    return _INFO + header_hash + struct.pack(">II", index, count)


def _payload_hash(pages: Sequence[bytes]) -> str:
    digest = hashlib.sha256()
    for page in pages:
        digest.update(_LENGTH.pack(len(page)) + page)
    return digest.hexdigest()


def _truncated() -> BadBundle:
    return BadBundle(
        "truncated",
        "Пакет обрізаний або пошкоджений (можливо, флешку витягли під час запису). Його не "
        "імпортовано; запишіть пакет знову.",
    )
