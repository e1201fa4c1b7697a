"""Assessment forms as versioned definitions (acts, scales), not code.

A definition (`resources/forms/*.json`, read by the store) has sections of fields. A field has
a type, a label, a required flag, choices (with points, for scales) and a display condition
(`show_if`); a form may have calculated values: the sum of chosen points and its
interpretation bands (the Barthel scale's 0–100 and its degrees of dependence). A new version
of a form by law is a new file with a new `version` and `effective_from`; filled forms keep the
version they were filled in. A definition's `kind` says what a filled form is: an act (акт,
the default) or a survey (анкета); the screens name it so.

`evaluate` gives what a screen and a printout need: which fields show, what is missing (only
among the shown ones), the calculated values.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

FIELD_TYPES = frozenset({"text", "long_text", "date", "number", "bool", "choice", "multi"})
FORM_KINDS = frozenset({"act", "survey"})
# Special categories of personal data a section or a field may hold (`"sensitive"` in the
# definition; who may read them: domain/sensitive.py).
SENSITIVE_KINDS = frozenset({"health", "disability", "violence", "addiction"})
Answers = Mapping[str, Any]


class DefinitionError(ValueError):
    """A form definition that cannot be used (a bug in the data, found when it is loaded)."""


@dataclass(frozen=True, slots=True)
class Choice:
    value: str
    label: str
    points: int | None = None
    satisfied: bool = False  # a questionnaire's answer that counts as satisfied (surveys.py)


@dataclass(frozen=True, slots=True)
class ShowIf:
    field: str
    equals: Any


@dataclass(frozen=True, slots=True)
class FormField:
    key: str
    label: str
    type: str
    required: bool = False
    choices: tuple[Choice, ...] = ()
    show_if: ShowIf | None = None
    pick: str = ""  # "services": a text filled by picking from the classifier of services
    sensitive: str = ""  # a special category (SENSITIVE_KINDS) the field holds, "" none


@dataclass(frozen=True, slots=True)
class Section:
    key: str
    title: str
    fields: tuple[FormField, ...]
    sensitive: str = ""  # every field of the section holds this category (SENSITIVE_KINDS)


@dataclass(frozen=True, slots=True)
class Band:
    low: int
    high: int
    label: str


@dataclass(frozen=True, slots=True)
class Calculated:
    key: str
    label: str
    sum_of: tuple[str, ...]  # the fields whose chosen points add up
    bands: tuple[Band, ...] = ()


@dataclass(frozen=True, slots=True)
class FormDefinition:
    code: str
    version: str
    title: str
    effective_from: dt.date
    source: str
    sections: tuple[Section, ...]
    calculated: tuple[Calculated, ...] = ()
    kind: str = "act"  # what a filled form is called: an act (акт) or a survey (анкета)

    def fields(self) -> dict[str, FormField]:
        return {f.key: f for s in self.sections for f in s.fields}


@dataclass(frozen=True, slots=True)
class Missing:
    section: str
    label: str
    key: str = ""  # the field's key, so that a screen can mark it


@dataclass(frozen=True, slots=True)
class Evaluation:
    visible: frozenset[str]
    missing: tuple[Missing, ...]
    values: dict[str, int | None]  # calculated key -> value (None until every part is chosen)
    interpretations: dict[str, str]  # calculated key -> band label

    @property
    def complete(self) -> bool:
        return not self.missing


# ------------------------------------------------------------------------------ loading
def parse_definition(doc: Mapping[str, Any]) -> FormDefinition:
    """A definition from its JSON, checked: `DefinitionError` says what is wrong."""
    try:
        sections = tuple(_section(s) for s in doc["sections"])
        definition = FormDefinition(
            code=str(doc["code"]),
            version=str(doc["version"]),
            title=str(doc["title"]),
            effective_from=dt.date.fromisoformat(doc["effective_from"]),
            source=str(doc.get("source", "")),
            sections=sections,
            calculated=tuple(_calculated(c) for c in doc.get("calculated", ())),
            kind=str(doc.get("kind", "act")),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise DefinitionError(f"form {doc.get('code', '?')}: {exc!r}") from exc
    _check(definition)
    return definition


def _section(doc: Mapping[str, Any]) -> Section:
    return Section(
        str(doc["key"]),
        str(doc["title"]),
        tuple(_field(f) for f in doc["fields"]),
        str(doc.get("sensitive", "")),
    )


def _field(doc: Mapping[str, Any]) -> FormField:
    show_if = doc.get("show_if")
    return FormField(
        key=str(doc["key"]),
        label=str(doc["label"]),
        type=str(doc["type"]),
        required=bool(doc.get("required", False)),
        choices=tuple(
            Choice(str(c["value"]), str(c["label"]), c.get("points"), bool(c.get("satisfied")))
            for c in doc.get("choices", ())
        ),
        show_if=ShowIf(str(show_if["field"]), show_if["equals"]) if show_if else None,
        pick=str(doc.get("pick", "")),
        sensitive=str(doc.get("sensitive", "")),
    )


def _calculated(doc: Mapping[str, Any]) -> Calculated:
    return Calculated(
        key=str(doc["key"]),
        label=str(doc["label"]),
        sum_of=tuple(str(k) for k in doc["sum_of"]),
        bands=tuple(Band(int(b["low"]), int(b["high"]), str(b["label"])) for b in doc["bands"]),
    )


def _check(definition: FormDefinition) -> None:
    if definition.kind not in FORM_KINDS:
        raise DefinitionError(f"form {definition.code}: kind {definition.kind!r}")
    keys = [f.key for s in definition.sections for f in s.fields]
    duplicates = sorted({k for k in keys if keys.count(k) > 1})
    if duplicates:
        raise DefinitionError(f"form {definition.code}: repeated field keys {duplicates}")
    fields = definition.fields()
    for section in definition.sections:
        for kind in {section.sensitive} | {f.sensitive for f in section.fields}:
            if kind and kind not in SENSITIVE_KINDS:
                raise DefinitionError(f"form {definition.code}: sensitive {kind!r}")
    for field in fields.values():
        _check_field(definition.code, field, fields)
    for calc in definition.calculated:
        _check_calculated(definition.code, calc, fields)


def _check_field(code: str, field: FormField, fields: Mapping[str, FormField]) -> None:
    if field.type not in FIELD_TYPES:
        raise DefinitionError(f"form {code}: {field.key} has type {field.type!r}")
    if field.type in ("choice", "multi") and not field.choices:
        raise DefinitionError(f"form {code}: {field.key} has no choices")
    if field.show_if is not None and field.show_if.field not in fields:
        raise DefinitionError(f"form {code}: {field.key} depends on unknown {field.show_if.field}")


def _check_calculated(code: str, calc: Calculated, fields: Mapping[str, FormField]) -> None:
    for key in calc.sum_of:
        part = fields.get(key)
        if part is None or part.type != "choice" or any(c.points is None for c in part.choices):
            raise DefinitionError(f"form {code}: {calc.key} sums {key}, not a scored choice")
    top = sum(max(c.points or 0 for c in fields[k].choices) for k in calc.sum_of)
    expected_low = 0
    for low, high in sorted((b.low, b.high) for b in calc.bands):
        if low != expected_low:
            raise DefinitionError(f"form {code}: {calc.key} bands leave a gap")
        expected_low = high + 1
    if calc.bands and expected_low != top + 1:
        raise DefinitionError(f"form {code}: {calc.key} bands do not reach {top}")


# ------------------------------------------------------------------------------ filling in
def _answered(value: Any) -> bool:
    return value is not None and value != "" and value != []


def evaluate(definition: FormDefinition, answers: Answers) -> Evaluation:
    """Which fields show, what required ones are still empty, and the calculated values."""
    visible = frozenset(
        f.key
        for s in definition.sections
        for f in s.fields
        if f.show_if is None or answers.get(f.show_if.field) == f.show_if.equals
    )
    missing = tuple(
        Missing(s.title, f.label, f.key)
        for s in definition.sections
        for f in s.fields
        if f.key in visible and f.required and not _answered(answers.get(f.key))
    )
    fields = definition.fields()
    values: dict[str, int | None] = {}
    interpretations: dict[str, str] = {}
    for calc in definition.calculated:
        points = [_points(fields[k], answers.get(k)) for k in calc.sum_of]
        total = None if any(p is None for p in points) else sum(p for p in points if p is not None)
        values[calc.key] = total
        if total is not None:
            interpretations[calc.key] = next(
                (b.label for b in calc.bands if b.low <= total <= b.high), ""
            )
    return Evaluation(visible, missing, values, interpretations)


def _points(field: FormField, value: Any) -> int | None:
    return next((c.points for c in field.choices if c.value == value), None)
