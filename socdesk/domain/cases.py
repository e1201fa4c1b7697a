"""The case path (ведення випадку, Law «Про соціальні послуги» Art. 18–24): states, the legal
transitions between them, and what each transition needs (REFERENCE.md §1.3–§1.5).

Every transition not listed is refused; a listed one is refused while its guard does not hold,
with a Ukrainian message that says what is missing. The table is the law's path:

appeal → needs assessment (initial, then comprehensive where needed) → decision (grant, or
refuse on an Art. 24 ground, never where the law forbids refusing) → individual plan and
contract (either order, both needed) → services → review and re-assessment → suspension or
termination (Art. 24 part 2) → closed. Urgent (crisis) provision skips case management.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from socdesk.domain.errors import ValidationError
from socdesk.domain.messages import fill, noop


class Channel(StrEnum):
    """How the case came (Art. 20 part 2: заява, звернення, повідомлення)."""

    APPLICATION = "application"  # заява особи чи її законного представника
    E_APPLICATION = "e_application"  # електронна заява (Дія, ЄІССС)
    REQUEST = "request"  # звернення
    NOTICE = "notice"  # повідомлення про особу чи сім'ю у СЖО


class CaseState(StrEnum):
    APPLIED = "applied"  # заяву, звернення чи повідомлення отримано
    ASSESSING = "assessing"  # оцінювання потреб (первинне)
    COMPREHENSIVE = "comprehensive"  # комплексне оцінювання потреб
    AWAITING_DECISION = "awaiting_decision"  # акт оцінки складено, рішення ще не ухвалено
    GRANTED = "granted"  # рішення про надання: готуються план і договір
    REFUSED = "refused"  # рішення про відмову
    PROVIDING = "providing"  # послуги надаються
    REVIEW = "review"  # перегляд плану / повторне оцінювання
    SUSPENDED = "suspended"  # надання призупинено
    TERMINATED = "terminated"  # рішення про припинення
    URGENT = "urgent"  # надання екстрено (кризово), без ведення випадку
    CLOSED = "closed"  # випадок закрито


STATE_NAMES = {
    CaseState.APPLIED: noop("Domain", "звернення"),
    CaseState.ASSESSING: noop("Domain", "оцінювання потреб"),
    CaseState.COMPREHENSIVE: noop("Domain", "комплексне оцінювання"),
    CaseState.AWAITING_DECISION: noop("Domain", "очікує рішення"),
    CaseState.GRANTED: noop("Domain", "рішення про надання"),
    CaseState.REFUSED: noop("Domain", "відмова"),
    CaseState.PROVIDING: noop("Domain", "надання послуг"),
    CaseState.REVIEW: noop("Domain", "перегляд плану"),
    CaseState.SUSPENDED: noop("Domain", "призупинено"),
    CaseState.TERMINATED: noop("Domain", "припинено"),
    CaseState.URGENT: noop("Domain", "екстрено (кризово)"),
    CaseState.CLOSED: noop("Domain", "закрито"),
}


# A case is active until it is refused, terminated or closed (the registry's "active case").
ACTIVE_STATES = tuple(
    s for s in CaseState if s not in (CaseState.REFUSED, CaseState.TERMINATED, CaseState.CLOSED)
)


class RefusalGround(StrEnum):
    """Підстави для відмови (Art. 24 part 1)."""

    NO_NEED = "no_need"  # відсутність потреби за результатами оцінювання
    NO_SUCH_SERVICE = "no_such_service"  # надавач не надає потрібних послуг
    MEDICAL_CONTRAINDICATIONS = "medical_contraindications"  # медичні протипоказання


class TerminationGround(StrEnum):
    """Підстави для припинення (Art. 24 part 2; the items marked [R] in REFERENCE.md §1.4)."""

    NO_NEED = "no_need"
    CONTRACT_EXPIRED = "contract_expired"
    MOVED = "moved"  # зміна місця проживання
    DEATH = "death"
    RECIPIENT_REFUSED = "recipient_refused"  # письмова відмова отримувача
    CONTRACT_BREACH = "contract_breach"
    RESIDENTIAL_CARE = "residential_care"  # влаштування до інтернатного закладу
    COURT_DECISION = "court_decision"
    PROVIDER_LIQUIDATED = "provider_liquidated"


class SuspensionReason(StrEnum):
    HOSPITAL = "hospital"  # лікування в стаціонарі
    TEMPORARY_ABSENCE = "temporary_absence"  # тимчасова відсутність
    RECIPIENT_REQUEST = "recipient_request"


class CloseReason(StrEnum):
    WITHDRAWN = "withdrawn"  # заяву відкликано
    DEATH = "death"
    DECISION_DELIVERED = "decision_delivered"  # рішення про відмову чи припинення вручено
    URGENT_DONE = "urgent_done"  # акт надання екстрено складено, інших потреб немає


@dataclass
class CaseFacts:
    """What is known of a case when it is to move on; the guards read these."""

    assessment_act: bool = False
    comprehensive_needed: bool = False
    comprehensive_act: bool = False
    refusal_ground: RefusalGround | None = None
    threat_to_life_or_health: bool = False
    violence: bool = False  # домашнє, ґендерно зумовлене насильство, жорстоке поводження з дитиною
    individual_plan: bool = False
    contract: bool = False
    review_due: bool = False
    plan_revised: bool = False
    suspension_reason: SuspensionReason | None = None
    termination_ground: TerminationGround | None = None
    close_reason: CloseReason | None = None
    urgent_need: bool = False
    urgent_act: bool = False
    martial_law_simplified: bool = False  # воєнний стан і одна з чотирьох послуг (§1.3)


Guard = Callable[[CaseFacts], list[str]]


def _need(condition: bool, message: str) -> list[str]:
    return [] if condition else [message]


def _refusal(f: CaseFacts) -> list[str]:
    if f.threat_to_life_or_health or f.violence:
        return [
            noop(
                "Domain",
                "Відмовити не можна: є загроза життю чи здоров'ю або насильство "
                "(ст. 24 Закону «Про соціальні послуги»).",
            )
        ]
    return _need(
        f.refusal_ground is not None, noop("Domain", "Укажіть підставу відмови зі ст. 24.")
    )


def _termination(f: CaseFacts) -> list[str]:
    return _need(
        f.termination_ground is not None, noop("Domain", "Укажіть підставу припинення зі ст. 24.")
    )


def _withdrawn_or_died(f: CaseFacts) -> list[str]:
    return _need(
        f.close_reason in (CloseReason.WITHDRAWN, CloseReason.DEATH),
        noop("Domain", "Закрити звернення можна, якщо заяву відкликано або особа померла."),
    )


def _to_providing(f: CaseFacts) -> list[str]:
    return _need(
        f.individual_plan, noop("Domain", "Складіть індивідуальний план надання послуги.")
    ) + _need(f.contract, noop("Domain", "Укладіть договір про надання соціальних послуг."))


def _decision_ready(f: CaseFacts) -> list[str]:
    if f.comprehensive_needed and not f.comprehensive_act:
        return [noop("Domain", "Завершіть комплексне оцінювання потреб: потрібен його акт.")]
    return _need(
        f.assessment_act, noop("Domain", "Складіть акт оцінки потреб (усі обов'язкові поля).")
    )


@dataclass(frozen=True, slots=True)
class Transition:
    source: CaseState
    target: CaseState
    guard: Guard
    law: str  # where the law (or REFERENCE.md) says so


S = CaseState
TRANSITIONS: tuple[Transition, ...] = (
    Transition(S.APPLIED, S.ASSESSING, lambda f: [], "ст. 20 ч. 1–2"),
    Transition(
        S.APPLIED,
        S.URGENT,
        lambda f: _need(
            f.urgent_need, noop("Domain", "Зазначте, чому потрібне надання екстрено (кризово).")
        ),
        "ст. 18; REFERENCE.md §1.5",
    ),
    Transition(
        S.APPLIED,
        S.GRANTED,
        lambda f: _need(
            f.martial_law_simplified,
            noop(
                "Domain",
                "Без оцінювання рішення ухвалюють лише в умовах воєнного стану для догляду "
                "вдома, стаціонарного, паліативного догляду та підтриманого проживання.",
            ),
        ),
        "воєнний стан: спрощений порядок, REFERENCE.md §1.3",
    ),
    Transition(
        S.APPLIED,
        S.CLOSED,
        _withdrawn_or_died,
        "ст. 24",
    ),
    Transition(
        S.ASSESSING,
        S.COMPREHENSIVE,
        lambda f: _need(
            f.comprehensive_needed, noop("Domain", "Зазначте, чому потрібне комплексне оцінювання.")
        ),
        "ст. 20; Порядок оцінювання потреб",
    ),
    Transition(S.ASSESSING, S.AWAITING_DECISION, _decision_ready, "ст. 20; ПКМУ 587"),
    Transition(S.COMPREHENSIVE, S.AWAITING_DECISION, _decision_ready, "ст. 20; ПКМУ 587"),
    Transition(
        S.ASSESSING,
        S.CLOSED,
        _withdrawn_or_died,
        "ст. 24",
    ),
    Transition(S.AWAITING_DECISION, S.GRANTED, _decision_ready, "ст. 21"),
    Transition(S.AWAITING_DECISION, S.REFUSED, _refusal, "ст. 24 ч. 1"),
    Transition(
        S.REFUSED,
        S.CLOSED,
        lambda f: _need(
            f.close_reason is CloseReason.DECISION_DELIVERED,
            noop("Domain", "Спершу вручіть або надішліть рішення про відмову (3 робочі дні)."),
        ),
        "ст. 21",
    ),
    Transition(S.GRANTED, S.PROVIDING, _to_providing, "ст. 22; ПКМУ 587"),
    Transition(
        S.GRANTED,
        S.TERMINATED,
        _termination,
        "ст. 24 ч. 2",
    ),
    Transition(
        S.PROVIDING,
        S.REVIEW,
        lambda f: _need(
            f.review_due, "Перегляд плану починають, коли настав його строк або потреби змінилися."
        ),
        "ПКМУ 587: перегляд індивідуального плану",
    ),
    Transition(
        S.REVIEW,
        S.PROVIDING,
        lambda f: _need(
            f.plan_revised, noop("Domain", "Збережіть переглянутий індивідуальний план.")
        ),
        "ПКМУ 587",
    ),
    Transition(
        S.REVIEW,
        S.TERMINATED,
        _termination,
        "ст. 24 ч. 2",
    ),
    Transition(
        S.PROVIDING,
        S.SUSPENDED,
        lambda f: _need(
            f.suspension_reason is not None, noop("Domain", "Укажіть причину призупинення.")
        ),
        "REFERENCE.md §1.4 (призупинення)",
    ),
    Transition(S.SUSPENDED, S.PROVIDING, lambda f: [], "REFERENCE.md §1.4"),
    Transition(
        S.PROVIDING,
        S.TERMINATED,
        _termination,
        "ст. 24 ч. 2",
    ),
    Transition(
        S.SUSPENDED,
        S.TERMINATED,
        _termination,
        "ст. 24 ч. 2",
    ),
    Transition(
        S.TERMINATED,
        S.CLOSED,
        lambda f: _need(
            f.close_reason is CloseReason.DECISION_DELIVERED,
            noop("Domain", "Спершу вручіть або надішліть рішення про припинення."),
        ),
        "ст. 24",
    ),
    Transition(
        S.URGENT,
        S.ASSESSING,
        lambda f: _need(
            f.urgent_act,
            noop("Domain", "Спершу складіть акт про надання послуг екстрено (кризово)."),
        ),
        "REFERENCE.md §1.5",
    ),
    Transition(
        S.URGENT,
        S.CLOSED,
        lambda f: _need(
            f.urgent_act and f.close_reason is CloseReason.URGENT_DONE,
            noop(
                "Domain",
                "Закрити можна після акта про надання послуг екстрено (кризово), коли інших "
                "потреб немає.",
            ),
        ),
        "REFERENCE.md §1.5",
    ),
)
_BY_PAIR = {(t.source, t.target): t for t in TRANSITIONS}


class IllegalTransition(ValidationError):
    """A case cannot move this way: the message says why or what is missing."""


def allowed_targets(state: CaseState) -> list[CaseState]:
    """Where a case in `state` may go next (what the screens offer)."""
    return [t.target for t in TRANSITIONS if t.source is state]


def check_transition(source: CaseState, target: CaseState, facts: CaseFacts) -> Transition:
    """The transition, or `IllegalTransition` naming what is missing."""
    transition = _BY_PAIR.get((source, target))
    if transition is None:
        options = ", ".join(f"«{STATE_NAMES[s]}»" for s in allowed_targets(source))
        raise IllegalTransition(
            fill(
                noop("Domain", "Зі стану «%1» не можна перейти до «%2». Можливі кроки: %3."),
                STATE_NAMES[source],
                STATE_NAMES[target],
                options or noop("Domain", "немає"),
            ),
            "state",
        )
    missing = transition.guard(facts)
    if missing:
        raise IllegalTransition(" ".join(missing), "state")
    return transition
