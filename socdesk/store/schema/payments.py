"""Payments received for social services (REFERENCE.md §1.10, §3): per contract and month, the
amount charged and the amount the recipient paid.

One row per contract and month, with an id every replica derives from the two
(`domain.receipts.payment_id`), so two devices recording the same month edit one row field by
field instead of making two. Money is in kopiykas (int), as everywhere in SocDesk.
"""

from __future__ import annotations

import datetime as dt

from sqlmodel import Field

from socdesk.store.schema.base import SyncColumns, deferred_fk, soft_ref


class ContractPayment(SyncColumns, table=True):
    """Оплата за договором за місяць: нараховано, сплачено, коли, номер квитанції, хто вніс.

    `month` is the first day of the month paid for. `charged_kop` is computed from the
    contract's payment category and monthly amount when the row is written
    (`domain.receipts.month_charge`) and kept as it was, so a later edit of the contract does
    not rewrite what was charged. `recorded_by` is the synced worker who entered the payment
    (never a local login, which other devices do not know).
    """

    __tablename__ = "contract_payment"
    contract_id: str | None = Field(default=None, sa_column=deferred_fk("contract.id"))
    case_id: str | None = soft_ref("social_case")
    month: dt.date = Field(index=True)  # перше число місяця, за який плата
    payment_category: str = Field(default="", max_length=20)  # domain.payment.PaymentCategory
    charged_kop: int = 0  # нараховано за місяць
    received_kop: int = 0  # сплачено
    received_on: dt.date | None = None  # дата оплати
    receipt: str = Field(default="", max_length=40)  # номер квитанції (платіжного документа)
    recorded_by: str = soft_ref("worker", required=True, index=False)
    note: str = ""

    DISTRICT_FROM = (("contract_id", "contract"), ("case_id", "social_case"))
