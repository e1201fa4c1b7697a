"""Key cards (картки ключів): the offline enrolment file a coordinator carries.

A card holds one replica's public keys, its device id and role (centre or workplace); never a
private key. The centre's card, trusted at a workplace that has never been online, lets it
write bundles to the centre and accept the centre's; a workplace's card, trusted at the
centre, does the same the other way. The key id's fingerprint (`bundle.fingerprint`) is shown
on both sides so that a person can compare it on paper. Revoking a device revokes its keys.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Mapping
from pathlib import Path

from socdesk.domain.errors import SocDeskError
from socdesk.store import bundles as log
from socdesk.store.database import Store
from socdesk.store.files import atomic_write
from socdesk.sync.bundle import key_id
from socdesk.sync.bundles import is_centre, own_keys

CARD_FORMAT = 1
CARD_EXTENSION = ".sdkey"
MAX_CARD = 64 * 1024


class BadKeyCard(SocDeskError):
    exit_code = 2
    default_message = "Це не картка ключа SocDesk або її пошкоджено."


def own_card(store: Store, name: str = "") -> dict[str, object]:
    """This replica's card: its public keys, device id and role."""
    keys = own_keys(store)
    return {
        "socdesk_key_card": CARD_FORMAT,
        "device_id": store.device_id,
        "role": log.CENTRE if is_centre(store) else log.WORKPLACE,
        "name": name,
        "key_id": keys.key_id,
        "sign_public": base64.b64encode(keys.sign_public).decode(),
        "box_public": base64.b64encode(keys.box_public).decode(),
    }


def write_card(store: Store, folder: Path, name: str = "") -> Path:
    card = own_card(store, name)
    path = folder / f"socdesk_key_{card['role']}_{store.device_id[-8:]}{CARD_EXTENSION}"
    atomic_write(path, json.dumps(card, ensure_ascii=False, indent=1).encode(), 0o644)
    return path


def read_card(data: bytes) -> log.KnownKey:
    """The keys on a card, checked (shape, sizes, and that the key id matches the keys)."""
    try:
        if len(data) > MAX_CARD:
            raise ValueError("too large")
        card = json.loads(data.decode("utf-8"))
        sign = base64.b64decode(card["sign_public"], validate=True)
        box = base64.b64decode(card["box_public"], validate=True)
        device, role, name = str(card["device_id"]), str(card["role"]), str(card.get("name", ""))
        ok = (
            card["socdesk_key_card"] == CARD_FORMAT
            and len(sign) == len(box) == 32
            and role in (log.CENTRE, log.WORKPLACE)
            and 0 < len(device) <= 36
            and card["key_id"] == key_id(sign, box)
        )
    except (ValueError, KeyError, TypeError, binascii.Error) as exc:
        raise BadKeyCard() from exc
    if not ok:
        raise BadKeyCard()
    return log.KnownKey(key_id(sign, box), device, role, name[:200], sign, box, False)


def trust(store: Store, path: Path) -> tuple[log.KnownKey, bool]:
    """Trusts the card at `path`: a workplace trusts the centre's card, the centre a
    workplace's. Returns the keys and whether they were new."""
    try:
        key = read_card(path.read_bytes()[: MAX_CARD + 1])
    except OSError as exc:
        raise BadKeyCard(f"Не вдалося прочитати файл {path.name}.") from exc
    expected = log.WORKPLACE if is_centre(store) else log.CENTRE
    if key.role != expected:
        raise BadKeyCard(
            "Це картка центру, а цей комп’ютер — центр."
            if is_centre(store)
            else "Це картка робочого місця; робоче місце приймає лише картку центру."
        )
    if key.device_id == store.device_id:
        raise BadKeyCard("Це картка цього ж комп’ютера.")
    with store.write() as uow:
        return key, log.add_known_key(uow, key)


def revoke(store: Store, device_or_key: str) -> int:
    with store.write() as uow:
        return log.revoke(uow, device_or_key)


# ---------------------------------------------------------------------- HTTP enrolment
def enrol_fields(store: Store) -> dict[str, str]:
    """What a desktop adds to its enrolment request: its public keys for bundles."""
    card = own_card(store)
    return {"sign_public": str(card["sign_public"]), "box_public": str(card["box_public"])}


def trust_server(store: Store, answer: Mapping[str, object]) -> log.KnownKey | None:
    """Trusts the server's keys from its enrolment answer, as the centre's (None when the
    server gave none: an older server)."""
    if not answer.get("hub_sign_public") or not answer.get("hub_box_public"):
        return None
    try:
        sign = base64.b64decode(str(answer["hub_sign_public"]), validate=True)
        box = base64.b64decode(str(answer["hub_box_public"]), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise BadKeyCard("Сервер надіслав неправильні ключі для пакетів.") from exc
    if len(sign) != 32 or len(box) != 32:
        raise BadKeyCard("Сервер надіслав неправильні ключі для пакетів.")
    key = log.KnownKey(key_id(sign, box), str(answer["hub_id"]), log.CENTRE, "", sign, box, False)
    with store.write() as uow:
        log.add_known_key(uow, key)
    return key
