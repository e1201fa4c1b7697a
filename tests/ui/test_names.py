"""Every act's and document's title the data has is marked for translation in ui/names.py."""

from __future__ import annotations

from socdesk.documents.registry import kinds
from socdesk.domain.forms import FormDefinition, parse_definition
from socdesk.domain.refdocs import FORM
from socdesk.store.refdocs import shipped
from socdesk.ui.case.form_strings import FORM_STRINGS
from socdesk.ui.names import DOCUMENT_TITLES, FORM_TITLES


def shipped_forms() -> list[FormDefinition]:
    """The forms of this build (not the versions other tests published into the process)."""
    return [parse_definition(doc.content) for doc in shipped() if doc.kind == FORM]


def test_every_form_title_is_marked() -> None:
    titles = {d.title for d in shipped_forms()}
    assert titles <= set(FORM_TITLES), sorted(titles - set(FORM_TITLES))


def test_every_document_title_is_marked() -> None:
    titles = {k.title.removeprefix("Бланк: ") for k in kinds().values()}
    assert titles <= set(DOCUMENT_TITLES), sorted(titles - set(DOCUMENT_TITLES))


def test_every_text_of_the_forms_is_marked() -> None:
    """scripts/form-strings has been run since the forms last changed."""
    texts: set[str] = set()
    for definition in shipped_forms():
        for section in definition.sections:
            texts.add(section.title)
            for field in section.fields:
                texts.add(field.label)
                texts.update(c.label for c in field.choices)
        for calc in definition.calculated:
            texts.add(calc.label)
            texts.update(b.label for b in calc.bands)
    assert texts <= set(FORM_STRINGS), sorted(texts - set(FORM_STRINGS))[:5]
