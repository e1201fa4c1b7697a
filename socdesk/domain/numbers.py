"""Numbers as a Ukrainian reader writes them: a decimal comma, a no-break space between
thousands, and as many digits as the reader needs («2,5», «5,40», «12»). Every screen and
document writes a Decimal or a float through `decimal_text`, never an f-string of its own."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

THOUSANDS = "\u00a0"  # a no-break space: «12 345,5» never breaks across lines


def decimal_text(value: Decimal | float | int | str, places: int | None = None) -> str:
    """`value` with a decimal comma. With `places`, rounded half up to exactly that many digits
    after the comma (a ratio: «5,40»); without, only the digits it has («2,5», «12»)."""
    try:
        number = value if isinstance(value, Decimal) else Decimal(str(value).replace(",", "."))
    except InvalidOperation:
        return str(value)
    if not number.is_finite():
        return str(value)
    if places is not None:
        number = number.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
        text = f"{number:,.{places}f}"
    elif number == number.to_integral_value():
        text = f"{number.to_integral_value():,f}"
    else:
        text = f"{number.normalize():,f}"
    if text.startswith("-") and text.strip("-0.,") == "":
        text = text[1:]  # no «-0,00»
    return text.replace(",", THOUSANDS).replace(".", ",")
