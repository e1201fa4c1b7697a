"""The first-run wizard: community, starosta districts and settlements, the centre's details,
the first user; then it creates the encrypted store and shows the recovery key once."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QFontDatabase, QGuiApplication, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from socdesk.domain.errors import SocDeskError
from socdesk.domain.people import Role
from socdesk.domain.users import MIN_PASSWORD, login_ok, password_ok
from socdesk.paths import AppPaths
from socdesk.ui.first_run_pages import CentrePage, CommunityPage, DistrictsPage
from socdesk.ui.i18n import tr
from socdesk.ui.messages import domain_tr
from socdesk.ui.ops import TaskRunner
from socdesk.ui.widgets import error_label

if TYPE_CHECKING:
    from socdesk.store.database import NewUser, Store
    from socdesk.store.territory import WorkplaceSetup

Creator = Callable[[AppPaths, "NewUser", "WorkplaceSetup"], "tuple[Store, str]"]


def create_store(paths: AppPaths, user: NewUser, setup: WorkplaceSetup) -> tuple[Store, str]:
    from socdesk.store.territory import create_workplace_store

    return create_workplace_store(paths, user, setup)


class UserPage(QWizardPage):
    """The first user: a coordinator, who adds the other users later."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(tr("FirstRun", "Перший користувач"))
        self.setSubTitle(
            tr(
                "FirstRun",
                "Перший користувач стає координатором: він додає інших користувачів. Пароль "
                "відкриває зашифровані дані; запишіть його в надійному місці.",
            )
        )
        self.display_edit = QLineEdit(self)
        self.display_edit.setObjectName("user_display_name")
        self.login_edit = QLineEdit(self)
        self.login_edit.setObjectName("user_login")
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("user_password")
        self.repeat_edit = QLineEdit(self)
        self.repeat_edit.setObjectName("user_password_repeat")
        for edit in (self.password_edit, self.repeat_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.error_label = error_label(self)
        form = QFormLayout(self)
        form.addRow(tr("FirstRun", "Прізвище та ім’я:"), self.display_edit)
        form.addRow(tr("FirstRun", "Ім’я для входу:"), self.login_edit)
        form.addRow(tr("FirstRun", "Пароль:"), self.password_edit)
        form.addRow(tr("FirstRun", "Пароль ще раз:"), self.repeat_edit)
        form.addRow(self.error_label)
        self.setCommitPage(True)  # the next page creates the store: no way back after it
        self.setButtonText(QWizard.WizardButton.CommitButton, tr("FirstRun", "Створити сховище"))

    def validatePage(self) -> bool:
        problem = password_problem(
            self.login_edit.text(), self.password_edit.text(), self.repeat_edit.text()
        )
        if not self.display_edit.text().strip():
            problem = tr("FirstRun", "Вкажіть прізвище та ім’я користувача.")
        self.error_label.setText(problem or "")
        return problem is None

    def user(self) -> NewUser:
        from socdesk.store.database import NewUser

        return NewUser(
            self.login_edit.text().strip(),
            self.password_edit.text(),
            self.display_edit.text().strip(),
            Role.COORDINATOR,
        )


def password_problem(login: str, password: str, repeat: str) -> str | None:
    """What is wrong with a new login and password, in the interface's language; None when they
    will do. The rules are `domain.users`, which the store also applies."""
    if not login_ok(login):
        return tr("FirstRun", "Ім’я для входу — одне слово без пропусків, напр. olena.")
    if not password_ok(password):
        # MIN_PASSWORD is 8: "8 символів" needs no plural choice.
        text = tr("FirstRun", "Пароль має містити щонайменше %1 символів.")
        return text.replace("%1", str(MIN_PASSWORD))
    if password != repeat:
        return tr("FirstRun", "Паролі не збігаються; введіть той самий пароль двічі.")
    return None


class RecoveryPage(QWizardPage):
    """Creates the store, then shows the recovery key once, to save or print."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(tr("FirstRun", "Ключ відновлення"))
        self.setSubTitle(
            tr("FirstRun", "Останній крок: збережіть ключ, яким відкривають дані без паролів.")
        )
        self.status = QLabel(tr("FirstRun", "Створюю зашифроване сховище…"), self)
        self.status.setWordWrap(True)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.key_edit = QLineEdit(self)
        self.key_edit.setObjectName("recovery_key")
        self.key_edit.setReadOnly(True)
        self.key_edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.copy_button = QPushButton(tr("FirstRun", "Копіювати"), self)
        self.save_button = QPushButton(tr("FirstRun", "Зберегти у файл…"), self)
        self.print_button = QPushButton(tr("FirstRun", "Друкувати…"), self)
        self.confirm_check = QCheckBox(
            tr("FirstRun", "Я зберіг(ла) ключ відновлення поза цим комп’ютером"), self
        )
        self.confirm_check.setObjectName("recovery_saved")
        self.error_label = error_label(self)
        buttons = QHBoxLayout()
        for button in (self.copy_button, self.save_button, self.print_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.busy)
        layout.addWidget(self.key_edit)
        layout.addLayout(buttons)
        layout.addWidget(self.confirm_check)
        layout.addWidget(self.error_label)
        self.copy_button.clicked.connect(self._copy)
        self.save_button.clicked.connect(self._save)
        self.print_button.clicked.connect(self._print)
        self.confirm_check.toggled.connect(self.completeChanged)
        self._show_key(False)

    def _show_key(self, shown: bool) -> None:
        for widget in (self.key_edit, self.copy_button, self.save_button, self.print_button):
            widget.setVisible(shown)
        self.confirm_check.setVisible(shown)
        self.busy.setVisible(not shown)

    def initializePage(self) -> None:
        self._wizard.start_creation(self._created, self._failed)

    def _created(self, recovery_key: str) -> None:
        self._show_key(True)
        self.key_edit.setText(recovery_key)
        self.status.setText(
            tr(
                "FirstRun",
                "Сховище створено. Нижче — ключ відновлення: ним координатор відкриє дані, якщо "
                "всі паролі буде забуто. Його показано лише один раз. Збережіть або "
                "роздрукуйте його і зберігайте окремо від комп’ютера.",
            )
        )
        self.completeChanged.emit()

    def _failed(self, message: str) -> None:
        self.busy.setVisible(False)
        self.status.setText(message)

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.key_edit.text())

    def _save(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            tr("FirstRun", "Зберегти ключ відновлення"),
            "socdesk-recovery-key.txt",
            tr("FirstRun", "Текстові файли (*.txt)"),
        )
        if name:
            self.save_to(name)

    def save_to(self, path: str) -> None:
        from socdesk.store.files import atomic_write

        atomic_write(Path(path), self.sheet_text().encode("utf-8"))

    def sheet_text(self) -> str:
        return (
            tr(
                "FirstRun",
                "SocDesk — ключ відновлення сховища\nГромада: %1\nКлюч: %2\n\n"
                "Зберігайте окремо від комп’ютера. З ним можна відкрити дані, "
                "якщо всі паролі буде забуто.\n",
            )
            .replace("%1", self._wizard.community_page.name_edit.text())
            .replace("%2", self.key_edit.text())
        )

    def _print(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter()
        if QPrintDialog(printer, self).exec():
            document = QTextDocument(self)
            document.setPlainText(self.sheet_text())
            document.print_(printer)

    def isComplete(self) -> bool:
        return bool(self.key_edit.text()) and self.confirm_check.isChecked()


class FirstRunWizard(QWizard):
    """Plain `socdesk` on an empty data folder. `store()` is the new, open store after accept."""

    def __init__(
        self,
        paths: AppPaths,
        creator: Creator = create_store,
        runner: TaskRunner | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._paths = paths
        self._creator = creator
        self._runner = runner or TaskRunner(parent=self)
        self._store: Store | None = None
        self.setWindowTitle(tr("FirstRun", "SocDesk — перше налаштування"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.community_page = CommunityPage(self)
        self.districts_page = DistrictsPage(self.community_page, self)
        self.centre_page = CentrePage(self)
        self.user_page = UserPage(self)
        self.recovery_page = RecoveryPage(self)
        for page in (
            self.community_page,
            self.districts_page,
            self.centre_page,
            self.user_page,
            self.recovery_page,
        ):
            self.addPage(page)
        self.resize(760, 560)

    def store(self) -> Store | None:
        return self._store

    def login(self) -> str:
        return self.user_page.login_edit.text().strip()

    def setup(self) -> WorkplaceSetup:
        from socdesk.store.territory import DistrictSetup, WorkplaceSetup

        centre = self.centre_page
        return WorkplaceSetup(
            community=self.community_page.community(),
            community_name=self.community_page.name_edit.text().strip(),
            districts=tuple(
                DistrictSetup(name, places)
                for name, places in self.districts_page.districts_setup()
            ),
            workplace_name=centre.workplace_edit.text().strip(),
            centre_name=centre.centre_edit.text().strip(),
            centre_address=centre.address_edit.text().strip(),
            centre_edrpou=centre.edrpou_edit.text().strip(),
            case_prefix=centre.prefix_edit.text().strip(),
            extra_settlements=self.districts_page.extra_places(),
        )

    def start_creation(self, created: Callable[[str], None], failed: Callable[[str], None]) -> None:
        """Creates the store off the GUI thread (Argon2id, migrations, reference data)."""
        user, setup = self.user_page.user(), self.setup()

        def done(result: tuple[Store, str]) -> None:
            self._store, recovery = result
            created(recovery)

        def error(exc: BaseException) -> None:
            if not isinstance(exc, SocDeskError):
                sys.excepthook(type(exc), exc, exc.__traceback__)  # logged, crash dialog
            failed(
                tr("FirstRun", "Не вдалося створити сховище: %1").replace("%1", domain_tr(str(exc)))
                if isinstance(exc, SocDeskError)
                else tr(
                    "FirstRun",
                    "Не вдалося створити сховище через внутрішню помилку. Закрийте вікно і "
                    "запустіть SocDesk знову; подробиці — у журналі.",
                )
            )

        self._runner.run(lambda: self._creator(self._paths, user, setup), done, error)

    def done(self, result: int) -> None:
        self._runner.shutdown()  # closing mid-creation: the store is finished, not handed back
        super().done(result)

    def reject(self) -> None:
        if self._store is not None:
            return  # the store exists: the user must confirm the recovery key first
        super().reject()
