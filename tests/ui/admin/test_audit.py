"""The coordinator's audit log browser."""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from sqlalchemy import update
from support import add_person

from socdesk.store.audit import PAGE
from socdesk.store.database import Store
from socdesk.store.schema import AuditEntry
from socdesk.ui.admin.audit import AuditBrowser


def test_entries_filter_and_scroll(store: Store, qtbot: QtBot, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    for _ in range(PAGE):
        add_person(store, "Коваль", "Олена")
    with store.write() as uow:
        uow.audit_action("export", "person", ["xlsx", "5", "all"])
    browser = AuditBrowser(store)
    qtbot.addWidget(browser)
    model = browser.model
    assert model.rowCount() == PAGE
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() > PAGE
    assert model.index(0, 2).data() == "експорт"  # newest first
    assert model.index(0, 1).data() == "Олена Тестова"
    inserts = [r for r in range(model.rowCount()) if model.index(r, 2).data() == "створення запису"]
    assert model.index(inserts[0], 3).data() == "картка особи"
    assert model.index(inserts[0], 4).data() == "Коваль Олена"  # the person, not an id
    browser.action_combo.setCurrentIndex(browser.action_combo.findData("export"))
    assert model.rowCount() == 1
    assert model.index(0, 5).data() == "xlsx,5,all"
    browser.action_combo.setCurrentIndex(0)
    qtmodeltester.check(model)  # it scrolls to the end, too


def test_the_chain_check_catches_an_edited_entry(store: Store, qtbot: QtBot) -> None:
    add_person(store, "Коваль", "Олена")
    browser = AuditBrowser(store)
    qtbot.addWidget(browser)
    assert browser.check_chain()
    with store.writer.begin() as conn:  # someone edits the log behind SocDesk's back
        conn.execute(update(AuditEntry.__table__).values(detail="підправлено"))  # type: ignore[attr-defined]
    assert not browser.check_chain()
    assert "пошкоджено" in browser.chain_label.text()


def test_an_erasure_shows_under_its_label(store: Store, qtbot: QtBot) -> None:
    import datetime as dt

    from socdesk.store.retention import erase_person

    person = add_person(store, "Коваль", "Олена")
    erase_person(store, person, "заява особи № 5", dt.date(2026, 12, 6), fields=["phone"])
    browser = AuditBrowser(store)
    qtbot.addWidget(browser)
    assert browser.action_combo.findText("знищення незаконно оброблюваних даних") > 0
    browser.action_combo.setCurrentIndex(browser.action_combo.findData("erasure.unlawful"))
    model = browser.model
    assert model.rowCount() == 1
    assert model.index(0, 2).data() == "знищення незаконно оброблюваних даних"
    assert model.index(0, 5).data() == "phone,заява особи № 5"  # fields and reason, no value
