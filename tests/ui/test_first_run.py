"""The first-run wizard, driven through its real widgets."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select
from support import FAST_KDF, make_paths, type_text

from socdesk.domain.people import Role
from socdesk.paths import AppPaths
from socdesk.store.database import NewUser, Store
from socdesk.store.schema import AppUser, Settlement, StarostaDistrict, Workplace
from socdesk.store.territory import WorkplaceSetup, create_workplace_store
from socdesk.ui.first_run import FirstRunWizard, password_problem
from socdesk.ui.ops import ImmediatePool, TaskRunner


def fast_creator(paths: AppPaths, user: NewUser, setup: WorkplaceSetup) -> tuple[Store, str]:
    return create_workplace_store(paths, user, setup, FAST_KDF)


@pytest.fixture
def wizard(tmp_path: Path, qtbot: QtBot) -> FirstRunWizard:
    shown = FirstRunWizard(make_paths(tmp_path / "data"), fast_creator, TaskRunner(ImmediatePool()))
    qtbot.addWidget(shown)
    shown.show()
    return shown


def next_button(wizard: FirstRunWizard) -> None:
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled() or (
        wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    )
    wizard.next()


def fill_until_user(wizard: FirstRunWizard, qtbot: QtBot) -> None:
    page = wizard.community_page
    type_text(page.search_edit, "Ізюмськ")
    qtbot.waitUntil(lambda: page.results.item(0).text().startswith("Ізюмська"))  # debounced
    page.results.setCurrentRow(0)
    assert page.name_edit.text() == "Ізюмська територіальна громада"
    page.name_edit.setText("Ізюмська міська територіальна громада")
    next_button(wizard)
    districts = wizard.districts_page
    assert not districts.isComplete()
    type_text(districts.district_edit, "Бабенківський")
    districts.add_district()
    assert not districts.isComplete()  # a district needs its settlements
    districts.check_place("Бабенкове")
    districts.check_place("Бригадирівка")
    type_text(districts.place_edit, "Хутір Новий")
    districts.add_place()
    assert districts.isComplete()
    next_button(wizard)
    centre = wizard.centre_page
    type_text(centre.workplace_edit, "ФСР, с. Бабенкове")
    type_text(centre.centre_edit, "Терцентр Ізюмської міської ради")
    type_text(centre.edrpou_edit, "32855962")
    wizard.next()
    assert wizard.currentPage() is centre
    assert "ЄДРПОУ" in centre.error_label.text()
    centre.edrpou_edit.setText("32855961")
    assert centre.prefix_edit.text() == "ІЗЮ"  # suggested from the community's name
    centre.prefix_edit.setText("із м")
    wizard.next()
    assert "Префікс" in centre.error_label.text()
    centre.prefix_edit.setText("ІЗЮ")
    next_button(wizard)


def test_first_run_creates_the_store_and_shows_the_recovery_key_once(
    wizard: FirstRunWizard, qtbot: QtBot, tmp_path: Path
) -> None:
    fill_until_user(wizard, qtbot)
    user = wizard.user_page
    type_text(user.display_edit, "Олена Коваль")
    type_text(user.login_edit, "olena")
    type_text(user.password_edit, "довгий-пароль")
    type_text(user.repeat_edit, "довгий-пароль")
    next_button(wizard)
    recovery = wizard.recovery_page
    assert wizard.currentPage() is recovery
    key = recovery.key_edit.text()
    assert len(key) > 40
    assert not recovery.isComplete()  # until the person says the key is kept
    recovery.save_to(str(tmp_path / "key.txt"))
    assert key in (tmp_path / "key.txt").read_text(encoding="utf-8")
    recovery.confirm_check.setChecked(True)
    with qtbot.waitSignal(wizard.accepted):
        wizard.accept()
    store = wizard.store()
    assert store is not None
    with store.read() as conn:
        user_row = conn.execute(select(AppUser.__table__)).one()  # type: ignore[attr-defined]
        district = conn.execute(select(StarostaDistrict.__table__)).one()  # type: ignore[attr-defined]
        workplace = conn.execute(select(Workplace.__table__)).one()  # type: ignore[attr-defined]
        in_district = conn.execute(
            select(Settlement.name).where(Settlement.district_id == district.id)  # type: ignore[arg-type]
        ).scalars()
        places = conn.execute(select(func.count()).select_from(Settlement)).scalar()
    assert user_row.role == Role.COORDINATOR
    assert district.name == "Бабенківський"
    assert set(in_district) == {"Бабенкове", "Бригадирівка", "Хутір Новий"}
    assert places == 17  # the community's 16 from the codifier and the one typed in
    assert workplace.centre_edrpou == "32855961"
    assert workplace.case_prefix == "ІЗЮ"
    store.close()
    with Store.open_with_recovery(store.paths, key) as reopened:
        assert reopened.user_id


def test_the_user_page_explains_what_is_wrong(wizard: FirstRunWizard, qtbot: QtBot) -> None:
    fill_until_user(wizard, qtbot)
    user = wizard.user_page
    type_text(user.display_edit, "Олена Коваль")
    type_text(user.login_edit, "olena")
    type_text(user.password_edit, "довгий-пароль")
    type_text(user.repeat_edit, "інший-пароль")
    wizard.next()
    assert wizard.currentPage() is user
    assert "не збігаються" in user.error_label.text()
    assert wizard.store() is None


def test_a_community_typed_by_hand(wizard: FirstRunWizard) -> None:
    page = wizard.community_page
    page.manual_check.setChecked(True)
    assert not page.isComplete()
    type_text(page.name_edit, "Нова сільська територіальна громада")
    assert page.isComplete()
    wizard.next()
    districts = wizard.districts_page
    assert districts.settlements.count() == 0
    districts.district_edit.setText("Центральний")
    districts.add_district()
    districts.place_edit.setText("Нове")
    districts.add_place()
    assert districts.isComplete()
    assert [p.name for _, places in districts.districts_setup() for p in places] == ["Нове"]


def test_a_settlement_typed_by_hand_must_be_in_a_district(wizard: FirstRunWizard) -> None:
    wizard.community_page.manual_check.setChecked(True)
    type_text(wizard.community_page.name_edit, "Нова сільська територіальна громада")
    wizard.next()
    districts = wizard.districts_page
    districts.district_edit.setText("Центральний")
    districts.add_district()
    districts.place_edit.setText("Нове")
    districts.add_place()
    districts.districts.setCurrentRow(-1)  # no district chosen while typing the next one
    districts.place_edit.setText("Хутір")
    districts.add_place()
    assert not districts.isComplete()
    assert "Хутір" in districts.hint.text()
    districts.districts.setCurrentRow(0)
    districts.check_place("Хутір")
    assert districts.isComplete()


def test_cancel_is_refused_once_the_store_exists(wizard: FirstRunWizard, qtbot: QtBot) -> None:
    fill_until_user(wizard, qtbot)
    user = wizard.user_page
    type_text(user.display_edit, "Олена")
    type_text(user.login_edit, "olena")
    user.password_edit.setText("довгий-пароль")
    user.repeat_edit.setText("довгий-пароль")
    wizard.next()
    wizard.reject()
    assert wizard.isVisible()
    store = wizard.store()
    assert store is not None
    store.close()


@pytest.mark.parametrize(
    ("login", "password", "repeat", "expected"),
    [
        ("", "довгий-пароль", "довгий-пароль", "одне слово"),
        ("олена коваль", "довгий-пароль", "довгий-пароль", "одне слово"),
        ("olena", "коротко", "коротко", "щонайменше"),
        ("olena", "довгий-пароль", "довгий-пароль!", "не збігаються"),
    ],
)
def test_password_problems(login: str, password: str, repeat: str, expected: str) -> None:
    problem = password_problem(login, password, repeat)
    assert problem is not None
    assert expected in problem


def test_a_good_password_is_accepted() -> None:
    assert password_problem("olena", "довгий-пароль", "довгий-пароль") is None
