"""Words agree with what they count in the case window: «28 годин / міс.», not «28 година»."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from socdesk.domain.payment import PaymentCategory
from socdesk.store import casework as cw
from socdesk.ui.case.contract import contract_text
from socdesk.ui.case.plan import plan_text

DAY = dt.date(2026, 11, 2)


def test_the_contracts_volumes_agree_with_their_units() -> None:
    contract = cw.SignedContract(
        "c", "case", "1", DAY, None, "вдома",
        (
            cw.ContractService("015.1", Decimal(28), "година", "пн, ср, пт", 4200_00),
            cw.ContractService("015.2", Decimal(2), "відвідування", "вт", 100_00),
            cw.ContractService("015.3", Decimal("2.5"), "година", "чт", 100_00),
        ),
        "", "", next(iter(PaymentCategory)), 0, (), None,
    )  # fmt: skip
    text = contract_text(contract)
    assert "015.1: 28 годин / міс." in text
    assert "015.2: 2 відвідування / міс." in text
    assert "015.3: 2,5 години / міс." in text


def test_the_plans_volumes_name_their_units() -> None:
    plan = cw.Plan(
        "p", "case", 1, DAY, DAY, "", ("мета",),
        (
            cw.PlanMeasure("a", "015.1", "догляд вдома", "3 рази на тиждень", Decimal(28), "ФСР"),
            cw.PlanMeasure("a", "999", "інше", "раз на місяць", Decimal(1), "ФСР"),
        ),
        "", "", None,
    )  # fmt: skip
    text = plan_text(plan, {"a": "Коваль Ганна"}, {"015.1": "година"})
    assert "— 3 рази на тиждень, 28 годин / міс., ФСР" in text
    assert "— раз на місяць, 1 / міс., ФСР" in text  # a unit not known: the number alone
