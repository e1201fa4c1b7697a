"""Payment for social services: the family's average monthly income per member and the payment
category it gives (REFERENCE.md §3, §4, §7).

Money is in kopiykas (int) throughout; rounding is half up, to the kopiyka, at the two points
the methodology rounds. Every result carries its steps in Ukrainian, as a person would check
them by hand; the contract's annex prints the same steps.

- Income period: the six calendar months before the month of the application (§4).
- Monthly family income = total of the six months ÷ 6, rounded to the kopiyka; per member =
  that ÷ the number of family members, rounded to the kopiyka (ЄІССС, API$CALC_INCOME).
- Months with no or low income (order 150 of 17.05.2022, п. 5.9), when the methodology's
  imputation is on: a month of the recipient below one subsistence minimum for persons who lost
  capacity to work counts as that minimum; a month of an able-bodied family member below one
  minimum wage counts as the minimum wage; both as set at the end of the income period.
- Category at the decision date (§3): free when per-member income ≤ 2 subsistence minimums of
  the recipient's group, differentiated when above 2 and ≤ 4, paid above 4; free regardless of
  income for urgent (crisis) provision, for services free for everyone, and for the categories
  of persons the law names.
- The differentiated amount: REFERENCE.md records two readings of CMU 429 (§3 item 5), a
  setting (`DifferentiatedRule`); the default is the cap «гранична величина» = income − 2 ПМ.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from enum import StrEnum
from typing import Any

from socdesk.domain.errors import ValidationError
from socdesk.domain.messages import fill, noop
from socdesk.domain.numbers import decimal_text

MONTHS_COUNTED = 6


class Group(StrEnum):
    """Соціальна і демографічна група for the subsistence minimum (reference data groups)."""

    CHILD_UNDER_6 = "child_under_6"
    CHILD_6_18 = "child_6_18"
    ABLE_BODIED = "able_bodied"
    LOST_CAPACITY = "lost_capacity"  # особи, які втратили працездатність


class PaymentCategory(StrEnum):
    FREE = "free"  # безоплатно
    DIFFERENTIATED = "differentiated"  # з установленням диференційованої плати
    PAID = "paid"  # платно


class DifferentiatedRule(StrEnum):
    """The two readings of CMU 429 item 5 (REFERENCE.md §3); the first is the default."""

    CAPPED_BY_LIMIT = "capped_by_limit"  # min(tariff, income − 2 ПМ)
    SHARE_OF_TARIFF = "share_of_tariff"  # tariff × (income − 2 ПМ) / (2 ПМ)


class FreeReason(StrEnum):
    URGENT = "urgent"  # надання екстрено (кризово)
    SERVICE_FREE_FOR_ALL = "service_free_for_all"  # інформування, консультування, …
    CATEGORY = "category"  # категорія особи, якій послуги надаються безоплатно


Month = tuple[int, int]  # (year, month)


def kop(value: Decimal | int) -> int:
    """Rounds half up to a whole kopiyka."""
    return int(Decimal(value).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def uah(amount_kop: int) -> str:
    """1234567 → "12 345,67 грн" (Ukrainian: space between thousands, comma for decimals)."""
    sign = "-" if amount_kop < 0 else ""
    whole, part = divmod(abs(amount_kop), 100)
    number = f"{sign}{whole:,}".replace(",", "\u00a0") + f",{part:02d}"
    return fill(noop("Domain", "%1 грн"), number)


def income_months(application: dt.date) -> list[Month]:
    """The six calendar months before the month of the application, oldest first."""
    months = []
    year, month = application.year, application.month
    for _ in range(MONTHS_COUNTED):
        month -= 1
        if month == 0:
            year, month = year - 1, 12
        months.append((year, month))
    return months[::-1]


def group_of(birth_date: dt.date, on: dt.date, able_to_work: bool) -> Group:
    """The group whose subsistence minimum applies to a person on a date (REFERENCE.md §3.4)."""
    age = on.year - birth_date.year - ((on.month, on.day) < (birth_date.month, birth_date.day))
    if age < 6:
        return Group.CHILD_UNDER_6
    if age < 18:
        return Group.CHILD_6_18
    return Group.ABLE_BODIED if able_to_work else Group.LOST_CAPACITY


@dataclass(frozen=True, slots=True)
class Minimum:
    """One dated amount: a subsistence minimum of a group, or the minimum wage."""

    group: str
    valid_from: dt.date
    valid_to: dt.date | None
    amount_kop: int


class MinimumNotSet(LookupError):
    """No amount in the reference data covers the date (the data needs a new year)."""


def amount_on(minimums: Sequence[Minimum], group: str, on: dt.date) -> int:
    for minimum in minimums:
        if (
            minimum.group == group
            and minimum.valid_from <= on
            and (minimum.valid_to is None or on <= minimum.valid_to)
        ):
            return minimum.amount_kop
    raise MinimumNotSet(f"{group} on {on.isoformat()}")


@dataclass(frozen=True, slots=True)
class MemberIncome:
    """One family member's counted income per month of the period (kopiykas; absent = none)."""

    name: str
    months: Mapping[Month, int] = field(default_factory=dict)
    is_recipient: bool = False
    able_to_work: bool = False  # працездатний член сім'ї (for п. 5.9)


@dataclass(frozen=True, slots=True)
class Imputation:
    """п. 5.9: the amounts set at the end of the income period."""

    lost_capacity_minimum_kop: int
    minimum_wage_kop: int


@dataclass(frozen=True, slots=True)
class IncomeResult:
    total_kop: int  # the six months, all members, after imputation
    monthly_kop: int  # ÷ 6, rounded
    members: int
    per_member_kop: int  # ÷ members, rounded
    steps: list[str]


def average_income(
    members: Sequence[MemberIncome], months: Sequence[Month], imputation: Imputation | None
) -> IncomeResult:
    """The family's average monthly income per member over `months` (§4)."""
    if not members:
        raise ValueError("a family has at least the recipient")
    steps: list[str] = []
    total = 0
    for member in members:
        counted = []
        for month in months:
            amount = member.months.get(month, 0)
            floor = _imputed_floor(member, imputation)
            if floor is not None and amount < floor:
                steps.append(
                    fill(
                        noop(
                            "Domain",
                            "%1, %2: дохід %3 менший за %4, враховано %4 (п. 5.9 Методики)",
                        ),
                        member.name,
                        f"{month[1]:02d}.{month[0]}",
                        uah(amount),
                        uah(floor),
                    )
                )
                amount = floor
            counted.append(amount)
        subtotal = sum(counted)
        steps.append(
            fill(
                noop("Domain", "%1: дохід за %2 міс. — %3"), member.name, len(months), uah(subtotal)
            )
        )
        total += subtotal
    monthly = kop(Decimal(total) / MONTHS_COUNTED)
    per_member = kop(Decimal(monthly) / len(members))
    steps.append(
        fill(noop("Domain", "Сукупний дохід сім'ї за %1 міс.: %2"), MONTHS_COUNTED, uah(total))
    )
    steps.append(
        fill(
            noop("Domain", "Середньомісячний: %1 ÷ %2 = %3"),
            uah(total),
            MONTHS_COUNTED,
            uah(monthly),
        )
    )
    steps.append(
        fill(
            noop("Domain", "На одного члена сім'ї: %1 ÷ %2 = %3"),
            uah(monthly),
            len(members),
            uah(per_member),
        )
    )
    return IncomeResult(total, monthly, len(members), per_member, steps)


def _imputed_floor(member: MemberIncome, imputation: Imputation | None) -> int | None:
    if imputation is None:
        return None
    if member.is_recipient:
        return imputation.lost_capacity_minimum_kop
    if member.able_to_work:
        return imputation.minimum_wage_kop
    return None


@dataclass(frozen=True, slots=True)
class PaymentResult:
    category: PaymentCategory
    minimum_kop: int  # the subsistence minimum applied
    ratio: Decimal  # per-member income ÷ minimum, to 4 places
    limit_kop: int  # гранична величина = income − 2 ПМ (0 unless differentiated)
    amount_kop: int  # monthly payment by the recipient
    steps: list[str]


def payment(
    per_member_kop: int,
    minimum_kop: int,
    tariff_kop: int,
    *,
    free_reason: FreeReason | None = None,
    rule: DifferentiatedRule = DifferentiatedRule.CAPPED_BY_LIMIT,
) -> PaymentResult:
    """The payment category and the monthly amount for a service costing `tariff_kop`."""
    ratio = (Decimal(per_member_kop) / Decimal(minimum_kop)).quantize(
        Decimal("0.0001"), rounding=ROUND_HALF_UP
    )
    steps = [
        fill(noop("Domain", "Прожитковий мінімум для групи особи: %1"), uah(minimum_kop)),
        fill(
            noop("Domain", "Дохід на одного члена сім'ї: %1 = %2 прожиткового мінімуму"),
            uah(per_member_kop),
            decimal_text(ratio, 2),
        ),
    ]
    if free_reason is not None:
        steps.append(
            fill(noop("Domain", "Безоплатно незалежно від доходу: %1"), _FREE_TEXT[free_reason])
        )
        return PaymentResult(PaymentCategory.FREE, minimum_kop, ratio, 0, 0, steps)
    twice, four_times = 2 * minimum_kop, 4 * minimum_kop
    if per_member_kop <= twice:
        steps.append(
            fill(noop("Domain", "%1 ≤ 2 ПМ (%2): безоплатно"), uah(per_member_kop), uah(twice))
        )
        return PaymentResult(PaymentCategory.FREE, minimum_kop, ratio, 0, 0, steps)
    if per_member_kop > four_times:
        steps.append(
            fill(
                noop("Domain", "%1 > 4 ПМ (%2): платно, за тарифом %3"),
                uah(per_member_kop),
                uah(four_times),
                uah(tariff_kop),
            )
        )
        return PaymentResult(PaymentCategory.PAID, minimum_kop, ratio, 0, tariff_kop, steps)
    limit = per_member_kop - twice
    steps.append(
        fill(
            noop("Domain", "2 ПМ (%1) < %2 ≤ 4 ПМ (%3): диференційована плата"),
            uah(twice),
            uah(per_member_kop),
            uah(four_times),
        )
    )
    steps.append(
        fill(
            noop("Domain", "Гранична величина: %1 − %2 = %3"),
            uah(per_member_kop),
            uah(twice),
            uah(limit),
        )
    )
    if rule is DifferentiatedRule.CAPPED_BY_LIMIT:
        amount = min(tariff_kop, limit)
        steps.append(
            fill(
                noop("Domain", "Плата: менше з тарифу (%1) і граничної величини = %2"),
                uah(tariff_kop),
                uah(amount),
            )
        )
    else:
        amount = kop(Decimal(tariff_kop) * limit / twice)
        steps.append(
            fill(
                noop("Domain", "Плата: тариф %1 × %2 ÷ %3 = %4"),
                uah(tariff_kop),
                uah(limit),
                uah(twice),
                uah(amount),
            )
        )
    return PaymentResult(PaymentCategory.DIFFERENTIATED, minimum_kop, ratio, limit, amount, steps)


_FREE_TEXT = {
    FreeReason.URGENT: noop("Domain", "послуга надається екстрено (кризово)"),
    FreeReason.SERVICE_FREE_FOR_ALL: noop("Domain", "послуга безоплатна для всіх отримувачів"),
    FreeReason.CATEGORY: noop(
        "Domain", "особа належить до категорії, якій послуги надаються безоплатно"
    ),
}


# ------------------------------------------------------------------------------ dated rules
DatedCodes = tuple[tuple[frozenset[str], dt.date, dt.date | None], ...]


@dataclass(frozen=True, slots=True)
class PaymentRules:
    """`resources/payment/rules.json` (the store reads the file and passes its content to
    `payment_rules`): which services and categories are free, dated, and the reading of the
    differentiated formula (a setting with the documented default)."""

    rule: DifferentiatedRule
    free_services: DatedCodes
    free_categories: DatedCodes
    martial_law_services: frozenset[str]
    categories_unverified: bool = False  # the list is from recollection (REFERENCE.md §3)

    def free_reason(
        self, services: Sequence[str], categories: Sequence[str], on: dt.date, urgent: bool
    ) -> FreeReason | None:
        if urgent:
            return FreeReason.URGENT
        if services and set(services) <= _codes_on(self.free_services, on):
            return FreeReason.SERVICE_FREE_FOR_ALL
        if set(categories) & _codes_on(self.free_categories, on):
            return FreeReason.CATEGORY
        return None


def _codes_on(rows: DatedCodes, on: dt.date) -> frozenset[str]:
    found: set[str] = set()
    for codes, start, end in rows:
        if start <= on and (end is None or on <= end):
            found |= codes
    return frozenset(found)


def _dated(items: Sequence[Mapping[str, Any]]) -> DatedCodes:
    return tuple(
        (
            frozenset(i["codes"]),
            dt.date.fromisoformat(i["valid_from"]),
            dt.date.fromisoformat(i["valid_to"]) if i.get("valid_to") else None,
        )
        for i in items
    )


def payment_rules(doc: Mapping[str, Any]) -> PaymentRules:
    """The rules from the parsed `rules.json` document."""
    return PaymentRules(
        DifferentiatedRule(doc["differentiated_rule"]),
        _dated(doc["services_free_for_all"]),
        _dated(doc["categories_free"]),
        frozenset(doc["martial_law_simplified_services"]),
        any(i.get("confidence") != "C" for i in doc["categories_free"]),
    )


# ------------------------------------------------------------------------------ money typed in
_NOT_A_NUMBER = noop("Domain", "%1: «%2» — не число.")


def parse_amount(text: str, what: str) -> Decimal:
    """A number as people type it ("1 234,50" or "1234.5"); `ValidationError` names `what`.
    Used for sums of money and for volumes (hours, visits) alike."""
    cleaned = text.replace("\u00a0", "").replace(" ", "").replace(",", ".").strip()
    try:
        value = Decimal(cleaned or "0")
    except InvalidOperation:
        raise ValidationError(fill(_NOT_A_NUMBER, what, text), what) from None
    if not value.is_finite():
        raise ValidationError(fill(_NOT_A_NUMBER, what, text), what)
    if value < 0:
        raise ValidationError(fill(noop("Domain", "%1: число не може бути від'ємним."), what), what)
    return value


def to_kop(text: str, what: str) -> int:
    """A sum in hryvnias as typed ("1 234,50") in kopiykas; more than two decimals is refused
    rather than rounded away silently."""
    value = parse_amount(text, what) * 100
    if value != value.to_integral_value():
        raise ValidationError(
            fill(noop("Domain", "%1: «%2» — не більше двох знаків після коми."), what, text),
            what,
        )
    return int(value)
