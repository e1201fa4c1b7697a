"""Demo cases with realistic histories, made through the same store functions as the screens:
acts filled in and completed, income declared, decisions numbered, plans and contracts signed,
plans reviewed every six months, and a service log of years of home-care visits.

Each case walks one of `CASE_PATHS`; the guards of the legal path hold on the records it
leaves, so a demo case looks exactly like one a worker made.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from typing import Any

from socdesk.domain.cases import CaseState, Channel, CloseReason, SuspensionReason
from socdesk.domain.payment import income_months
from socdesk.domain.workdays import add_months
from socdesk.store import casework as cw
from socdesk.store.cases import Appeal, open_case
from socdesk.store.forms import complete_form, current_definition, save_form_draft
from socdesk.store.service_log import Delivered, log_services
from socdesk.store.uow import UnitOfWork

S = CaseState
# The paths demo cases have walked so far: every stage of the legal path is somewhere.
CASE_PATHS: tuple[tuple[CaseState, ...], ...] = (
    (),
    (S.ASSESSING,),
    (S.ASSESSING, S.AWAITING_DECISION),
    (S.ASSESSING, S.AWAITING_DECISION, S.GRANTED),
    (S.ASSESSING, S.AWAITING_DECISION, S.GRANTED, S.PROVIDING),
    (S.ASSESSING, S.AWAITING_DECISION, S.GRANTED, S.PROVIDING),
    (S.ASSESSING, S.AWAITING_DECISION, S.GRANTED, S.PROVIDING),
    (S.ASSESSING, S.AWAITING_DECISION, S.GRANTED, S.PROVIDING, S.SUSPENDED),
    (S.ASSESSING, S.AWAITING_DECISION, S.GRANTED, S.PROVIDING, S.TERMINATED, S.CLOSED),
    (S.ASSESSING, S.AWAITING_DECISION, S.REFUSED, S.CLOSED),
    (S.URGENT, S.CLOSED),
)
# The first cases of a demo walk these, so that every document kind can be printed from even
# a small demo: a case being provided (application, acts, decision, plan, contract, monthly act
# of services), an urgent one (its act) and a refused one (a refusal).
SHOWCASE = (
    (S.ASSESSING, S.AWAITING_DECISION, S.GRANTED, S.PROVIDING),
    (S.URGENT, S.CLOSED),
    (S.ASSESSING, S.AWAITING_DECISION, S.REFUSED, S.CLOSED),
)
PREFIX = "ІЗМ"
HOME_CARE = "015.1"
DAY_CARE = "015.3"
CENTRE = "у приміщенні територіального центру"
# Where each service is provided (the plan's «місце виконання», the contract's place).
SERVICE_PLACES = {
    HOME_CARE: "вдома в отримувача",
    DAY_CARE: "у відділенні денного догляду територіального центру",
    "002.0": CENTRE,
    "010.1": "за місцем проживання отримувача",
    "013.0": CENTRE,
    "012.0": "за місцем перебування отримувача",
}
REVIEW_MONTHS = 6

_ASSESSMENT: dict[str, Any] = {
    "assessment_kind": "initial",
    "assessed_for": "person",
    "health": "unsatisfactory",
    "emotional": "stable",
    "habits": "none",
    "contacts": "limited",
    "employment": "pensioner",
    "self_care": "partial",
    "housing": "satisfactory",
    "sjo": True,
    "factors": ["01", "02"],
    "duration": "over_1y",
    "awareness": "ready",
    "needs": "needs",
    "agreement": "agrees",
}
_MEASURES = {
    HOME_CARE: (
        ("Прибирання житла, прання", "2 рази на тиждень", Decimal(8)),
        ("Придбання й доставка продуктів і ліків", "щотижня", Decimal(8)),
        ("Допомога в самообслуговуванні", "3 рази на тиждень", Decimal(12)),
    ),
    DAY_CARE: (
        ("Денне перебування з доглядом і харчуванням", "2 рази на тиждень", Decimal(32)),
        ("Заняття з підтримання рухової активності", "щотижня", Decimal(4)),
    ),
    "002.0": (("Консультування з питань соціального захисту", "щомісяця", Decimal(2)),),
    "010.1": (("Соціальний супровід: відвідування вдома", "2 рази на місяць", Decimal(2)),),
    "013.0": (("Заняття з навичок самостійного життя", "щотижня", Decimal(4)),),
}


class DemoCase:
    """One case walked along its path; `day` moves forward with each step."""

    def __init__(
        self,
        rng: random.Random,
        today: dt.date,
        person: tuple[str, str],  # id, full name
        workers: list[str],
        row_id: str,
    ) -> None:
        self.rng, self.today = rng, today
        self.person_id, self.name = person
        self.worker = rng.choice(workers) if workers else None
        self.row_id = row_id
        self.case_id = ""
        self.day = today
        self.services: list[str] = []
        self.until = today
        self.path: tuple[CaseState, ...] = ()
        self.received_on = today
        self.old = False
        self.showcase = False

    def prepare(self, path: tuple[CaseState, ...], old: bool, *, showcase: bool = False) -> None:
        """Chooses the path, the services and the appeal's date (the case is not opened yet:
        the demo opens its cases in the order of their dates, so their numbers follow)."""
        self.path, self.old, self.showcase = path, old, showcase
        if old:
            self.services = [DAY_CARE if self.rng.random() < 0.25 else HOME_CARE]
        else:
            self.services = [self.rng.choice(("002.0", "010.1", "013.0"))]
        if S.URGENT in path:
            self.services = ["012.0"]
        # Cases being provided go back up to four years (several years of home-care visits);
        # the others came within the last two.
        # A case still before its decision came in the last fortnight (older ones would be
        # long overdue), so the deadlines show a working office's mix.
        oldest = 1460 if path and path[-1] is S.PROVIDING else 720
        newest = len(path) * 10 + 5
        if not path or path[-1] in (S.ASSESSING, S.AWAITING_DECISION):
            oldest, newest = 14, len(path) * 2
        self.received_on = self.today - dt.timedelta(days=self.rng.randint(newest, oldest))

    def walk(self, uow: UnitOfWork) -> None:
        """Opens the case on its appeal's date and takes it along its path."""
        self.uow, path, self.day = uow, self.path, self.received_on
        appeal = Appeal(
            self.person_id,
            self.rng.choice(list(Channel)),
            self.day,
            self.services,
            urgent=S.URGENT in path,
            worker_id=self.worker,
        )
        self.case_id, _ = open_case(self.uow, appeal, PREFIX, row_id=self.row_id)
        # A case that goes on after providing stopped being provided some months in.
        goes_on = bool(path) and path[-1] not in (S.PROVIDING,) and S.PROVIDING in path
        self.until = (
            min(self.today, self.day + dt.timedelta(days=self.rng.randint(60, 300)))
            if goes_on
            else self.today
        )
        for target in path:
            self._step(target)

    def _later(self, low: int = 1, high: int = 4) -> dt.date:
        self.day = min(self.today, self.day + dt.timedelta(days=self.rng.randint(low, high)))
        return self.day

    def _act(self, code: str, answers: dict[str, Any]) -> None:
        definition = current_definition(code, self.day)
        record = save_form_draft(
            self.uow, None, definition, answers, case_id=self.case_id, person_id=self.person_id
        )
        complete_form(self.uow, record, self.day)

    def _step(self, target: CaseState) -> None:  # noqa: C901 - one branch per step of the path
        uow, case_id = self.uow, self.case_id
        match target:
            case S.ASSESSING | S.URGENT:
                cw.advance(uow, case_id, target, self._later(0, 1))
                if target is S.URGENT:
                    self._urgent_act()
            case S.AWAITING_DECISION:
                self._assessment()
                cw.advance(uow, case_id, target, self.day)
            case S.GRANTED:
                self._income()
                cw.decide(uow, case_id, cw.GRANT, self._later(1, 5), PREFIX)
                cw.deliver_decision(uow, case_id, self._later(0, 2))
            case S.REFUSED:
                cw.decide(uow, case_id, cw.REFUSE, self._later(1, 5), PREFIX, ground="no_need")
            case S.PROVIDING:
                self._plan_and_contract()
                cw.advance(uow, case_id, target, self.day)
                self._provide(self.until)
            case S.SUSPENDED:
                stated = {"suspension_reason": SuspensionReason.HOSPITAL}
                cw.advance(uow, case_id, target, self.day, stated=stated, reason="hospital")
            case S.TERMINATED:
                cw.decide(uow, case_id, cw.TERMINATE, self.day, PREFIX, ground="contract_expired")
            case S.CLOSED:
                if cw.latest_decision(uow.connection, case_id) is not None:
                    cw.deliver_decision(uow, case_id, self._later(0, 2))
                    reason = CloseReason.DECISION_DELIVERED
                else:
                    reason = CloseReason.URGENT_DONE
                cw.advance(uow, case_id, target, self.day, stated={"close_reason": reason})

    def _assessment(self) -> None:
        self._later(1, 4)
        answers = dict(_ASSESSMENT)
        answers.update(
            visit_dates=self.day.strftime("%d.%m.%Y"),
            assessed_on=self.day.isoformat(),
            services_needed=", ".join(self.services),
            assessor="Фахівець із соціальної роботи",
        )
        self._act(cw.ASSESSMENT_FORM, answers)
        self._survey()
        self._act("sjo_factors", {
            "assessed_on": self.day.isoformat(),
            "factors": sorted(self.rng.sample(["01", "02", "03", "04", "05"], 2)),
            "assessor": "Фахівець із соціальної роботи",
        })  # fmt: skip
        if self.services[0] in (HOME_CARE, DAY_CARE) or self.showcase:
            for scale in ("adl_barthel", "iadl_lawton"):  # the degree of need for care
                self._scale(scale)

    def _survey(self) -> None:
        """The act of the living conditions, from the visit of the assessment."""
        sanitary = self.rng.choice(("good", "satisfactory", "satisfactory", "unsatisfactory"))
        answers: dict[str, Any] = {
            "surveyed_on": self.day.isoformat(),
            "address": "за місцем проживання отримувача",
            "commission": "Фахівець із соціальної роботи; соціальний робітник",
            "members": f"{self.name}; інших членів домогосподарства не зазначено",
            "housing_type": "house",
            "ownership": self.rng.choice(("own", "own", "relatives")),
            "rooms": self.rng.randint(1, 4),
            "amenities": ["electricity", "stove"] + (["gas"] if self.rng.random() < 0.6 else []),
            "sanitary": sanitary,
            "land_plot": True,
            "land_area": self.rng.choice(("0.15", "0.25", "0.4")),  # as the form keeps it
            "conclusion": "Потребує соціальних послуг, визначених в акті оцінки потреб.",
            "surveyed_person": self.name,
        }
        if sanitary == "unsatisfactory":
            answers["sanitary_note"] = "Потрібне прибирання житла та прання білизни."
        self._act("living_conditions", answers)

    def _scale(self, code: str) -> None:
        """A scale filled with answers a person needing some care would give."""
        definition = current_definition(code, self.day)
        answers: dict[str, Any] = {
            "assessed_on": self.day.isoformat(),
            "assessor": "Фахівець із соціальної роботи",
        }
        for field in definition.fields().values():
            if field.type == "choice":
                answers[field.key] = self.rng.choice(field.choices[:3]).value
        self._act(code, answers)

    def _urgent_act(self) -> None:
        self._act(
            cw.URGENT_FORM,
            {
                "started_on": self.day.isoformat(),
                "who_needs": "person",
                "threats": [self.rng.choice(["health", "cannot_leave", "threatened"])],
                "readiness": "ready",
                "key_needs": "безпечне місце, тепло, харчування",
                "services_needed": "012.0 Кризове та екстрене втручання",
                "services_provided": "012.0 Кризове та екстрене втручання",
                "duration_hours": self.rng.randint(4, 72),
                "worker": "Фахівець із соціальної роботи",
            },
        )
        log_services(
            self.uow,
            [Delivered(self.case_id, self.person_id, "012.0", self.day, Decimal(1), self.worker)],
            self.today,
        )

    def _income(self) -> None:
        header = cw.case_header(self.uow.connection, self.case_id)
        pension = self.rng.choice((2_900_00, 3_600_00, 4_500_00, 6_200_00, 9_800_00, 14_000_00))
        incomes = tuple(
            cw.DeclaredIncome(month, "pension", pension)
            for month in income_months(header.received_on)
        )
        member = cw.DeclaredMember(self.name, is_recipient=True, incomes=incomes)
        cw.save_income(self.uow, self.case_id, self.day, [member])

    def _plan_and_contract(self) -> None:
        made = self._later(1, 5)
        self._plan(made, revision_of=None)
        self._contract(made)

    def _contract(self, made: dt.date) -> None:
        """A contract to the end of next year (signed again when it runs out)."""
        code = self.services[0]
        volume = sum((m[2] for m in _MEASURES[code]), Decimal(0))
        terms = cw.ContractTerms(
            made,
            dt.date(made.year + 1, 12, 31),
            SERVICE_PLACES[code],
            (cw.ContractService(code, volume, "година", "пн, ср, пт", int(volume) * 150_00),),
        )
        cw.sign_contract(self.uow, self.case_id, terms, PREFIX)

    def _plan(self, made: dt.date, revision_of: Any) -> dt.date:
        """Saves a plan (or its revision); returns its review date."""
        code = self.services[0]
        place = SERVICE_PLACES[code]
        measures = [
            cw.PlanMeasure(
                self.person_id, code, text, how_often, volume, "соціальний робітник", place
            )
            for text, how_often, volume in _MEASURES[code]
        ]
        if revision_of is not None and self.rng.random() < 0.5:
            measures.append(
                cw.PlanMeasure(
                    self.person_id,
                    code,
                    "Супровід до лікаря",
                    "щомісяця",
                    Decimal(2),
                    "соціальний робітник",
                    "до закладу охорони здоров'я",
                )
            )
        draft = cw.PlanDraft(
            made,
            add_months(made, REVIEW_MONTHS),
            ("Підтримати самостійне проживання вдома", "Запобігти погіршенню стану"),
            tuple(measures),
            "помірний ступінь",
            "погоджує обсяг і час відвідувань",
        )
        cw.save_plan(self.uow, self.case_id, draft)
        return draft.review_on

    def _provide(self, until: dt.date) -> None:
        """Visits from the contract to today, with plan reviews every six months; a review
        due lately is left for the worker (so the deadlines show some)."""
        start, code = self.day, self.services[0]
        visit_days = {HOME_CARE: (0, 2, 4), DAY_CARE: (1, 3)}.get(code, (1,))
        hours = {HOME_CARE: Decimal(2), DAY_CARE: Decimal(4)}.get(code, Decimal(1))
        lines = []
        day = start + dt.timedelta(days=1)
        review_on = add_months(start, REVIEW_MONTHS)
        every = 1 if code in (HOME_CARE, DAY_CARE) else 14
        while day < until:
            if day >= review_on and review_on + dt.timedelta(days=20) < until:
                review_on = self._review(review_on)
            if day.weekday() in visit_days and (every == 1 or day.toordinal() % every < 7):
                lines.append(Delivered(self.case_id, self.person_id, code, day, hours, self.worker))
            day += dt.timedelta(days=1)
        if lines:
            log_services(self.uow, lines, self.today)
        self.day = min(until, max(self.day, day - dt.timedelta(days=1)))

    def _review(self, on: dt.date) -> dt.date:
        """Reviews the plan on its date (and renews a contract that runs out before the next
        review); returns the revised plan's review date."""
        uow, case_id = self.uow, self.case_id
        cw.advance(uow, case_id, S.REVIEW, on)
        next_review = self._plan(on + dt.timedelta(days=1), revision_of=True)
        contract = cw.latest_contract(uow.connection, case_id)
        if contract is not None and contract.valid_to and contract.valid_to < next_review:
            self._contract(on + dt.timedelta(days=1))
        cw.advance(uow, case_id, S.PROVIDING, on + dt.timedelta(days=1))
        return next_review
