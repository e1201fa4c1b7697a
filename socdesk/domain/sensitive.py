"""Special categories of personal data in filled forms (чутливі дані: health, disability
details, violence, addictions) and who may read them.

Which fields: a form definition marks them (`"sensitive"` on a section or a field,
`domain.forms.SENSITIVE_KINDS`); a calculated value that sums a marked field (the Barthel
score) tells as much as its parts and is hidden with them.

Who may read them, and why (REFERENCE.md §11):
- The Law «Про захист персональних даних» (No. 2297-VI) Art. 7 forbids processing data on
  health (and, as SocDesk holds them, disability, violence and addictions) except on the
  grounds it lists; the laws «Про інформацію» / «Про захист персональних даних» let employees
  use personal data only according to their professional duties; the Ombudsman's «Типовий
  порядок» (order No. 1/02-14) expects a record of who had access. §11 draws the rule:
  sensitive blocks are visible only to the case worker, the social manager and the head.
- So, entitled: the head (керівник, `Role.HEAD`) by role; the case's responsible worker
  (`social_case.worker_id`: the case worker / social manager); a worker who delivered a
  service in the case (`service_entry.worker_id`: the centre's staff caring for the person
  need the health and disability facts to do it); and the worker who filled the form in (the
  facts came to them first-hand).
- Not entitled: another specialist of the district, centre staff not working the case, and
  the coordinator by role: the coordinator administers users, devices, reference data and
  conflicts, a duty that does not need the content (the coordinator is the one the accesses
  are reported to, not a reader of them).
- Anyone else who needs them (an urgent visit, a substitute worker) «breaks the glass»: gives
  a reason (at least `MIN_REASON` characters), which is kept as a synced record (who, whom,
  when, why), audited, reported to the coordinator, and lets that worker read that person's
  sensitive sections for `GRANT_HOURS` hours (one working day; a new need, a new reason).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from socdesk.domain.errors import ValidationError
from socdesk.domain.forms import FormDefinition
from socdesk.domain.messages import fill, noop
from socdesk.domain.people import Role

GRANT_HOURS = 8  # a break-the-glass access lasts one working day from its reason
MIN_REASON = 10  # characters of a reason, so that «ок» or «треба» is not one


class Sensitivity(StrEnum):
    """Категорія чутливих даних."""

    HEALTH = "health"
    DISABILITY = "disability"
    VIOLENCE = "violence"
    ADDICTION = "addiction"


LABELS = {
    Sensitivity.HEALTH: noop("Domain", "здоров’я"),
    Sensitivity.DISABILITY: noop("Domain", "інвалідність"),
    Sensitivity.VIOLENCE: noop("Domain", "насильство"),
    Sensitivity.ADDICTION: noop("Domain", "залежності"),
}
ENTITLED_ROLES = frozenset({Role.HEAD})


def field_kinds(definition: FormDefinition) -> dict[str, Sensitivity]:
    """Each sensitive field of the form and its category (a field's own mark, else its
    section's)."""
    return {
        f.key: Sensitivity(f.sensitive or s.sensitive)
        for s in definition.sections
        for f in s.fields
        if f.sensitive or s.sensitive
    }


@dataclass(frozen=True, slots=True)
class CaseWorkers:
    """Who works the case(s) a form belongs to, as synced worker ids."""

    responsible: frozenset[str] = frozenset()
    serving: frozenset[str] = frozenset()


def entitled(role: Role, worker_id: str, workers: CaseWorkers, *, wrote: bool = False) -> bool:
    """Whether a user of `role`, standing for the synced worker `worker_id`, may read the
    sensitive sections of a form of a case that `workers` work (`wrote`: they filled it in)."""
    if role in ENTITLED_ROLES or wrote:
        return True
    return bool(worker_id) and worker_id in (workers.responsible | workers.serving)


@dataclass(frozen=True, slots=True)
class Redacted:
    """A filled form's answers without its sensitive fields, and what was taken out."""

    answers: dict[str, Any]
    hidden: dict[str, tuple[Sensitivity, ...]] = field(default_factory=dict)  # section key
    hidden_calculated: frozenset[str] = frozenset()

    @property
    def any(self) -> bool:
        return bool(self.hidden)


def redact(definition: FormDefinition, answers: Mapping[str, Any]) -> Redacted:
    """The answers without the sensitive fields (their values never leave the store), with
    the categories hidden in each section and the calculated values that sum hidden fields."""
    kinds = field_kinds(definition)
    hidden: dict[str, tuple[Sensitivity, ...]] = {}
    for s in definition.sections:
        found = [kinds[f.key] for f in s.fields if f.key in kinds]
        if found:
            hidden[s.key] = tuple(dict.fromkeys(found))
    calculated = frozenset(c.key for c in definition.calculated if set(c.sum_of) & kinds.keys())
    kept = {k: v for k, v in answers.items() if k not in kinds}
    return Redacted(kept, hidden, calculated)


def unredacted(answers: Mapping[str, Any]) -> Redacted:
    return Redacted(dict(answers))


def hidden_text(kinds: Collection[Sensitivity]) -> str:
    """What a screen or a printout says in place of hidden fields (Ukrainian; a screen
    translates the template and the categories)."""
    return fill(
        noop("Domain", "Приховано: чутливі дані (%1)."), ", ".join(LABELS[k] for k in kinds)
    )


def check_reason(reason: str) -> str:
    """The reason for a break-the-glass access, trimmed; `ValidationError` if too short."""
    text = " ".join(reason.split())
    if len(text) < MIN_REASON:
        raise ValidationError(
            fill(
                noop(
                    "Domain",
                    "Опишіть, навіщо вам ці чутливі дані (щонайменше %1 символів): наприклад, "
                    "«заміщую відсутнього фахівця на екстреному виклику».",
                ),
                MIN_REASON,
            ),
            "reason",
        )
    return text


def grant_until(granted_at: dt.datetime) -> dt.datetime:
    """When an access granted at `granted_at` ends."""
    return granted_at + dt.timedelta(hours=GRANT_HOURS)
