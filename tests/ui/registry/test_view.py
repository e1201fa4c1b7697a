"""The registry list model and view."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from support import populate, type_text

from socdesk.domain.identifiers import format_phone
from socdesk.store.database import Store
from socdesk.ui.registry.columns import RecipientColumn
from socdesk.ui.registry.view import IdRole, PersonListModel, RegistryView, SortRole


def test_model_passes_qtmodeltester(store: Store, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    populate(store)
    model = PersonListModel(store)
    model.reload()
    assert model.rowCount() == 5
    qtmodeltester.check(model)
    model.set_query("гудзь")
    qtmodeltester.check(model)


def test_display_and_sort_roles(store: Store) -> None:
    populate(store)
    model = PersonListModel(store)
    model.reload()
    names = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert names[0].startswith("Аврамчук") and names[-1].startswith("Ющенко")
    birth = list(RecipientColumn).index(RecipientColumn.BIRTH_DATE)
    row = names.index("Ковальчук Олена Іванівна")
    assert model.index(row, birth).data() == "28.02.1948"
    assert model.index(row, birth).data(SortRole) == dt.date(1948, 2, 28)
    assert model.index(row, 0).data(IdRole) == model.person_id(row)


def test_header_sort_requeries_the_store(store: Store) -> None:
    populate(store)
    model = PersonListModel(store)
    model.reload()
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert model.index(0, 0).data().startswith("Ющенко")
    birth = list(RecipientColumn).index(RecipientColumn.BIRTH_DATE)
    model.sort(birth, Qt.SortOrder.AscendingOrder)
    dates = [model.index(r, birth).data(SortRole) for r in range(model.rowCount())]
    known = [d for d in dates if d is not None]
    assert known == sorted(known)


@pytest.mark.parametrize(
    ("typed", "expected"), [("гудз", 2), ("ҐУДЗЬ", 2), ("мар'ян", 1), ("067 123", 1)]
)
def test_typing_searches_after_a_pause(
    store: Store, qtbot: QtBot, typed: str, expected: int
) -> None:
    populate(store)
    view = RegistryView(store)
    qtbot.addWidget(view)
    type_text(view.search, typed)
    with qtbot.waitSignal(view.model.modelReset, timeout=2000):
        pass
    assert view.model.rowCount() == expected
    assert str(expected) in view.summary.text()


def test_phone_format() -> None:
    assert format_phone("+380671234567") == "067 123 45 67"
    assert format_phone("") == ""


def test_search_loads_more_as_the_list_scrolls(
    store: Store,
    qtbot: QtBot,
    qtmodeltester,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import socdesk.ui.registry.view as registry

    populate(store)
    monkeypatch.setattr(registry, "SEARCH_PAGE", 1)
    view = RegistryView(store)
    qtbot.addWidget(view)
    type_text(view.search, "гудзь")
    with qtbot.waitSignal(view.model.modelReset, timeout=2000):
        pass
    assert view.model.rowCount() == 1
    assert "гортайте" in view.summary.text()
    assert view.model.canFetchMore()
    with qtbot.waitSignal(view.model.rowsInserted):
        view.model.fetchMore()
    names = [view.model.index(r, 0).data() for r in range(view.model.rowCount())]
    assert names == ["Гудзь Ілля", "Ґудзь Євген"]  # г before ґ, across pages
    view.model.fetchMore()
    assert not view.model.canFetchMore()
    assert view.summary.text() == "Знайдено 2 особи"
    qtmodeltester.check(view.model)


def test_the_list_loads_once_when_the_registry_opens(
    store: Store, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    import socdesk.ui.registry.view as registry

    populate(store)
    calls: list[int] = []
    real = registry.list_person_ids

    def counting(*args: object, **kwargs: object) -> list[str]:
        calls.append(1)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(registry, "list_person_ids", counting)
    view = RegistryView(store)
    qtbot.addWidget(view)
    assert len(calls) == 1
    assert view.model.rowCount() == 5 and "5" in view.summary.text()


def test_filters_by_settlement_and_category_with_and_without_search(store: Store) -> None:
    from support import add_person, set_up_places

    from socdesk.store.people import PersonFilter

    babenkove, _ = set_up_places(store, "Бабенкове", "Камʼянка")
    populate(store)
    add_person(store, "Гудзенко", "Ірина", settlement_id=babenkove, categories=["older"])
    add_person(store, "Гудзик", "Петро", settlement_id=babenkove)
    view = RegistryView(store)
    assert view.settlement_filter.count() == 3  # all, and the two settlements
    view.settlement_filter.setCurrentIndex(view.settlement_filter.findData(babenkove))
    assert view.model.rowCount() == 2
    view.category_filter.setCurrentIndex(view.category_filter.findData("older"))
    assert [view.model.index(0, 0).data()] == ["Гудзенко Ірина"]
    view.model.set_query("гудз")  # five people match; the filters keep one
    assert view.model.rowCount() == 1
    view.settlement_filter.setCurrentIndex(0)
    view.category_filter.setCurrentIndex(0)
    assert view.model.rowCount() == 4
    assert PersonFilter().active is False


def test_a_narrow_filter_over_a_broad_search_reads_page_after_page(store: Store) -> None:
    from support import add_person

    from socdesk.store.people import SEARCH_PAGE, PersonFilter

    letters = "абвгдежзиклмнопрстуфхцчшщюя"
    for n in range(SEARCH_PAGE * 2):
        add_person(
            store, "Петренко", "Оль" + letters[n // len(letters)] + letters[n % len(letters)]
        )
    add_person(store, "Петрук", "Яна", categories=["idp"])  # sorts after every Петренко
    model = PersonListModel(store)
    model.set_filter(PersonFilter(category="idp"))
    model.set_query("петр")
    assert model.rowCount() == 1
    assert model.index(0, 0).data() == "Петрук Яна"


def test_every_column_sorts_in_the_store(store: Store) -> None:
    from support import add_person, set_up_places

    ids = set_up_places(store, "Яблунівка", "Іванівка")
    add_person(store, "Антоненко", "Ірина", settlement_id=ids[0], phone="0991112233")
    add_person(store, "Бондар", "Петро", settlement_id=ids[1], phone="0501112233")
    add_person(store, "Гнатюк", "Ольга")
    model = PersonListModel(store)
    model.reload()
    settlement = list(RecipientColumn).index(RecipientColumn.SETTLEMENT)
    phone = list(RecipientColumn).index(RecipientColumn.PHONE)
    model.sort(settlement, Qt.SortOrder.AscendingOrder)
    # No settlement first, then Ukrainian order: І before Я (in code points Я comes first).
    assert [model.index(r, settlement).data() for r in range(3)] == ["", "Іванівка", "Яблунівка"]
    model.sort(phone, Qt.SortOrder.DescendingOrder)
    assert [model.index(r, 0).data() for r in range(3)][:2] == [
        "Антоненко Ірина",
        "Бондар Петро",
    ]


def test_filters_by_an_active_case_and_by_its_stage(store: Store, qtbot: QtBot) -> None:
    import datetime as dt

    from support import add_person

    from socdesk.domain.cases import CaseFacts, CaseState, Channel, CloseReason
    from socdesk.store.cases import Appeal, move_case, open_case

    populate(store)
    active = add_person(store, "Гудзенко", "Ірина")
    closed = add_person(store, "Гудзик", "Петро")
    day = dt.date(2026, 3, 2)
    with store.write() as uow:
        for person in (active, closed):
            case_id, _ = open_case(uow, Appeal(person, Channel.APPLICATION, day, ["015.1"]), "ІЗМ")
            target = CaseState.ASSESSING if person == active else CaseState.CLOSED
            facts = CaseFacts(close_reason=CloseReason.WITHDRAWN)
            move_case(uow, case_id, target, facts, day)
    view = RegistryView(store)
    qtbot.addWidget(view)
    assert view.model.rowCount() == 7
    view.case_filter.setCurrentIndex(1)  # with an active case
    assert [view.model.index(r, 0).data() for r in range(view.model.rowCount())] == [
        "Гудзенко Ірина"
    ]
    view.case_filter.setCurrentIndex(view.case_filter.findText("   звернення"))
    assert view.model.rowCount() == 0  # hers is at the assessment now
    view.model.set_query("гудз")
    view.case_filter.setCurrentIndex(view.case_filter.findText("   оцінювання потреб"))
    assert view.model.rowCount() == 1


def test_a_person_in_the_list_is_selected_in_place(store: Store, qtbot: QtBot) -> None:
    from support import add_person

    populate(store)
    person = add_person(store, "Яковенко", "Олег")
    view = RegistryView(store)
    qtbot.addWidget(view)
    view.model.reload()
    before = view.model.rowCount()
    view.show_person(person)
    rows = view.table.selectionModel().selectedRows()
    assert [view.model.person_id(i.row()) for i in rows] == [person]
    assert view.model.rowCount() == before  # found in place, not listed twice
    view.model.set_query("олег")  # a search that shows them, too
    view.show_person(person)
    assert view.model.person_id(view.table.currentIndex().row()) == person
    shown = [view.model.person_id(r) for r in range(view.model.rowCount())]
    assert len(shown) == len(set(shown))  # not pinned on top of its own row
