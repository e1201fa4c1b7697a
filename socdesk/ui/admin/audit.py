"""The coordinator's audit log browser: who did what, when, to which record; filtered by user,
action and period, newest first, loaded a page at a time as the list scrolls. A button checks
the hash chain (a changed or deleted entry breaks it)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QModelIndex
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from socdesk.store.audit import (
    PAGE,
    AuditFilter,
    AuditRow,
    audit_actions,
    audit_page,
    local_days,
)
from socdesk.store.check import verify_audit_chain
from socdesk.store.database import SYSTEM_USER, Store
from socdesk.store.people import person_rows
from socdesk.ui.i18n import noop, tr
from socdesk.ui.widgets import ERROR_COLOUR, Index, RowsModel

# A label for every action the code writes (tests/ui/admin/test_audit_labels.py reads the source
# and fails on one without).
ACTION_TEXT = {
    "insert": noop("AuditBrowser", "створення запису"),
    "update": noop("AuditBrowser", "зміна запису"),
    "open": noop("AuditBrowser", "перегляд картки"),
    "export": noop("AuditBrowser", "експорт"),
    "import": noop("AuditBrowser", "імпорт"),
    "print": noop("AuditBrowser", "друк"),
    "user.add": noop("AuditBrowser", "додано користувача"),
    "user.password": noop("AuditBrowser", "змінено пароль"),
    "user.disable": noop("AuditBrowser", "вимкнено користувача"),
    "user.enable": noop("AuditBrowser", "увімкнено користувача"),
    "user.role": noop("AuditBrowser", "змінено роль"),
    "sensitive.break_glass": noop("AuditBrowser", "доступ до чутливих даних з обґрунтуванням"),
    "reference": noop("AuditBrowser", "оновлення довідкових даних"),
    "remote.insert": noop("AuditBrowser", "створення запису на іншому робочому місці"),
    "remote.update": noop("AuditBrowser", "зміна запису на іншому робочому місці"),
    "remote.withheld": noop(
        "AuditBrowser", "зміну з іншого робочого місця не застосовано: дані знищено"
    ),
    "conflict.resolve": noop("AuditBrowser", "розв’язано конфлікт синхронізації"),
    "sync.role": noop("AuditBrowser", "змінено роль у синхронізації"),
    "sync.purge": noop("AuditBrowser", "дані особи прибрано з робочого місця"),
    "device.new": noop("AuditBrowser", "новий ідентифікатор пристрою"),
    "server.connect": noop("AuditBrowser", "підключено до сервера"),
    "server.disconnect": noop("AuditBrowser", "відключено від сервера"),
    "server.token": noop("AuditBrowser", "оновлено токен пристрою"),
    "server.end_session": noop("AuditBrowser", "завершено сеанс цього пристрою на сервері"),
    "bundle.exported": noop("AuditBrowser", "записано пакет обміну"),
    "bundle.imported": noop("AuditBrowser", "прийнято пакет обміну"),
    "bundle.rejected": noop("AuditBrowser", "відхилено пакет обміну"),
    "bundle.key_made": noop("AuditBrowser", "створено ключ пакетів"),
    "bundle.key_trusted": noop("AuditBrowser", "довірено ключ пакетів"),
    "bundle.key_revoked": noop("AuditBrowser", "відкликано ключ пакетів"),
    "backup.settings": noop("AuditBrowser", "змінено налаштування резервних копій"),
    "subject.export": noop("AuditBrowser", "видано всі дані про особу"),
    "erasure.retention": noop("AuditBrowser", "знеособлення після строку зберігання"),
    "erasure.rectify": noop("AuditBrowser", "виправлення даних особи"),
    "erasure.unlawful": noop("AuditBrowser", "знищення незаконно оброблюваних даних"),
}
TABLE_TEXT = {
    "person": noop("AuditBrowser", "картка особи"),
    "household": noop("AuditBrowser", "домогосподарство"),
    "household_membership": noop("AuditBrowser", "член домогосподарства"),
    "consent": noop("AuditBrowser", "згода"),
    "app_user": noop("AuditBrowser", "користувач"),
    "community": noop("AuditBrowser", "громада"),
    "starosta_district": noop("AuditBrowser", "старостинський округ"),
    "settlement": noop("AuditBrowser", "населений пункт"),
    "workplace": noop("AuditBrowser", "робоче місце"),
    "worker": noop("AuditBrowser", "працівник"),
    "sensitive_access": noop("AuditBrowser", "доступ до чутливих даних"),
    "meta": noop("AuditBrowser", "налаштування сховища"),
    "report": noop("AuditBrowser", "звіт"),
    "sync_bundle": noop("AuditBrowser", "пакет обміну"),
    "sync_device_key": noop("AuditBrowser", "ключ пакетів"),
    "sync_peer_key": noop("AuditBrowser", "ключ пакетів"),
}
_HEADERS = (
    noop("AuditBrowser", "Коли"),
    noop("AuditBrowser", "Хто"),
    noop("AuditBrowser", "Дія"),
    noop("AuditBrowser", "Що"),
    noop("AuditBrowser", "Запис"),
    noop("AuditBrowser", "Подробиці"),
)


def action_text(action: str) -> str:
    return tr("AuditBrowser", ACTION_TEXT[action]) if action in ACTION_TEXT else action


def table_text(name: str) -> str:
    return tr("AuditBrowser", TABLE_TEXT[name]) if name in TABLE_TEXT else name


class AuditModel(RowsModel[AuditRow]):
    """Audit entries, newest first; `fetchMore` reads the next page by id."""

    context = "AuditBrowser"
    headers = _HEADERS

    def __init__(self, store: Store, users: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store, self._users = store, users
        self._names: dict[str, str] = {}  # person id -> full name, for the "Запис" column
        self._filter = AuditFilter()
        self._done = False

    def _name_people(self, rows: list[AuditRow]) -> None:
        wanted = [r.row_id for r in rows if r.table_name == "person" and r.row_id]
        wanted = [i for i in dict.fromkeys(wanted) if i not in self._names]
        with self._store.read() as conn:
            for person in person_rows(conn, wanted):
                self._names[person.id] = person.full_name

    def set_filter(self, where: AuditFilter) -> None:
        self._filter = where
        with self._store.read() as conn:
            rows = audit_page(conn, where)
        self._name_people(rows)
        self._done = len(rows) < PAGE
        self.set_rows(rows)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008 - Qt's signature
        return not parent.isValid() and not self._done

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._done or not self.rows:
            return
        with self._store.read() as conn:
            more = audit_page(conn, self._filter, before_id=self.rows[-1].id)
        self._done = len(more) < PAGE
        self._name_people(more)
        self.append_rows(more)

    def cell(self, row: AuditRow, column: int) -> str:
        match column:
            case 0:
                return row.at.astimezone().strftime("%d.%m.%Y %H:%M:%S")
            case 1:
                return self._users.get(row.user_id, row.user_id[:8])
            case 2:
                return action_text(row.action)
            case 3:
                return table_text(row.table_name)
            case 4:
                return self._names.get(row.row_id, row.row_id)
            case _:
                return row.detail


class AuditBrowser(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.setWindowTitle(tr("AuditBrowser", "Журнал дій"))
        users = {u.id: u.display_name for u in store.users()}
        users[SYSTEM_USER] = tr("AuditBrowser", "ключ відновлення")
        self.model = AuditModel(store, users, self)
        self.user_combo = QComboBox(self)
        self.user_combo.addItem(tr("AuditBrowser", "Усі користувачі"), None)
        for user_id, name in sorted(users.items(), key=lambda u: u[1]):
            self.user_combo.addItem(name, user_id)
        self.action_combo = QComboBox(self)
        self.action_combo.addItem(tr("AuditBrowser", "Усі дії"), None)
        with store.read() as conn:
            for action in audit_actions(conn):
                self.action_combo.addItem(action_text(action), action)
        today = QDate.currentDate()
        self.since_edit = QDateEdit(today.addMonths(-1), self)
        self.until_edit = QDateEdit(today, self)
        for edit in (self.since_edit, self.until_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
        self.table = QTableView(self)
        self.table.setObjectName("audit_table")
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.chain_label = QLabel(self)
        self.chain_label.setObjectName("chain_label")
        self.check_button = QPushButton(tr("AuditBrowser", "Перевірити цілісність журналу"), self)
        self.check_button.clicked.connect(self.check_chain)
        filters = QHBoxLayout()
        filters.addWidget(self.user_combo)
        filters.addWidget(self.action_combo)
        filters.addWidget(QLabel(tr("AuditBrowser", "з"), self))
        filters.addWidget(self.since_edit)
        filters.addWidget(QLabel(tr("AuditBrowser", "по"), self))
        filters.addWidget(self.until_edit)
        filters.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.check_button)
        bottom.addWidget(self.chain_label, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table)
        layout.addLayout(bottom)
        for combo in (self.user_combo, self.action_combo):
            combo.currentIndexChanged.connect(self.apply)
        for edit in (self.since_edit, self.until_edit):
            edit.dateChanged.connect(self.apply)
        self.resize(1100, 620)
        self.apply()
        widths = (140, 200, 150, 150, 300)
        for column, width in enumerate(widths):
            self.table.setColumnWidth(column, width)

    def current_filter(self) -> AuditFilter:
        since, until = local_days(_date(self.since_edit.date()), _date(self.until_edit.date()))
        return AuditFilter(
            self.user_combo.currentData(), self.action_combo.currentData(), since, until
        )

    def apply(self) -> None:
        self.model.set_filter(self.current_filter())

    def check_chain(self) -> bool:
        seal = self._store.audit_seal()
        with self._store.read() as conn:
            intact = verify_audit_chain(conn, seal)
        if intact:
            self.chain_label.setStyleSheet("")
            self.chain_label.setText(tr("AuditBrowser", "Журнал цілісний: записи не змінено."))
        else:
            self.chain_label.setStyleSheet(f"color: {ERROR_COLOUR}; font-weight: bold")
            self.chain_label.setText(
                tr(
                    "AuditBrowser",
                    "Журнал пошкоджено або змінено поза SocDesk: повідомте керівника.",
                )
            )
        return intact


def _date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())
