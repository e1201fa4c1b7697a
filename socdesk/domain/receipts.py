"""Payments received for social services: what a month of a contract charges, what is owed
(arrears) and how a payment as typed is checked (REFERENCE.md §1.10, §3).

Money is in kopiykas (int), as in `domain.payment`.

- The month's charge: nothing for a free contract; for a differentiated or paid one, the
  monthly amount of the contract (`payment()` computed it when the contract was signed),
  in full for a month the contract is in force throughout, and for a month it starts or ends
  in, the share of the month's calendar days it is in force (rounded half up to the
  kopiyka). A contract is in force from the day it is signed to its end date inclusive, and
  until the day it is terminated (that day not counted).
- Arrears: over the months counted, charged minus received; a positive balance is owed, a
  negative one was paid ahead (credit). A month paid in excess covers later months.
- A receipt number as people write it: «№ 123», «КВ-000123», «0012/45»; kept without the «№»,
  letters upper-cased, spaces collapsed.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from socdesk.domain.errors import ValidationError
from socdesk.domain.messages import fill, noop
from socdesk.domain.payment import PaymentCategory, kop, to_kop
from socdesk.domain.workdays import month_end

# Never change it: every replica derives a contract month's payment id from it.
PAYMENT_NAMESPACE = uuid.UUID("0b6f5d1c-7f7e-5a51-a0c6-2d3a6e1c9b47")
CHARGED = frozenset({PaymentCategory.DIFFERENTIATED, PaymentCategory.PAID})
RECEIPT_MAX = 30


def first_of_month(day: dt.date) -> dt.date:
    return day.replace(day=1)


def months_between(first: dt.date, last: dt.date) -> list[dt.date]:
    """The first days of every month from `first`'s to `last`'s, inclusive, oldest first."""
    months = []
    month = first_of_month(first)
    while month <= last:
        months.append(month)
        month = (month + dt.timedelta(days=32)).replace(day=1)
    return months


def payment_id(contract_id: str, month: dt.date) -> str:
    """The id every replica gives to the payment row of `contract_id` for `month`."""
    return str(uuid.uuid5(PAYMENT_NAMESPACE, f"{contract_id}:{month:%Y-%m}"))


@dataclass(frozen=True, slots=True)
class ContractTerm:
    """What of a contract decides its charge: category, monthly amount, the days in force."""

    category: PaymentCategory
    amount_kop: int
    signed_on: dt.date
    valid_to: dt.date | None = None
    terminated_on: dt.date | None = None

    def last_day(self) -> dt.date | None:
        """The last day in force (None: open-ended)."""
        ends = [d for d in (self.valid_to,) if d is not None]
        if self.terminated_on is not None:
            ends.append(self.terminated_on - dt.timedelta(days=1))
        return min(ends) if ends else None

    def days_in_force(self, month: dt.date) -> int:
        start, end = first_of_month(month), month_end(month)
        first = max(start, self.signed_on)
        last_day = self.last_day()
        last = end if last_day is None else min(end, last_day)
        return max(0, (last - first).days + 1)


def month_charge(term: ContractTerm, month: dt.date) -> int:
    """The amount `term` charges for `month` (kopiykas); 0 for free or not in force."""
    if term.category not in CHARGED:
        return 0
    days = term.days_in_force(month)
    whole = month_end(month).day
    if days == 0:
        return 0
    if days == whole:
        return term.amount_kop
    return kop(Decimal(term.amount_kop) * days / whole)


@dataclass(frozen=True, slots=True)
class Balance:
    """Over some months: charged, received, and what is owed (arrears) or paid ahead."""

    charged_kop: int
    received_kop: int
    months_unpaid: int  # months charged with nothing received

    @property
    def balance_kop(self) -> int:
        return self.charged_kop - self.received_kop

    @property
    def arrears_kop(self) -> int:
        return max(0, self.balance_kop)

    @property
    def credit_kop(self) -> int:
        return max(0, -self.balance_kop)


def balance(months: Iterable[tuple[int, int]]) -> Balance:
    """The balance of (charged, received) pairs, one per month."""
    charged = received = unpaid = 0
    for month_charged, month_received in months:
        charged += month_charged
        received += month_received
        unpaid += month_charged > 0 and month_received == 0
    return Balance(charged, received, unpaid)


# ------------------------------------------------------------------------------ typed in
_RECEIPT = re.compile(r"[0-9A-ZА-ЯҐЄІЇ][0-9A-ZА-ЯҐЄІЇ/ .-]*")


def receipt_number(text: str) -> str:
    """A receipt number as people write it («№ 123», «кв-000123», «0012/45») in the form it is
    kept: no «№», upper case, single spaces; "" stays "". `ValidationError` when it is not one."""
    cleaned = " ".join(text.split()).upper()
    cleaned = re.sub(r"^(№|N|#)\s*", "", cleaned).strip()
    if not cleaned:
        return ""
    if (
        len(cleaned) > RECEIPT_MAX
        or not _RECEIPT.fullmatch(cleaned)
        or not any(c.isdigit() for c in cleaned)
    ):
        raise ValidationError(
            fill(
                noop(
                    "Domain",
                    "Номер квитанції «%1» не схожий на номер: до %2 знаків, цифри, літери, "
                    "дефіс чи скісна риска (наприклад, 000123 або КВ-123/4).",
                ),
                text.strip(),
                RECEIPT_MAX,
            ),
            "receipt",
        )
    return cleaned


@dataclass(frozen=True, slots=True)
class Receipt:
    """A payment as kept: amount (kopiykas), date, receipt number."""

    received_kop: int
    received_on: dt.date | None
    receipt: str


def check_receipt(
    amount_text: str, received_on: dt.date | None, receipt_text: str, today: dt.date
) -> Receipt:
    """A payment as typed, checked: the amount is a sum of money not below zero; when money was
    received, the date is known and not in the future, and the receipt number looks like one."""
    amount = to_kop(amount_text, noop("Domain", "Сплачено"))
    receipt = receipt_number(receipt_text)
    if amount == 0:
        return Receipt(0, None, receipt)
    if received_on is None:
        raise ValidationError(noop("Domain", "Укажіть дату оплати."), "received_on")
    if received_on > today:
        raise ValidationError(
            noop("Domain", "Дата оплати не може бути в майбутньому."), "received_on"
        )
    if not receipt:
        raise ValidationError(
            noop("Domain", "Укажіть номер квитанції (платіжного документа)."), "receipt"
        )
    return Receipt(amount, received_on, receipt)
