"""Legal grounds for processing a person's data (Law «Про захист персональних даних», Art. 7;
REFERENCE.md §11), as a closed list, and what a withdrawal of consent leaves.

Sensitive data (health, disability, violence, addiction) may be processed with the person's
unambiguous consent or, without it, only on a ground the law names. Where there is no consent
the ground is recorded instead; a withdrawn consent stops every processing the law does not
itself require (the card and the reports say so).
"""

from __future__ import annotations

from enum import StrEnum

from socdesk.domain.errors import ValidationError
from socdesk.domain.messages import noop


class LegalGround(StrEnum):
    CONSENT = "consent"  # однозначна згода суб'єкта (ст. 7 ч. 2 п. 1)
    VITAL_INTERESTS = "vital_interests"  # захист життєво важливих інтересів (загроза життю)
    HEALTH_CARE = "health_care"  # охорона здоров'я, обробка медичними працівниками
    COURT_OR_POLICE = "court_or_police"  # рішення суду, запит правоохоронного органу


GROUND_LABELS = {
    LegalGround.CONSENT: noop("Domain", "Згода особи"),
    LegalGround.VITAL_INTERESTS: noop(
        "Domain", "Без згоди: захист життєво важливих інтересів особи (загроза життю чи здоров’ю)"
    ),
    LegalGround.HEALTH_CARE: noop(
        "Domain", "Без згоди: охорона здоров’я (обробка медичним працівником)"
    ),
    LegalGround.COURT_OR_POLICE: noop(
        "Domain", "Без згоди: рішення суду або запит правоохоронного органу"
    ),
}

WITHDRAWN_NOTE = noop(
    "Domain",
    "Згоду відкликано %1: обробка даних, якої не вимагає закон, припинена (нові оцінювання, "
    "розсилки, передання іншим). Облік уже наданих послуг і звітність зберігаються.",
)


def legal_ground(value: str) -> LegalGround:
    """The ground named by `value`, or `ValidationError`: the list is closed."""
    try:
        return LegalGround(value)
    except ValueError:
        raise ValidationError(
            noop("Domain", "Такої правової підстави обробки немає в переліку закону."),
            "consent_ground",
        ) from None


PAPER_REF_MAX = 120  # the server's consent.paper_ref is VARCHAR(120)


def check_paper_length(paper_ref: str) -> None:
    """The signed paper's reference fits the server's column (a longer one would never
    travel: the server sets its change aside)."""
    if len(paper_ref.strip()) > PAPER_REF_MAX:
        raise ValidationError(
            noop(
                "Domain",
                "Посилання на підписану згоду задовге: не більше 120 символів. Укажіть "
                "коротко номер у справі або назву скану.",
            ),
            "consent_paper",
        )


def check_paper(ground: LegalGround, paper_ref: str) -> None:
    """A consent recorded on the card names its signed paper (records imported or made before
    this rule have none; they are not refused), in at most `PAPER_REF_MAX` characters."""
    check_paper_length(paper_ref)
    if ground is LegalGround.CONSENT and not paper_ref.strip():
        raise ValidationError(
            noop(
                "Domain",
                "Укажіть підписану згоду на папері: її номер у справі або назву скану.",
            ),
            "consent_paper",
        )


def check_ground(ground: LegalGround, scope: str) -> None:
    """Processing without consent says why: whose decision or request, number, date."""
    if ground is not LegalGround.CONSENT and not scope.strip():
        raise ValidationError(
            noop("Domain", "Опишіть підставу: чиє рішення чи запит, номер і дату."),
            "consent_scope",
        )


class ConsentWithdrawn(ValidationError):
    """Processing the law does not require, refused while the person's consent is withdrawn
    and no other ground is in force (the message names the day and what to do)."""


class Processing(StrEnum):
    """What a withdrawal stops (REFERENCE.md §11): each refused with its own message."""

    ASSESSMENT = "assessment"  # a new assessment, scale or survey (form_record)
    APPEAL = "appeal"  # a new appeal the person would have to make (a case)
    EXPORT = "export"  # the person's data handed to others (the register's export)
    THIRD_PARTY_DOCUMENT = "third_party_document"  # a printed document for a third party


REFUSALS = {
    Processing.ASSESSMENT: noop(
        "Domain",
        "Особа відкликала згоду на обробку даних %1: нове оцінювання чи анкетування без згоди "
        "не проводять. Запишіть на картці особи нову згоду або правову підставу обробки, тоді "
        "повторіть.",
    ),
    Processing.APPEAL: noop(
        "Domain",
        "Особа відкликала згоду на обробку даних %1: нове звернення від її імені без згоди не "
        "реєструють (повідомлення про особу в складних життєвих обставинах і екстрений випадок "
        "реєструють). Запишіть на картці особи нову згоду або правову підставу обробки.",
    ),
    Processing.EXPORT: noop(
        "Domain",
        "Особа відкликала згоду на обробку даних %1: її дані не передають іншим. Запишіть на "
        "картці особи нову згоду або правову підставу обробки, тоді повторіть експорт.",
    ),
    Processing.THIRD_PARTY_DOCUMENT: noop(
        "Domain",
        "Особа відкликала згоду на обробку даних %1: документ, що передає її дані іншому "
        "надавачеві чи органу, без згоди не друкують. Запишіть на картці особи нову згоду або "
        "правову підставу обробки (рішення суду, запит органу), тоді повторіть друк.",
    ),
}

# Forms the law requires whatever the consent: the act of services given in a crisis (the
# person's vital interests). Every other form is a new assessment or survey.
LAWFUL_FORMS = frozenset({"urgent_act"})


def appeal_needs_consent(*, notice: bool, urgent: bool) -> bool:
    """A notice about a person in difficult circumstances (the centre must act on it) and an
    urgent (crisis) case are registered whatever the consent; the person's own appeal is not."""
    return not (notice or urgent)
