"""The main window: the registry, person cards, and the status bar (user, store, recipients)."""

from __future__ import annotations

import datetime as dt
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QModelIndex
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QToolButton,
    QWidget,
)

from socdesk.documents.registry import Subject
from socdesk.domain.changes import Changes
from socdesk.domain.people import Role
from socdesk.domain.progress import Progress
from socdesk.store.conflicts import open_count
from socdesk.store.database import Store
from socdesk.store.deadlines import DueSummary, cases_due, summary
from socdesk.store.redirects import resolve_person_id
from socdesk.store.territory import served_districts, workplace_districts
from socdesk.store.ui_state import get_ui_state, put_ui_state
from socdesk.store.uow import UnitOfWork
from socdesk.ui.admin.retention import add_action as add_retention_action
from socdesk.ui.admin.sensitive import accesses_action
from socdesk.ui.admin.settings import SettingsDialog, read_idle_minutes
from socdesk.ui.backups import BackupsDialog, RestoreRequest
from socdesk.ui.case.deadlines import DeadlinesView, summary_text
from socdesk.ui.changes import ChangeBus, Writer
from socdesk.ui.drafts_offer import offer_drafts
from socdesk.ui.help import add_help_menu
from socdesk.ui.i18n import tr, tr_n
from socdesk.ui.lock import IdleWatcher, Locker
from socdesk.ui.ops import ProgressDialog, TaskRunner, default_failure
from socdesk.ui.printing.menu import print_menu
from socdesk.ui.registry.view import RegistryView
from socdesk.ui.screen import fit_resize
from socdesk.ui.sync.install import SyncPanel
from socdesk.ui.widgets import ERROR_COLOUR

if TYPE_CHECKING:  # the dialogs are imported when first opened: a lighter, faster start
    from socdesk.ui.admin.audit import AuditBrowser
    from socdesk.ui.admin.conflicts import ConflictsView
    from socdesk.ui.admin.reference import ReferenceDialog
    from socdesk.ui.admin.users import PasswordDialog, UsersDialog
    from socdesk.ui.case.service_round import RoundDialog, WorkerTotalsDialog
    from socdesk.ui.payments import PaymentsWindow
    from socdesk.ui.person.card import PersonCard
    from socdesk.ui.person.merge import MergeDialog
    from socdesk.ui.printing.preview import BatchPrintDialog
    from socdesk.ui.registry.import_dialog import ImportDialog


LAYOUT_GEOMETRY = "main_window.geometry"
LAYOUT_COLUMNS = "registry.columns"


class MainWindow(QMainWindow):
    def __init__(
        self,
        store: Store,
        user_name: str,
        runner: TaskRunner | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.restore_request: RestoreRequest | None = None  # asked in «Резервні копії»
        self.runner = runner or TaskRunner(parent=self)
        # The one "something changed" signal: every window opened from here listens to it.
        self.bus = ChangeBus(self)
        # Writes run in the order people make them: one worker thread (tests pass a runner
        # that runs everything at once).
        write_runner = runner or TaskRunner(
            ThreadPoolExecutor(max_workers=1, thread_name_prefix="socdesk-write"), parent=self
        )
        self.writer = Writer(store, write_runner, self.bus)
        self.bus.changed.connect(self._changes_applied)
        self.setWindowTitle(tr("MainWindow", "SocDesk — реєстр отримувачів"))
        self.registry = RegistryView(store, self)
        self.setCentralWidget(self.registry)
        self._build_menu()
        self.guide_action = add_help_menu(self)  # the last menu, as everywhere
        self._build_status(user_name)
        self.registry.table.activated.connect(self._open_row)
        self.registry.add_requested.connect(self.new_person)
        self.registry.import_requested.connect(self.import_recipients)
        fit_resize(self, 1200, 720)  # the default; a user's own layout replaces it
        self.restore_layout()
        self.locker = Locker(store, user_name, self.runner, self)
        self.idle = IdleWatcher(read_idle_minutes(store), parent=self)
        self.idle.idle.connect(self.locker.lock)
        # The «Синхронізація» menu, its status and F9 (ui.sync); syncs on a thread of their own
        # (tests pass a runner that runs everything at once).
        self.sync = SyncPanel(self, sync_runner=runner)

    def _build_menu(self) -> None:
        file_menu = self.menuBar().addMenu(tr("MainWindow", "&Файл"))
        quit_action = self._action(tr("MainWindow", "Ви&йти"), "Ctrl+Q", self.close)
        file_menu.addAction(quit_action)
        registry_menu = self.menuBar().addMenu(tr("MainWindow", "&Реєстр"))
        new_action = self._action(tr("MainWindow", "&Нова особа"), "Ctrl+N", self.new_person)
        find_action = self._action(tr("MainWindow", "&Пошук"), "Ctrl+F", self._focus_search)
        registry_menu.addActions([new_action, find_action])
        lock_action = self._action(tr("MainWindow", "&Заблокувати"), "Ctrl+L", self._lock)
        password_action = self._action(
            tr("MainWindow", "Змінити &пароль…"), "Ctrl+Shift+L", self.change_password
        )
        import_action = self._action(
            tr("MainWindow", "&Імпорт отримувачів…"), "Ctrl+I", self.import_recipients
        )
        export_action = self._action(
            tr("MainWindow", "&Експорт реєстру…"), "Ctrl+E", self.export_recipients
        )
        file_menu.insertActions(quit_action, [import_action, export_action])
        file_menu.insertSeparator(quit_action)
        settings_action = self._action(
            tr("MainWindow", "&Налаштування…"), "Ctrl+,", self.open_settings
        )
        backups_action = self._action(
            tr("MainWindow", "Резервні &копії…"), "Ctrl+Shift+S", self.show_backups
        )
        file_menu.insertActions(
            quit_action, [lock_action, password_action, settings_action, backups_action]
        )
        file_menu.insertSeparator(quit_action)
        cases_menu = self.menuBar().addMenu(tr("MainWindow", "&Справи"))
        deadlines_action = self._action(
            tr("MainWindow", "&Строки за справами…"), "Ctrl+D", self.show_deadlines
        )
        round_action = self._action(tr("MainWindow", "&Обхід за день…"), "Ctrl+R", self.enter_round)
        totals_action = self._action(
            tr("MainWindow", "&Навантаження працівників…"), "Ctrl+Shift+R", self.show_worker_totals
        )
        reports_action = self._action(
            tr("MainWindow", "З&віти…"), "Ctrl+Shift+G", self.show_reports
        )
        cases_menu.addActions([deadlines_action, round_action, totals_action, reports_action])
        payments_action = self._action(
            tr("MainWindow", "Оп&лата за послуги за місяць…"), "Ctrl+Shift+O", self.enter_payments
        )
        cases_menu.addAction(payments_action)
        self.addAction(payments_action)
        self.print_menu = print_menu(self.store, self._print_subjects, self, self._print_problem)
        self.print_menu.setTitle(tr("MainWindow", "&Друк"))
        self.menuBar().addMenu(self.print_menu)
        batch_action = self._action(
            tr("MainWindow", "&Пакетний друк, журнал за період…"), "Ctrl+Shift+P", self.batch_print
        )
        self.print_menu.aboutToShow.connect(lambda: self.print_menu.addAction(batch_action))
        # Ctrl+P opens the print menu (its documents depend on the row), arrows pick from it.
        open_print = self._action(tr("MainWindow", "Друк"), "Ctrl+P", self._open_print_menu)
        # Also on the window, so the shortcuts work wherever the focus is.
        self.addActions(
            [
                quit_action,
                new_action,
                find_action,
                lock_action,
                settings_action,
                deadlines_action,
                round_action,
                password_action,
                totals_action,
                reports_action,
                batch_action,
                open_print,
            ]
        )
        if self.store.role == Role.COORDINATOR:  # screens appear only for those who may use them
            merge_action = self._action(
                tr("MainWindow", "&Об’єднати двох осіб…"), "Ctrl+M", self.merge_selected
            )
            registry_menu.addAction(merge_action)
            self.addAction(merge_action)
            admin_menu = self.menuBar().addMenu(tr("MainWindow", "&Адміністрування"))
            admin_menu.addAction(
                self._action(tr("MainWindow", "&Користувачі…"), "Ctrl+Shift+U", self.manage_users)
            )
            admin_menu.addAction(
                self._action(tr("MainWindow", "&Журнал дій…"), "Ctrl+Shift+A", self.browse_audit)
            )
            admin_menu.addAction(accesses_action(self, self.store))
            admin_menu.addAction(
                self._action(
                    tr("MainWindow", "&Довідкові дані…"), "Ctrl+Shift+D", self.manage_reference_data
                )
            )
            admin_menu.addAction(
                self._action(
                    tr("MainWindow", "&Конфлікти синхронізації…"),
                    "Ctrl+Shift+K",
                    lambda: self.show_conflicts(),
                )
            )
            add_retention_action(admin_menu, self, self.store, self.runner)  # issue 17

    def _open_print_menu(self) -> None:
        self.menuBar().setActiveAction(self.print_menu.menuAction())

    def _action(self, text: str, shortcut: str, slot: object) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_status(self, user_name: str) -> None:
        bar = self.statusBar()
        self.user_label = QLabel(tr("MainWindow", "Користувач: %1").replace("%1", user_name), self)
        with self.store.read() as conn:
            districts = workplace_districts(conn)
        self.district_label = QLabel(
            tr("MainWindow", "Округи: %1").replace("%1", ", ".join(districts) or "—"), self
        )
        self.district_label.setObjectName("district_label")
        self.store_label = QLabel(tr("MainWindow", "Сховище: перевіряю…"), self)
        self.store_label.setObjectName("store_label")
        # The deadlines' summary, one click from the deadlines view.
        self.deadline_label = QToolButton(self)
        self.deadline_label.setObjectName("deadline_label")
        self.deadline_label.setAutoRaise(True)
        self.deadline_label.clicked.connect(self.show_deadlines)
        bar.addWidget(self.user_label)
        bar.addWidget(self.district_label)
        # Conflicts of sync waiting for a coordinator: shown only when there are some.
        self.conflict_label = QToolButton(self)
        self.conflict_label.setObjectName("conflict_label")
        self.conflict_label.setAutoRaise(True)
        self.conflict_label.setStyleSheet(f"color: {ERROR_COLOUR}; font-weight: bold")
        self.conflict_label.setToolTip(tr("MainWindow", "Відкрити конфлікти синхронізації"))
        self.conflict_label.clicked.connect(lambda: self.show_conflicts())
        self.conflict_label.hide()
        bar.addPermanentWidget(self.conflict_label)
        bar.addPermanentWidget(self.deadline_label)
        bar.addPermanentWidget(self.store_label)
        self.runner.run(self.store.quick_check, self._store_checked)
        self.refresh_deadlines()
        self.refresh_conflicts()

    def _changes_applied(self, changes: Changes) -> None:
        """The bus says what changed (a write here, or a sync): reload what shows it."""
        if changes.recipients or changes.households or changes.reference:
            self.registry.model.reload()
        if changes.cases or changes.recipients:
            self.refresh_deadlines()
        if changes.sync_conflicts:
            self.refresh_conflicts()

    def refresh_conflicts(self) -> None:
        """The count of open conflicts in the status bar, read off the GUI thread."""
        store = self.store

        def count() -> int:
            with store.read() as conn:
                return open_count(conn)

        self.runner.run(count, self._show_conflict_count)

    def _show_conflict_count(self, count: int) -> None:
        self.conflict_label.setText(tr("MainWindow", "Конфлікти: %1").replace("%1", str(count)))
        self.conflict_label.setVisible(count > 0)

    def refresh_deadlines(self) -> None:
        """The sign-in summary of the workplace's deadlines, worked out off the GUI thread."""
        store = self.store

        def count() -> DueSummary:
            with store.read() as conn:
                ids = [did for did, _ in served_districts(conn)] or None
                return summary(cases_due(conn, dt.date.today(), ids))

        self.runner.run(count, self._show_deadlines_summary)

    def _show_deadlines_summary(self, counts: DueSummary) -> None:
        self.deadline_label.setText(summary_text(counts.overdue, counts.today, counts.this_week))
        self.deadline_label.setToolTip(tr("MainWindow", "Строки за справами (Ctrl+D)"))
        self.deadline_label.setStyleSheet(
            f"color: {ERROR_COLOUR}; font-weight: bold" if counts.overdue else ""
        )

    def _print_subjects(self) -> dict[Subject, str]:
        """The selected recipient's documents, and the blank forms."""
        subjects = {Subject.NONE: ""}
        selected = self.registry.table.selectionModel().selectedRows()
        if selected:
            person_id = self.registry.model.person_id(selected[0].row())
            if person_id:
                subjects[Subject.PERSON] = person_id
        return subjects

    def _print_problem(self, message: str) -> None:
        QMessageBox.warning(self, tr("MainWindow", "Друк"), message)

    def batch_print(self) -> BatchPrintDialog:
        from socdesk.ui.printing.preview import BatchPrintDialog

        dialog = BatchPrintDialog(self.store, self.runner, self._districts(), parent=self)
        dialog.open()
        return dialog

    def _districts(self) -> list[str] | None:
        with self.store.read() as conn:
            return [did for did, _ in served_districts(conn)] or None

    def show_deadlines(self) -> DeadlinesView:
        view = DeadlinesView(self.store, parent=self, runner=self.runner, writer=self.writer)
        view.finished.connect(self.refresh_deadlines)
        view.open()
        return view

    def enter_round(self) -> RoundDialog:
        from socdesk.ui.case.service_round import RoundDialog

        dialog = RoundDialog(self.store, self._districts(), parent=self, writer=self.writer)
        dialog.open()
        return dialog

    def enter_payments(self) -> PaymentsWindow:
        from socdesk.ui.payments import PaymentsWindow

        dialog = PaymentsWindow(self.store, parent=self, writer=self.writer)
        dialog.open()
        return dialog

    def show_worker_totals(self) -> WorkerTotalsDialog:
        from socdesk.ui.case.service_round import WorkerTotalsDialog

        dialog = WorkerTotalsDialog(self.store, self._districts(), parent=self)
        dialog.open()
        return dialog

    def show_reports(self) -> QWidget:
        from socdesk.ui.reports import ReportsWindow  # QtCharts only when reports are opened

        window = ReportsWindow(self.store, self.runner, parent=self)
        window.open()
        return window

    def _store_checked(self, healthy: bool) -> None:
        if healthy:
            self.store_label.setText(tr("MainWindow", "Сховище: зашифроване, справне"))
            self.store_label.setStyleSheet("")
        else:
            self.store_label.setText(
                tr("MainWindow", "Сховище пошкоджене: не вносьте змін, зверніться до координатора")
            )
            self.store_label.setStyleSheet(f"color: {ERROR_COLOUR}; font-weight: bold")

    # ------------------------------------------------------------------ layout per user
    def restore_layout(self) -> None:
        """The window size and place and the registry's columns as this user left them."""
        with self.store.read() as conn:
            geometry = get_ui_state(conn, self.store.user_id, LAYOUT_GEOMETRY)
            columns = get_ui_state(conn, self.store.user_id, LAYOUT_COLUMNS)
        if geometry:
            self.restoreGeometry(_from_text(geometry))
        if columns:
            self.registry.table.horizontalHeader().restoreState(_from_text(columns))

    def save_layout(self) -> None:
        geometry = _to_text(self.saveGeometry())
        columns = _to_text(self.registry.table.horizontalHeader().saveState())

        def work(uow: UnitOfWork) -> None:
            put_ui_state(uow, LAYOUT_GEOMETRY, geometry)
            put_ui_state(uow, LAYOUT_COLUMNS, columns)

        self.writer.write(work)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._cards_closed():  # «Ні» to «Закрити без збереження?» cancels the quit
            event.ignore()
            return
        self.save_layout()
        self.sync.shutdown()  # a running sync is cancelled and ends before the store closes
        self.writer.runner.shutdown(finish_queued=True)  # every save ends before the store
        self.runner.shutdown()  # before the store closes: the start-up check may still run
        super().closeEvent(event)

    def _cards_closed(self) -> bool:
        """Asks each card with unsaved changes whether to close it; False when one stays."""
        from socdesk.ui.person.card import PersonCard

        for card in self.findChildren(PersonCard):
            if card.isVisible() and card.is_dirty():
                card.activateWindow()
                card.reject()  # asks, and discards the draft on «Так»
                if card.isVisible():
                    return False
        return True

    def merge_selected(self) -> MergeDialog | None:
        """Merges the two records selected in the registry (a coordinator's decision)."""
        rows = sorted({i.row() for i in self.registry.table.selectionModel().selectedRows()})
        if len(rows) != 2:
            QMessageBox.information(
                self,
                "SocDesk",
                tr(
                    "MainWindow",
                    "Виділіть у реєстрі два записи однієї особи (Ctrl+клацання), потім "
                    "виберіть «Об’єднати».",
                ),
            )
            return None
        from socdesk.ui.person.merge import MergeDialog

        first, second = (self.registry.model.person_id(r) for r in rows)
        dialog = MergeDialog(self.store, first, second, self, writer=self.writer)
        dialog.open()
        return dialog

    def show_conflicts(self, row_id: str | None = None) -> ConflictsView:
        """The conflicts of sync (of one record, if given); coordinators settle them."""
        from socdesk.ui.admin.conflicts import ConflictsView

        view = ConflictsView(self.writer, row_id, self)
        view.open()
        return view

    def browse_audit(self) -> AuditBrowser:
        from socdesk.ui.admin.audit import AuditBrowser

        dialog = AuditBrowser(self.store, self)
        dialog.open()
        return dialog

    def manage_reference_data(self) -> ReferenceDialog:
        from socdesk.ui.admin.reference import ReferenceDialog

        dialog = ReferenceDialog(self.store, self, self.writer)
        dialog.open()
        return dialog

    def manage_users(self) -> UsersDialog:
        from socdesk.ui.admin.users import UsersDialog

        dialog = UsersDialog(self.store, self.runner, self)
        dialog.open()
        return dialog

    def show_backups(self) -> BackupsDialog:
        dialog = BackupsDialog(self.store, self.writer, self.runner, self)
        dialog.accepted.connect(lambda: self._restore_asked(dialog.restore_request))
        dialog.open()
        return dialog

    def _restore_asked(self, request: RestoreRequest | None) -> None:
        """A restore needs the store closed: the window closes, `ui.app` restores."""
        self.restore_request = request
        if request is not None:
            self.close()

    def open_settings(self) -> SettingsDialog:
        dialog = SettingsDialog(self.store, self, self.writer)
        dialog.accepted.connect(lambda: self._settings_saved(dialog))
        dialog.open()
        return dialog

    def _settings_saved(self, dialog: SettingsDialog) -> None:
        self.idle.set_minutes(dialog.idle_minutes())
        if dialog.language_changed():
            QMessageBox.information(
                self,
                "SocDesk",
                tr("MainWindow", "Мову змінено; вона діятиме після перезапуску SocDesk."),
            )

    def import_recipients(self) -> ImportDialog | None:
        from socdesk.ui.registry.import_dialog import choose_and_import

        dialog = choose_and_import(self.store, self.runner, self, self.writer)
        if dialog is not None:
            dialog.imported.connect(self._imported)
        return dialog

    def _imported(self, count: int) -> None:  # the registry reloads from the bus
        self.statusBar().showMessage(tr_n("MainWindow", "Імпортовано %n особу", count), 10_000)

    def export_recipients(self) -> None:
        """Exports the register as on screen: everyone, or whom the search box finds."""
        name, _filter = QFileDialog.getSaveFileName(
            self,
            tr("MainWindow", "Експорт реєстру"),
            "recipients.xlsx",
            tr("MainWindow", "Книга Excel (*.xlsx);;Таблиця CSV (*.csv)"),
        )
        if name:
            self.export_to(Path(name))

    def export_to(self, path: Path) -> None:
        from socdesk.reports.registry_export import ExportFormat, export_recipients

        fmt = ExportFormat.CSV if path.suffix.lower() == ".csv" else ExportFormat.XLSX
        if path.suffix.lower() not in (".csv", ".xlsx"):
            path = path.with_suffix(".xlsx")
        search = self.registry.search.text().strip() or None
        where = self.registry.current_filter()
        progress = Progress()
        dialog = ProgressDialog(progress, tr("MainWindow", "Експорт реєстру"), self)

        def done(count: int) -> None:
            dialog.finish()
            text = tr_n("MainWindow", "Експортовано %n особу до файлу %1", count)
            self.statusBar().showMessage(text.replace("%1", str(path)), 10_000)

        def failed(exc: BaseException) -> None:
            dialog.finish()
            default_failure(self, exc)

        self.runner.run(
            lambda: export_recipients(self.store, path, fmt, search, progress, where), done, failed
        )

    def change_password(self) -> PasswordDialog:
        from socdesk.ui.admin.users import change_own_password

        return change_own_password(self.store, self.runner, self)

    def _lock(self) -> None:
        self.locker.lock()

    def _focus_search(self) -> None:
        self.registry.search.setFocus()
        self.registry.search.selectAll()

    # ------------------------------------------------------------------ cards
    def new_person(self) -> PersonCard:
        return self.open_card(None)

    def open_card(self, person_id: str | None) -> PersonCard:
        from socdesk.ui.person.card import PersonCard

        if person_id is not None:  # a draft's or a link's record may have been merged since
            with self.store.read() as conn:
                person_id = resolve_person_id(conn, person_id)
        windows = self.bus.windows  # one person, one card: the open one is raised
        if isinstance(found := windows.raise_open("person", person_id), PersonCard):
            return found
        card = PersonCard(self.store, self.runner, person_id, parent=self, writer=self.writer)
        card.open_existing.connect(self.open_card)
        if person_id is None:  # the new person is shown and selected, whatever the filters
            card.saved.connect(self.registry.show_person)  # and their card is theirs from then
            card.saved.connect(lambda saved_id: windows.register("person", saved_id, card))
        windows.add("person", person_id, card)
        card.show()
        return card

    def _open_row(self, index: QModelIndex) -> None:
        self.open_card(self.registry.model.person_id(index.row()))

    def after_recovery(self) -> UsersDialog:
        """Opened with the recovery key: say what it is for, and open the users."""
        QMessageBox.information(
            self,
            tr("MainWindow", "Відкрито ключем відновлення"),
            tr(
                "MainWindow",
                "Сховище відкрито ключем відновлення, з правами координатора. Задайте новий "
                "пароль користувачу (кнопка «Задати пароль»), потім закрийте SocDesk і "
                "увійдіть із ним.",
            ),
        )
        return self.manage_users()

    def offer_drafts(self) -> None:
        """Offers back the cards that were being filled in when SocDesk last stopped."""
        offer_drafts(self, self.store, self.writer, self.open_card)


def _to_text(data: QByteArray) -> str:
    return bytes(data.toBase64().data()).decode("ascii")


def _from_text(text: str) -> QByteArray:
    return QByteArray.fromBase64(text.encode("ascii"))
