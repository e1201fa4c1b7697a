"""Every act's and document's title the data has is marked for translation in ui/names.py."""

from __future__ import annotations

from socdesk.documents.registry import kinds
from socdesk.store.forms import definitions
from socdesk.ui.names import DOCUMENT_TITLES, FORM_TITLES


def test_every_form_title_is_marked() -> None:
    titles = {d.title for d in definitions().values()}
    assert titles <= set(FORM_TITLES), sorted(titles - set(FORM_TITLES))


def test_every_document_title_is_marked() -> None:
    titles = {k.title.removeprefix("Бланк: ") for k in kinds().values()}
    assert titles <= set(DOCUMENT_TITLES), sorted(titles - set(DOCUMENT_TITLES))
