"""What an importer checks before it changes anything (перевірка пакета), on a desktop's store
and on the server alike: a known, not revoked signer that matches the sender; the signature;
that the bundle is for this replica and goes the right way (workplace → centre, or back); the
schema version; every chunk; every record's shape, table and (from a workplace) that its
sender made it within the range the header names; and that only the centre's bundle carries
a purge list. Pure: the caller looks up the keys.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from socdesk.domain.changes import ChangeRecord, MalformedRecord
from socdesk.store.migrate import STORE_REVISION
from socdesk.store.schema import TABLES_BY_NAME
from socdesk.sync import wire
from socdesk.sync.bundle import (
    TO_CENTRE,
    TO_WORKPLACE,
    BadBundle,
    Header,
    open_payload,
    verify,
)

CENTRE, WORKPLACE = "centre", "workplace"  # a peer's role, as store.bundles keeps it
MAX_UNPACKED = 1024 * 1024 * 1024  # bytes of change records in one bundle, all pages together


@dataclass(frozen=True, slots=True)
class Signer:
    """The known key that the header names as the sender's."""

    device_id: str
    role: str
    sign_public: bytes
    revoked: bool
    former: frozenset[str] = frozenset()  # the devices it took over from (re-enrolled)


@dataclass(frozen=True, slots=True)
class Receiver:
    """The replica importing: its device id, whether it is the centre, its X25519 private
    keys by key id."""

    device_id: str
    centre: bool
    boxes: dict[str, bytes]


@dataclass(frozen=True, slots=True)
class Contents:
    """What a checked bundle holds: its records, and (from the centre) the people to remove
    after how many of them (`Payload.purge`)."""

    records: list[ChangeRecord]
    purge: list[tuple[int, str]]


def check(
    data: bytes, header: Header, signer: Signer | None, me: Receiver, already: bool
) -> Contents | None:
    """The bundle's contents, checked, or None if it was imported before (and is genuine);
    `BadBundle` with the reason otherwise."""
    if signer is None:
        raise BadBundle(
            "unknown_signer",
            "Пакет підписано невідомим ключем. Імпортуйте картку ключа відправника або "
            "зареєструйте його робоче місце, потім повторіть імпорт.",
        )
    if signer.revoked:
        raise BadBundle(
            "revoked_signer",
            "Пакет підписано ключем відкликаного робочого місця; його не імпортовано.",
        )
    if signer.device_id != header["sender"]:
        raise BadBundle("wrong_sender", "Відправник пакета не збігається з його ключем.")
    verify(data, signer.sign_public)
    box = me.boxes.get(header["recipient_key"])
    if box is None or header["recipient"] != me.device_id:
        raise BadBundle(
            "wrong_recipient",
            "Пакет адресовано іншому робочому місцю; його не імпортовано. Перевірте, для кого "
            "його записано.",
        )
    expected = (TO_CENTRE, WORKPLACE) if me.centre else (TO_WORKPLACE, CENTRE)
    if (header["kind"], signer.role) != expected:
        raise BadBundle(
            "wrong_direction",
            "Цей пакет не для цього комп’ютера: пакети робочих місць імпортує центр, а "
            "пакети центру — робочі місця.",
        )
    if already:
        return None
    if int(header["schema"]) > int(STORE_REVISION):
        raise BadBundle(
            "schema_newer",
            "Пакет записано новішою версією SocDesk, ніж ця. Оновіть SocDesk на цьому "
            "комп’ютері й повторіть імпорт; зміни не втрачено.",
        )
    payload = open_payload(data, header, box)
    records = records_of(header, payload.pages, signer.former)
    if payload.purge and header["kind"] == TO_CENTRE:  # only the centre moves people
        raise _out_of_scope()
    return Contents(records, payload.purge)


def records_of(
    header: Header, pages: list[bytes], former: frozenset[str] = frozenset()
) -> list[ChangeRecord]:
    """Every record of the bundle, checked: shape, table, and (from a workplace) that the
    sender (or a device it took over from, `former`) made it within the range the header
    names."""
    records: list[ChangeRecord] = []
    unpacked = 0
    try:
        for page in pages:
            raw = wire.unpack(page).records
            unpacked += sum(map(len, raw))
            if unpacked > MAX_UNPACKED:
                raise BadBundle(
                    "too_large",
                    f"Пакет після розпакування більший за {MAX_UNPACKED // 2**20} МБ; його "
                    "не імпортовано.",
                )
            records += [ChangeRecord.from_json(r) for r in raw]
    except (wire.BadPage, MalformedRecord) as exc:
        raise BadBundle("bad_record", "Пакет містить пошкоджений запис змін.") from exc
    from_workplace = header["kind"] == TO_CENTRE
    counts = Counter(r.table for r in records)
    if (
        len(records) != header["records"]
        or counts != Counter(header["counts"])
        or any(r.table not in TABLES_BY_NAME for r in records)
        or (
            from_workplace
            and any(
                (r.device != header["sender"] and r.device not in former)
                or not header["first"] <= r.seq <= header["last"]
                for r in records
            )
        )
    ):
        raise _out_of_scope()
    return records


def _out_of_scope() -> BadBundle:
    return BadBundle(
        "out_of_scope",
        "Пакет містить зміни, яких його відправник не може надсилати, або не збігається з "
        "заголовком; його не імпортовано.",
    )
