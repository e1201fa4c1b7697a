"""Validation of personal identifiers and names (REFERENCE.md §9).

Errors raise `ValidationError` with a Ukrainian message; mismatches that legacy records can
legitimately have (an РНОКПП whose birth date differs from the entered one) are returned as
warnings that the person confirms.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum

from socdesk.domain.errors import ValidationError
from socdesk.domain.messages import fill, noop
from socdesk.domain.text import LATIN_LOOKALIKES, clean_name, digits_only

RNOKPP_EPOCH = dt.date(1899, 12, 31)


class Sex(StrEnum):
    """Стать."""

    MALE = "male"
    FEMALE = "female"


class DocumentType(StrEnum):
    """Вид документа, що посвідчує особу."""

    ID_CARD = "id_card"  # паспорт у формі ID-картки: 9 цифр
    PASSPORT_BOOK = "passport_book"  # паспорт-книжечка: 2 літери + 6 цифр
    BIRTH_CERTIFICATE = "birth_certificate"  # свідоцтво про народження
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class RnokppFacts:
    """What an РНОКПП encodes: the birth date (digits 1–5) and sex (digit 9)."""

    birth_date: dt.date
    sex: Sex


def validate_rnokpp(value: str) -> str:
    """The РНОКПП as 10 digits, or `ValidationError` saying what is wrong."""
    number = re.sub(r"\s", "", value)
    if not re.fullmatch(r"\d{10}", number):
        raise ValidationError(noop("Domain", "РНОКПП має складатися з 10 цифр."), "rnokpp")
    from stdnum.ua import rntrc  # imported where used: SocDesk starts without it (memory)

    if not rntrc.is_valid(number):
        raise ValidationError(
            noop(
                "Domain",
                "РНОКПП має неправильну контрольну цифру. "
                "Перевірте номер за довідкою або паспортом.",
            ),
            "rnokpp",
        )
    return number


def rnokpp_facts(number: str) -> RnokppFacts:
    """Birth date and sex encoded in a valid РНОКПП (REFERENCE.md §9.1)."""
    days = int(number[:5])
    sex = Sex.MALE if int(number[8]) % 2 == 1 else Sex.FEMALE
    return RnokppFacts(RNOKPP_EPOCH + dt.timedelta(days=days), sex)


def sex_for_grammar(sex: str | None, rnokpp: str | None) -> Sex | None:
    """The sex a name declines by: the recorded one, else what the РНОКПП encodes (its ninth
    digit: odd male, even female), else None (the name itself must decide)."""
    if sex in (Sex.MALE, Sex.FEMALE):
        return Sex(sex)
    if rnokpp and re.fullmatch(r"\d{10}", rnokpp):
        return rnokpp_facts(rnokpp).sex
    return None


def make_rnokpp(birth_date: dt.date, sex: Sex, serial: int) -> str:
    """A valid РНОКПП for a birth date and sex; `serial` (0–999) fills digits 6–8.

    Used only by the synthetic demo district: never for real people.
    """
    days = (birth_date - RNOKPP_EPOCH).days
    if not 0 < days < 100_000:
        raise ValueError("birth date outside the range a tax number (RNOKPP) encodes")
    digit9 = (serial % 5) * 2 + (1 if sex is Sex.MALE else 0)
    body = f"{days:05d}{serial % 1000:03d}{digit9}"
    from stdnum.ua import rntrc

    return body + rntrc.calc_check_digit(body)


def rnokpp_warnings(number: str, birth_date: dt.date | None, sex: Sex | None) -> list[str]:
    """Mismatches between the РНОКПП and the entered birth date and sex (warnings)."""
    facts = rnokpp_facts(number)
    warnings = []
    if birth_date is not None and facts.birth_date != birth_date:
        warnings.append(
            fill(
                noop(
                    "Domain",
                    "Дата народження в РНОКПП (%1) не збігається з уведеною (%2). "
                    "Перевірте обидва значення.",
                ),
                f"{facts.birth_date:%d.%m.%Y}",
                f"{birth_date:%d.%m.%Y}",
            )
        )
    if sex is not None and facts.sex is not sex:
        warnings.append(
            noop("Domain", "Стать за РНОКПП не збігається з уведеною. Перевірте обидва значення.")
        )
    return warnings


def normalize_phone(value: str) -> str:
    """A Ukrainian phone number in E.164 (`+380671234567`), from any common spelling."""
    import phonenumbers  # imported where used: SocDesk starts without its metadata (memory)

    try:
        parsed = phonenumbers.parse(value, "UA")
    except phonenumbers.NumberParseException:
        parsed = None
    if parsed is None or not phonenumbers.is_valid_number(parsed):
        raise ValidationError(
            noop(
                "Domain",
                "Номер телефону неправильний. Введіть його як 067 123 45 67 або +380 67 123 45 67.",
            ),
            "phone",
        )
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def format_phone(e164: str) -> str:
    """+380671234567 → 067 123 45 67 (as people write Ukrainian numbers)."""
    if e164.startswith("+380") and len(e164) == 13:
        n = "0" + e164[4:]
        return f"{n[:3]} {n[3:6]} {n[6:8]} {n[8:]}"
    return e164


def phone_search_forms(e164: str) -> list[str]:
    """Digit strings under which a phone is found: 380671234567, 0671234567, 671234567."""
    digits = digits_only(e164)
    if digits.startswith("380") and len(digits) == 12:
        return [digits, "0" + digits[3:], digits[3:]]
    return [digits]


def normalize_document(doc_type: DocumentType, value: str) -> str:
    """The identity document number as stored; `ValidationError` if it has the wrong shape."""
    compact = re.sub(r"[\s\-]", "", value).upper().translate(LATIN_LOOKALIKES).upper()
    match doc_type:
        case DocumentType.ID_CARD:
            if not re.fullmatch(r"\d{9}", compact):
                raise ValidationError(
                    noop("Domain", "Номер ID-картки має складатися з 9 цифр."), "document"
                )
        case DocumentType.PASSPORT_BOOK:
            if not re.fullmatch(r"[А-ЯҐІЇЄ]{2}\d{6}", compact):
                raise ValidationError(
                    noop(
                        "Domain",
                        "Паспорт-книжечка: дві українські літери серії і 6 цифр, "
                        "наприклад АБ123456.",
                    ),
                    "document",
                )
        case DocumentType.BIRTH_CERTIFICATE | DocumentType.OTHER:
            if not 2 <= len(compact) <= 20:
                raise ValidationError(
                    noop("Domain", "Номер документа має бути від 2 до 20 знаків."), "document"
                )
    return compact


def unzr_check_digit(first12: str) -> str:
    """ICAO 9303 check digit (weights 7, 3, 1) over the 12 digits of an УНЗР."""
    weights = (7, 3, 1)
    return str(sum(int(d) * weights[i % 3] for i, d in enumerate(first12)) % 10)


def validate_unzr(value: str, birth_date: dt.date | None = None) -> tuple[str, list[str]]:
    """The УНЗР as `YYYYMMDD-NNNNC` and any warnings (REFERENCE.md §9.3)."""
    compact = re.sub(r"\s", "", value)
    if re.fullmatch(r"\d{13}", compact):
        compact = f"{compact[:8]}-{compact[8:]}"
    if not re.fullmatch(r"\d{8}-\d{5}", compact):
        raise ValidationError(
            noop("Domain", "УНЗР має формат РРРРММДД-ННННК, наприклад 19800115-01234."), "unzr"
        )
    try:
        encoded = dt.datetime.strptime(compact[:8], "%Y%m%d").date()
    except ValueError:
        raise ValidationError(
            noop("Domain", "Перші 8 цифр УНЗР мають бути датою народження (РРРРММДД)."), "unzr"
        ) from None
    warnings = []
    if birth_date is not None and encoded != birth_date:
        warnings.append(
            noop(
                "Domain", "Дата в УНЗР не збігається з датою народження. Перевірте обидва значення."
            )
        )
    digits = compact.replace("-", "")
    # The check-digit method is not confirmed on real numbers yet (REFERENCE.md §9.3): a warning.
    if unzr_check_digit(digits[:12]) != digits[12]:
        warnings.append(
            noop("Domain", "Контрольна цифра УНЗР не збігається. Перевірте номер за документом.")
        )
    return compact, warnings


_NAME_RE = re.compile(r"^[А-ЩЬЮЯҐЄІЇа-щьюяґєії]+(?:[ʼ\- ][А-ЩЬЮЯҐЄІЇа-щьюяґєії]+)*ʼ?$")
_LATIN_RE = re.compile(r"[A-Za-z]")


def validate_name(value: str, field: str, label: str) -> str:
    """A surname, given name or patronymic: Cyrillic letters, apostrophe, hyphen, space."""
    name = clean_name(value)
    if not name:
        raise ValidationError(fill(noop("Domain", "Заповніть поле «%1»."), label), field)
    if _LATIN_RE.search(name):
        fixed = name.translate(LATIN_LOOKALIKES)
        if _NAME_RE.match(fixed):
            raise ValidationError(
                fill(
                    noop(
                        "Domain",
                        "У полі «%1» є латинські літери, схожі на українські. "
                        "Перевірте розкладку клавіатури: мабуть, «%2».",
                    ),
                    label,
                    fixed,
                ),
                field,
            )
    if not _NAME_RE.match(name):
        raise ValidationError(
            fill(
                noop(
                    "Domain",
                    "Поле «%1» може містити лише українські літери, апостроф, дефіс і пробіл.",
                ),
                label,
            ),
            field,
        )
    if len(name) > 100:
        raise ValidationError(
            fill(noop("Domain", "Поле «%1» задовге (понад 100 знаків)."), label), field
        )
    return name
