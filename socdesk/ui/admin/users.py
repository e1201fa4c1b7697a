"""Users of this workplace: the coordinator adds users, sets roles and passwords, disables and
enables them; anyone changes their own password. Argon2id runs off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from socdesk.domain.errors import AuthenticationFailed, SocDeskError
from socdesk.domain.people import Role
from socdesk.store.database import NewUser, Store
from socdesk.store.schema import AppUser
from socdesk.ui.first_run import password_problem
from socdesk.ui.i18n import noop, tr
from socdesk.ui.messages import domain_tr
from socdesk.ui.ops import TaskRunner, default_failure
from socdesk.ui.widgets import RowsModel, error_label, lay_out_form_dialog

ROLE_LABELS = {
    Role.SPECIALIST: noop("Users", "Фахівець із соціальної роботи"),
    Role.CENTRE_STAFF: noop("Users", "Працівник центру"),
    Role.COORDINATOR: noop("Users", "Координатор"),
    Role.HEAD: noop("Users", "Керівник (лише перегляд і звіти)"),
}
_HEADERS = (
    noop("Users", "Ім’я для входу"),
    noop("Users", "Прізвище та ім’я"),
    noop("Users", "Роль"),
    noop("Users", "Стан"),
)


def role_label(role: str) -> str:
    return tr("Users", ROLE_LABELS[Role(role)])


def role_choice(parent: QWidget) -> QComboBox:
    combo = QComboBox(parent)
    for role in Role:
        combo.addItem(tr("Users", ROLE_LABELS[role]), role.value)
    return combo


class UsersModel(RowsModel[AppUser]):
    """The local users (a handful): login, name, role, enabled or not."""

    context = "Users"
    headers = _HEADERS

    def set_users(self, users: list[AppUser]) -> None:
        self.set_rows(users)

    def user(self, row: int) -> AppUser:
        return self.rows[row]

    def cell(self, user: AppUser, column: int) -> str:
        match column:
            case 0:
                return user.login
            case 1:
                return user.display_name
            case 2:
                return role_label(user.role)
            case _:
                return tr("Users", "вимкнено") if user.disabled else tr("Users", "активний")


class PasswordDialog(QDialog):
    """A new password typed twice; with `ask_current`, the present one first (one's own)."""

    def __init__(self, title: str, ask_current: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.current_edit = QLineEdit(self)
        self.current_edit.setObjectName("current_password")
        self.new_edit = QLineEdit(self)
        self.new_edit.setObjectName("new_password")
        self.repeat_edit = QLineEdit(self)
        self.repeat_edit.setObjectName("repeat_password")
        for edit in (self.current_edit, self.new_edit, self.repeat_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.error_label = error_label(self)
        form = QFormLayout()
        if ask_current:
            form.addRow(tr("Users", "Поточний пароль:"), self.current_edit)
        else:
            self.current_edit.hide()
        form.addRow(tr("Users", "Новий пароль:"), self.new_edit)
        form.addRow(tr("Users", "Новий пароль ще раз:"), self.repeat_edit)
        self.buttons = lay_out_form_dialog(self, form, [self.error_label], self._check)

    def _check(self) -> None:
        problem = password_problem("x", self.new_edit.text(), self.repeat_edit.text())
        self.error_label.setText(problem or "")
        if problem is None:
            self.accept()


class NewUserDialog(QDialog):
    """Name, login, role and a first password for a new user."""

    def __init__(self, logins: set[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._logins = logins
        self.setWindowTitle(tr("Users", "Новий користувач"))
        self.display_edit = QLineEdit(self)
        self.login_edit = QLineEdit(self)
        self.role_combo = role_choice(self)
        self.password_edit = QLineEdit(self)
        self.repeat_edit = QLineEdit(self)
        for edit in (self.password_edit, self.repeat_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.error_label = error_label(self)
        form = QFormLayout()
        form.addRow(tr("Users", "Прізвище та ім’я:"), self.display_edit)
        form.addRow(tr("Users", "Ім’я для входу:"), self.login_edit)
        form.addRow(tr("Users", "Роль:"), self.role_combo)
        form.addRow(tr("Users", "Пароль:"), self.password_edit)
        form.addRow(tr("Users", "Пароль ще раз:"), self.repeat_edit)
        self.buttons = lay_out_form_dialog(self, form, [self.error_label], self._check)

    def _check(self) -> None:
        login = self.login_edit.text().strip()
        problem = password_problem(login, self.password_edit.text(), self.repeat_edit.text())
        if not self.display_edit.text().strip():
            problem = tr("Users", "Вкажіть прізвище та ім’я користувача.")
        elif login in self._logins:
            problem = tr("Users", "Користувач «%1» уже є; виберіть інше ім’я для входу.").replace(
                "%1", login
            )
        self.error_label.setText(problem or "")
        if problem is None:
            self.accept()

    def user(self) -> NewUser:
        return NewUser(
            self.login_edit.text().strip(),
            self.password_edit.text(),
            self.display_edit.text().strip(),
            Role(self.role_combo.currentData()),
        )


class UsersDialog(QDialog):
    """The coordinator's list of users with the actions on them."""

    def __init__(self, store: Store, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.runner = store, runner
        self.setWindowTitle(tr("Users", "Користувачі робочого місця"))
        self.model = UsersModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the name takes the rest
        self.add_button = QPushButton(tr("Users", "&Додати…"), self)
        self.role_button = QPushButton(tr("Users", "Змінити &роль…"), self)
        self.password_button = QPushButton(tr("Users", "Задати &пароль…"), self)
        self.toggle_button = QPushButton(tr("Users", "&Вимкнути"), self)
        self.error_label = error_label(self)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.role_button, self.password_button, self.toggle_button):
            buttons.addWidget(button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.error_label)
        layout.addWidget(close)
        self.add_button.clicked.connect(self.add_user)
        self.role_button.clicked.connect(self.change_role)
        self.password_button.clicked.connect(self.set_password)
        self.toggle_button.clicked.connect(self.toggle_disabled)
        self.table.selectionModel().currentRowChanged.connect(self._selection_changed)
        self.resize(760, 380)
        self.reload()

    def reload(self) -> None:
        self.model.set_users(self.store.users())
        if self.model.rowCount():
            self.table.selectRow(0)
        self._selection_changed()

    def selected(self) -> AppUser | None:
        row = self.table.currentIndex().row()
        return self.model.user(row) if row >= 0 else None

    def select_login(self, login: str) -> None:
        for row in range(self.model.rowCount()):
            if self.model.user(row).login == login:
                self.table.selectRow(row)
                return
        raise LookupError(login)

    def _selection_changed(self) -> None:
        user = self.selected()
        for button in (self.role_button, self.password_button, self.toggle_button):
            button.setEnabled(user is not None)
        disabled = user is not None and user.disabled
        self.toggle_button.setText(
            tr("Users", "&Увімкнути…") if disabled else tr("Users", "&Вимкнути")
        )
        self.password_button.setEnabled(user is not None and not user.disabled)

    def _run(self, work: Callable[[], object], done_text: str) -> None:
        self.setEnabled(False)

        def finished(_result: object) -> None:
            self.setEnabled(True)
            self.error_label.setText("")
            self.reload()
            self.error_label.setStyleSheet("")
            self.error_label.setText(done_text)

        def failed(exc: BaseException) -> None:
            self.setEnabled(True)
            if isinstance(exc, SocDeskError):
                self.error_label.setText(domain_tr(str(exc)))
            else:
                default_failure(self, exc)

        self.runner.run(work, finished, failed)

    def add_user(self) -> NewUserDialog:
        dialog = NewUserDialog(
            {self.model.user(r).login for r in range(self.model.rowCount())}, self
        )
        dialog.accepted.connect(
            lambda: self._run(
                lambda: self.store.add_user(dialog.user()), tr("Users", "Користувача додано.")
            )
        )
        dialog.open()
        return dialog

    def change_role(self) -> QComboBox | None:
        user = self.selected()
        if user is None:
            return None
        dialog = QDialog(self)
        dialog.setWindowTitle(tr("Users", "Роль користувача %1").replace("%1", user.login))
        combo = role_choice(dialog)
        combo.setCurrentIndex(list(Role).index(Role(user.role)))
        form = QFormLayout()
        form.addRow(tr("Users", "Роль:"), combo)
        lay_out_form_dialog(dialog, form, [], dialog.accept)
        dialog.accepted.connect(
            lambda: self._run(
                lambda: self.store.set_role(user.login, Role(combo.currentData())),
                tr("Users", "Роль змінено."),
            )
        )
        dialog.open()
        return combo

    def set_password(self) -> PasswordDialog | None:
        user = self.selected()
        if user is None:
            return None
        dialog = PasswordDialog(
            tr("Users", "Новий пароль для %1").replace("%1", user.login), False, self
        )
        dialog.accepted.connect(
            lambda: self._run(
                lambda: self.store.change_password(user.login, dialog.new_edit.text()),
                tr("Users", "Пароль змінено; повідомте його користувачу особисто."),
            )
        )
        dialog.open()
        return dialog

    def toggle_disabled(self) -> PasswordDialog | None:
        user = self.selected()
        if user is None:
            return None
        if not user.disabled:
            answer = QMessageBox.question(
                self,
                tr("Users", "Вимкнути користувача"),
                tr(
                    "Users",
                    "Вимкнути користувача %1? Він більше не зможе увійти; його записи залишаться.",
                ).replace("%1", user.login),
            )
            if answer == QMessageBox.StandardButton.Yes:
                self._run(
                    lambda: self.store.disable_user(user.login),
                    tr("Users", "Користувача вимкнено."),
                )
            return None
        dialog = PasswordDialog(
            tr("Users", "Увімкнути %1 з новим паролем").replace("%1", user.login), False, self
        )
        dialog.accepted.connect(
            lambda: self._run(
                lambda: self.store.enable_user(user.login, dialog.new_edit.text()),
                tr("Users", "Користувача увімкнено з новим паролем."),
            )
        )
        dialog.open()
        return dialog


def change_own_password(store: Store, runner: TaskRunner, parent: QWidget) -> PasswordDialog:
    """File → Change password: the present password, then the new one twice."""
    dialog = PasswordDialog(tr("Users", "Зміна пароля"), True, parent)

    def work() -> None:
        store.verify_password(dialog.current_edit.text())
        login = next(u.login for u in store.users() if u.id == store.user_id)
        store.change_password(login, dialog.new_edit.text())

    def failed(exc: BaseException) -> None:
        if isinstance(exc, AuthenticationFailed):
            QMessageBox.warning(parent, "SocDesk", tr("Users", "Поточний пароль неправильний."))
        else:
            default_failure(parent, exc)

    def done(_result: object) -> None:
        QMessageBox.information(parent, "SocDesk", tr("Users", "Пароль змінено."))

    dialog.accepted.connect(lambda: runner.run(work, done, failed))
    dialog.open()
    return dialog
