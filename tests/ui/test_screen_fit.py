"""Every window and dialog fits a 1366×768 screen less its taskbar (1366×728), frame and title
bar included, with all its buttons inside it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QApplication, QWidget
from pytestqt.qtbot import QtBot
from support import add_person, assessing_case, make_paths, populate

from socdesk.domain.cases import CaseState
from socdesk.domain.duplicates import Candidate, DuplicateRule
from socdesk.store import casework as cw
from socdesk.store.database import Store
from socdesk.ui import screen
from socdesk.ui.ops import ImmediatePool, TaskRunner

TODAY = dt.date(2026, 11, 23)
Factory = Callable[[Store, str, Path], QWidget]


def _main(store: Store, case_id: str, tmp: Path) -> QWidget:
    from socdesk.ui.main_window import MainWindow

    return MainWindow(store, "Олена", TaskRunner(ImmediatePool()))


def _sign_in(store: Store, case_id: str, tmp: Path) -> QWidget:
    from socdesk.ui.signin import SignInDialog

    return SignInDialog(store.paths, runner=TaskRunner(ImmediatePool()))


def _first_run(store: Store, case_id: str, tmp: Path) -> QWidget:
    from socdesk.ui.first_run import FirstRunWizard

    return FirstRunWizard(make_paths(tmp / "new"), runner=TaskRunner(ImmediatePool()))


def _lock(store: Store, case_id: str, tmp: Path) -> QWidget:
    from socdesk.ui.lock import LockDialog

    return LockDialog(store, "Олена", TaskRunner(ImmediatePool()))


def _card(store: Store, case_id: str, tmp: Path) -> QWidget:
    from socdesk.ui.person.card import PersonCard

    return PersonCard(store, TaskRunner(ImmediatePool()), _person(store, case_id))


def _new_card(store: Store, case_id: str, tmp: Path) -> QWidget:
    from socdesk.ui.person.card import PersonCard

    return PersonCard(store, TaskRunner(ImmediatePool()))


def _person(store: Store, case_id: str) -> str:
    with store.read() as conn:
        return cw.case_header(conn, case_id).person_id


def _case(store: Store, case_id: str, tmp: Path) -> QWidget:
    from socdesk.ui.case.window import CaseWindow

    return CaseWindow(store, case_id, lambda: TODAY)


def _act(store: Store, case_id: str, tmp: Path) -> QWidget:
    from socdesk.ui.case.window import CaseWindow

    window = CaseWindow(store, case_id, lambda: TODAY)
    dialog = window.acts.open_act(0)
    assert dialog is not None
    dialog.setParent(None)  # type: ignore[call-overload]  # shown on its own here
    window.deleteLater()
    return dialog


def _move(store: Store, case_id: str, tmp: Path) -> QWidget:
    from socdesk.ui.case.window import MoveDialog

    return MoveDialog(store, case_id, CaseState.ASSESSING, CaseState.REFUSED, lambda: TODAY)


def _contract(store: Store, case_id: str, tmp: Path) -> QWidget:
    from socdesk.ui.case.contract import ContractDialog

    return ContractDialog(store, case_id, lambda: TODAY)


def _plan(store: Store, case_id: str, tmp: Path) -> QWidget:
    from socdesk.ui.case.plan import PlanDialog

    return PlanDialog(store, case_id, lambda: TODAY)


def _appeal(store: Store, case_id: str, tmp: Path) -> QWidget:
    from socdesk.ui.person.cases import AppealDialog

    return AppealDialog(store, _person(store, case_id))


def _consent(store: Store, case_id: str, tmp: Path) -> QWidget:
    from socdesk.ui.person.panels import ConsentDialog

    return ConsentDialog()


def _picker(store: Store, case_id: str, tmp: Path) -> QWidget:
    from socdesk.ui.person.household import PersonPicker

    return PersonPicker(store, set())


def _duplicates(store: Store, case_id: str, tmp: Path) -> QWidget:
    from socdesk.ui.person.duplicates import DuplicatesDialog

    typed = {"surname": "Коваль", "given_name": "Ганна", "birth_date": dt.date(1944, 5, 1)}
    candidate = Candidate(_person(store, case_id), DuplicateRule.NAME_AND_BIRTH_DATE)
    return DuplicatesDialog(store, typed, [candidate])


def _merge(store: Store, case_id: str, tmp: Path) -> QWidget:
    from socdesk.ui.person.merge import MergeDialog

    return MergeDialog(store, _person(store, case_id), add_person(store, "Коваль", "Ганна"))


def _users(store: Store, case_id: str, tmp: Path) -> QWidget:
    from socdesk.ui.admin.users import UsersDialog

    return UsersDialog(store, TaskRunner(ImmediatePool()))


def _new_user(store: Store, case_id: str, tmp: Path) -> QWidget:
    from socdesk.ui.admin.users import NewUserDialog

    return NewUserDialog(set())


def _password(store: Store, case_id: str, tmp: Path) -> QWidget:
    from socdesk.ui.admin.users import PasswordDialog

    return PasswordDialog("Зміна пароля", True)


def _settings(store: Store, case_id: str, tmp: Path) -> QWidget:
    from socdesk.ui.admin.settings import SettingsDialog

    return SettingsDialog(store)


def _audit(store: Store, case_id: str, tmp: Path) -> QWidget:
    from socdesk.ui.admin.audit import AuditBrowser

    return AuditBrowser(store)


def _reference(store: Store, case_id: str, tmp: Path) -> QWidget:
    from socdesk.ui.admin.reference import ReferenceDialog

    return ReferenceDialog(store)


def _conflicts(store: Store, case_id: str, tmp: Path) -> QWidget:
    from socdesk.ui.admin.conflicts import ConflictsView
    from socdesk.ui.changes import own_writer

    return ConflictsView(own_writer(store, None))


def _typed_value(store: Store, case_id: str, tmp: Path) -> QWidget:
    from socdesk.store.conflicts import Conflict, Side
    from socdesk.ui.admin.conflicts import ConflictRow, TypedValueDialog

    when = dt.datetime(2026, 3, 2, 10, 0)
    conflict = Conflict(
        "c1",
        "person",
        _person(store, case_id),
        "phone",
        Side("+380671234567", "Олена Тестова", when),
        Side("+380501234567", "Марія Коваленко", when),
        "2026-03-02T10:00:00Z",
    )
    row = ConflictRow(
        conflict,
        "Коваленко-Ярошенко Анастасія-Олександра Вікторівна",
        "Телефон",
        "+380 67 123 45 67 (Олена Тестова, 02.03.2026 10:00)",
        "+380 50 123 45 67 (Марія Коваленко, 02.03.2026 10:00)",
        "+380 67 123 45 67",
    )
    return TypedValueDialog(row)


def _deadlines(store: Store, case_id: str, tmp: Path) -> QWidget:
    from socdesk.ui.case.deadlines import DeadlinesView

    return DeadlinesView(store, lambda: TODAY, runner=TaskRunner(ImmediatePool()))


def _round(store: Store, case_id: str, tmp: Path) -> QWidget:
    from socdesk.ui.case.service_round import RoundDialog

    return RoundDialog(store, None, lambda: TODAY)


def _totals(store: Store, case_id: str, tmp: Path) -> QWidget:
    from socdesk.ui.case.service_round import WorkerTotalsDialog

    return WorkerTotalsDialog(store, None, lambda: TODAY)


def _import(store: Store, case_id: str, tmp: Path) -> QWidget:
    from socdesk.ui.registry.import_dialog import ImportDialog

    path = tmp / "journal.csv"
    path.write_text("Прізвище;Ім'я;Дата народження\nКоваль;Олена;02.01.1950\n", encoding="utf-8")
    return ImportDialog(store, TaskRunner(ImmediatePool()), path)


def _preview(store: Store, case_id: str, tmp: Path) -> QWidget:
    from socdesk.documents.printing import make
    from socdesk.ui.printing.preview import PreviewDialog

    return PreviewDialog(make(store, "application", case_id, TODAY))


def _printed(store: Store, case_id: str, tmp: Path) -> QWidget:
    from socdesk.documents.printing import make
    from socdesk.ui.printing.preview import PrintedDialog

    make(store, "application", case_id, TODAY)
    return PrintedDialog(store, [case_id])


def _batch(store: Store, case_id: str, tmp: Path) -> QWidget:
    from socdesk.ui.printing.preview import BatchPrintDialog

    return BatchPrintDialog(store, TaskRunner(ImmediatePool()), None, lambda: TODAY)


def _paid_case(store: Store) -> str:
    from payment_support import paid_case

    return paid_case(store, "Бойко", amount_kop=45000)[1]


def _payments(store: Store, case_id: str, tmp: Path) -> QWidget:
    from socdesk.ui.payments import PaymentsWindow

    _paid_case(store)
    return PaymentsWindow(store, lambda: TODAY)


def _payment(store: Store, case_id: str, tmp: Path) -> QWidget:
    from socdesk.store.payments import month_list
    from socdesk.ui.payments import PaymentDialog

    _paid_case(store)
    with store.read() as conn:
        (line,) = month_list(conn, TODAY)
    return PaymentDialog(store, line, lambda: TODAY)


def _contract_payments(store: Store, case_id: str, tmp: Path) -> QWidget:
    from socdesk.ui.case.window import CaseWindow

    window = CaseWindow(store, _paid_case(store), lambda: TODAY)
    window.tabs.setCurrentWidget(window.contract)
    return window


def _survey(store: Store, case_id: str, tmp: Path) -> QWidget:
    from socdesk.ui.case.window import CaseWindow

    window = CaseWindow(store, case_id, lambda: TODAY)
    window.tabs.setCurrentWidget(window.surveys)
    dialog = window.surveys.new_survey()
    assert dialog is not None
    dialog.setParent(None)  # type: ignore[call-overload]  # shown on its own here
    return dialog


def _reports(store: Store, case_id: str, tmp: Path) -> QWidget:
    from socdesk.ui.reports import ReportsWindow

    window = ReportsWindow(store, TaskRunner(ImmediatePool()), TODAY)
    window.kind.setCurrentIndex(window.kind.findData("workload"))  # the widest filters
    window.run_button.click()  # tables and charts shown
    return window


def _sync_controller(store: Store) -> object:
    from socdesk.ui.changes import own_writer
    from socdesk.ui.sync.backend import ServerSync
    from socdesk.ui.sync.controller import SyncController

    runner = TaskRunner(ImmediatePool())
    return SyncController(own_writer(store, None), runner, ServerSync(), sync_runner=runner)


def _connect(store: Store, case_id: str, tmp: Path) -> QWidget:
    from socdesk.ui.sync.connect import ConnectDialog

    return ConnectDialog(_sync_controller(store))  # type: ignore[arg-type]


def _sync_screen(store: Store, case_id: str, tmp: Path) -> QWidget:
    from socdesk.ui.changes import own_writer
    from socdesk.ui.sync.screen import SyncScreen

    controller = _sync_controller(store)
    return SyncScreen(controller, own_writer(store, None))  # type: ignore[arg-type]


def _server_admin(store: Store, case_id: str, tmp: Path) -> QWidget:
    from socdesk.ui.server_admin import ServerAdminWindow

    return ServerAdminWindow(_sync_controller(store))  # type: ignore[arg-type]


def _new_code(store: Store, case_id: str, tmp: Path) -> QWidget:
    from socdesk.sync.admin import NewCode
    from socdesk.ui.server_admin_dialogs import NewCodeDialog

    districts = [(f"d{n}", f"Старостинський округ № {n}") for n in range(12)]
    dialog = NewCodeDialog(_server_admin(store, case_id, tmp), districts)  # type: ignore[arg-type]
    expires = dt.datetime(2026, 12, 7, 9, 0, tzinfo=dt.UTC)
    dialog._made(NewCode("ABCD-EFGH", "Бабенківський старостат", ("d1",), expires))
    dialog.setParent(None)  # type: ignore[call-overload]  # shown on its own here
    return dialog


def _transfer(store: Store, case_id: str, tmp: Path) -> QWidget:
    from socdesk.ui.server_admin_dialogs import TransferDialog

    dialog = TransferDialog(_server_admin(store, case_id, tmp))  # type: ignore[arg-type]
    dialog.search.setText("Ко")
    dialog.setParent(None)  # type: ignore[call-overload]
    return dialog


def _sealed_bundle(folder: Path) -> Path:
    """A bundle file (to a made-up recipient) for the screens that list bundles."""
    from socdesk.sync.bundle import TO_CENTRE, KeyPair, file_name, seal

    keys = KeyPair.generate()
    values = {
        "bundle_id": "0" * 36,
        "kind": TO_CENTRE,
        "sender": "1" * 36,
        "sender_key": keys.key_id,
        "recipient": "2" * 36,
        "recipient_key": "3" * 32,
        "schema": "1",
        "created_at": "2026-12-06T09:00:00Z",
        "first": 1,
        "last": 3,
        "feed_cursor": 0,
        "acks": [],
        "records": 0,
        "counts": {},
    }
    path = folder / file_name(values)
    path.write_bytes(seal(values, [], keys, KeyPair.generate().box_public))
    return path


def _bundle_export(store: Store, case_id: str, tmp: Path) -> QWidget:
    from socdesk.sync.bundle_view import LocalBundles
    from socdesk.ui.sync.bundles import BundleExportDialog, Drive

    drives = [Drive("KINGSTON", tmp)]
    return BundleExportDialog(LocalBundles(store), TaskRunner(ImmediatePool()), lambda: drives)


def _bundle_import(store: Store, case_id: str, tmp: Path) -> QWidget:
    from socdesk.sync.bundle_view import LocalBundles
    from socdesk.ui.sync.bundles import BundleImportDialog, Drive

    _sealed_bundle(tmp)
    drives = [Drive("KINGSTON", tmp)]
    return BundleImportDialog(LocalBundles(store), TaskRunner(ImmediatePool()), lambda: drives)


def _bundle_receipt(store: Store, case_id: str, tmp: Path) -> QWidget:
    from socdesk.ui.sync.receipt import ReceiptDialog

    return ReceiptDialog([_sealed_bundle(tmp)])


def _bundle_health(store: Store, case_id: str, tmp: Path) -> QWidget:
    from socdesk.sync.bundle_view import LocalBundles
    from socdesk.ui.sync.health import BundleHealthDialog

    return BundleHealthDialog(LocalBundles(store), TaskRunner(ImmediatePool()))


def _backups(store: Store, case_id: str, tmp: Path) -> QWidget:
    from socdesk.ui.backups import BackupsDialog
    from socdesk.ui.changes import own_writer

    return BackupsDialog(store, own_writer(store, None), TaskRunner(ImmediatePool()))


def _restore(store: Store, case_id: str, tmp: Path) -> QWidget:
    from socdesk.ui.backups import RestoreDialog

    return RestoreDialog(
        tmp / "socdesk-auto-20261206-090000.socbackup", "2026-12-06T09:00:00", "olena"
    )


WINDOWS: dict[str, Factory] = {
    "sign-in": _sign_in,
    "first run": _first_run,
    "lock": _lock,
    "main window": _main,
    "person card": _card,
    "new person card": _new_card,
    "case window": _case,
    "act": _act,
    "move": _move,
    "contract": _contract,
    "plan": _plan,
    "appeal": _appeal,
    "consent": _consent,
    "person picker": _picker,
    "duplicates": _duplicates,
    "merge": _merge,
    "users": _users,
    "new user": _new_user,
    "password": _password,
    "settings": _settings,
    "audit": _audit,
    "reference data": _reference,
    "conflicts": _conflicts,
    "typed conflict value": _typed_value,
    "deadlines": _deadlines,
    "day round": _round,
    "worker totals": _totals,
    "import": _import,
    "print preview": _preview,
    "printed": _printed,
    "batch print": _batch,
    "payments of the month": _payments,
    "one month's payment": _payment,
    "contract tab with payments": _contract_payments,
    "satisfaction survey": _survey,
    "reports": _reports,
    "server connection": _connect,
    "sync screen": _sync_screen,
    "server administration": _server_admin,
    "new enrolment code": _new_code,
    "transfer to another district": _transfer,
    "bundle export": _bundle_export,
    "bundle import": _bundle_import,
    "bundle receipt": _bundle_receipt,
    "bundle health": _bundle_health,
    "backups": _backups,
    "restore from a backup": _restore,
}


@pytest.fixture
def case_id(store: Store) -> str:
    populate(store)
    return assessing_case(store)


def _scrolled(widget: QWidget) -> bool:
    """In a scroll area's content (a long form): reached by scrolling, not meant to fit."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _outside(window: QWidget) -> list[str]:
    """What of the window lies beyond the screen: the window itself, or a button."""
    area = screen.SMALLEST
    size = window.size().expandedTo(window.minimumSizeHint()) + screen.FRAME
    problems = []
    if size.width() > area.width() or size.height() > area.height():
        problems.append(f"the window, {size.width()}×{size.height()} with its frame")
    frame = QRect(QPoint(0, 0), size - screen.FRAME)
    for button in window.findChildren(QAbstractButton):
        if button.isVisibleTo(window) and button.window() is window and not _scrolled(button):
            at = QRect(button.mapTo(window, QPoint(0, 0)), button.size())
            if not frame.contains(at):
                problems.append(f"button «{button.text()}» at {at.getRect()}")
    return problems


@pytest.mark.parametrize("name", list(WINDOWS))
def test_the_window_fits_a_1366_by_768_screen_with_its_buttons(
    name: str,
    store: Store,
    case_id: str,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(screen, "available_area", lambda _widget: screen.SMALLEST)
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.question", lambda *_a: None)
    window = WINDOWS[name](store, case_id, tmp_path)
    qtbot.addWidget(window)
    window.show()
    QApplication.processEvents()
    assert _outside(window) == []
    pages = getattr(window, "pageIds", None)  # the wizard: each page in turn
    for page_id in pages() if pages else []:
        hint = window.page(page_id).minimumSizeHint() + QSize(0, 120)  # title, buttons
        assert hint.height() + screen.FRAME.height() <= screen.SMALLEST.height(), page_id
