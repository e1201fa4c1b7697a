"""Import of recipients from a spreadsheet, in the app: the column mapping (which the person
can correct, and which is remembered), the per-row report, then the import after a confirm.

Reading and checking run off the GUI thread (`TaskRunner`); the import is one unit of work.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from socdesk.domain.changes import Changes
from socdesk.domain.errors import SocDeskError
from socdesk.reports.registry_import import (
    FIELD_LABELS,
    SKIP,
    ImportPlan,
    RowIssue,
    apply_import,
    header_key,
    plan_import,
    write_rejected,
)
from socdesk.store.database import Store
from socdesk.store.territory import served_districts
from socdesk.store.ui_state import get_ui_state, put_ui_state
from socdesk.ui.changes import Writer, own_writer
from socdesk.ui.i18n import noop, tr
from socdesk.ui.messages import domain_tr
from socdesk.ui.ops import TaskRunner, default_failure
from socdesk.ui.widgets import RowsModel, error_label

MAPPING_KEY = "import.mapping"
FIELD_TEXT = {  # the fields of `registry_import.FIELD_LABELS`, as the interface names them
    "full_name": noop("ImportDialog", "ПІБ в одному стовпці"),
    "surname": noop("ImportDialog", "Прізвище"),
    "given_name": noop("ImportDialog", "Ім’я"),
    "patronymic": noop("ImportDialog", "По батькові"),
    "birth_date": noop("ImportDialog", "Дата народження"),
    "sex": noop("ImportDialog", "Стать"),
    "rnokpp": noop("ImportDialog", "РНОКПП"),
    "rnokpp_status": noop("ImportDialog", "Стан РНОКПП"),
    "document_type": noop("ImportDialog", "Вид документа"),
    "document_number": noop("ImportDialog", "Документ (серія і номер)"),
    "unzr": noop("ImportDialog", "УНЗР"),
    "phone": noop("ImportDialog", "Телефон"),
    "settlement": noop("ImportDialog", "Населений пункт"),
    "registered_address": noop("ImportDialog", "Адреса реєстрації"),
    "actual_address": noop("ImportDialog", "Фактична адреса"),
    "categories": noop("ImportDialog", "Категорії"),
    "notes": noop("ImportDialog", "Примітка"),
}
_ISSUE_HEADERS = (
    noop("ImportDialog", "Рядок"),
    noop("ImportDialog", "Стовпець"),
    noop("ImportDialog", "Причина"),
)


def remembered_mapping(store: Store) -> dict[str, str]:
    """header key -> field, as the person last corrected it."""
    with store.read() as conn:
        text = get_ui_state(conn, store.user_id, MAPPING_KEY)
    try:
        data = json.loads(text) if text else {}
    except ValueError:
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


class IssuesModel(RowsModel[RowIssue]):
    """The rows that will not be imported, and why."""

    context = "ImportDialog"
    headers = _ISSUE_HEADERS

    def set_issues(self, issues: list[RowIssue]) -> None:
        self.set_rows(issues)

    def cell(self, issue: RowIssue, column: int) -> str:
        return (str(issue.row), issue.column, issue.reason)[column]


class ImportDialog(QDialog):
    """One file: check, correct the mapping, import the valid rows after confirming."""

    imported = Signal(int)

    def __init__(
        self,
        store: Store,
        runner: TaskRunner,
        path: Path,
        parent: QWidget | None = None,
        writer: Writer | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.runner, self.path = store, runner, path
        self.writer = writer or own_writer(store, self)
        self.plan: ImportPlan | None = None
        self._mapping = remembered_mapping(store)
        self.setWindowTitle(tr("ImportDialog", "Імпорт отримувачів: %1").replace("%1", path.name))
        self.columns_box = QGroupBox(tr("ImportDialog", "Стовпці файлу"), self)
        self.columns_form = QFormLayout(self.columns_box)
        self.combos: dict[str, QComboBox] = {}
        self.issues = IssuesModel(self)
        self.issues_view = QTableView(self)
        self.issues_view.setModel(self.issues)
        self.issues_view.verticalHeader().setVisible(False)
        self.issues_view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.summary = QLabel(tr("ImportDialog", "Читаю файл…"), self)
        self.summary.setWordWrap(True)
        self.error_label = error_label(self)
        # Asked only when some people's district cannot come from a settlement and the
        # workplace serves more than one (their rows reach the devices of that district).
        self.district_label = QLabel(
            tr(
                "ImportDialog",
                "Старостинський округ для нових населених пунктів і осіб, яких не віднести до "
                "округу за населеним пунктом:",
            ),
            self,
        )
        self.district_label.setWordWrap(True)
        self.district_combo = QComboBox(self)
        self.district_combo.setObjectName("district")
        self.district_label.setBuddy(self.district_combo)
        self.district_combo.currentIndexChanged.connect(self._enable_import)
        self.district_label.setVisible(False)
        self.district_combo.setVisible(False)
        self.import_button = QPushButton(tr("ImportDialog", "&Імпортувати"), self)
        self.import_button.setEnabled(False)
        self.rejected_button = QPushButton(tr("ImportDialog", "Зберегти &відхилені…"), self)
        self.rejected_button.setEnabled(False)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.rejected_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        self.import_button.clicked.connect(self.confirm_import)
        self.rejected_button.clicked.connect(self._save_rejected)
        layout = QVBoxLayout(self)
        layout.addWidget(self.columns_box)
        layout.addWidget(QLabel(tr("ImportDialog", "Рядки, які не буде імпортовано:"), self))
        layout.addWidget(self.issues_view, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.district_label)
        layout.addWidget(self.district_combo)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.resize(900, 620)
        self.check()

    # ------------------------------------------------------------------ checking
    def check(self) -> None:
        self._busy(True)
        today = dt.date.today()
        self.runner.run(
            lambda: plan_import(self.store, self.path, self._mapping_by_header(), today),
            self._checked,
            self._failed,
        )

    def _mapping_by_header(self) -> dict[str, str]:
        return dict(self._mapping)  # header keys work as headers: plan_import folds both

    def _checked(self, plan: ImportPlan) -> None:
        self.plan = plan
        self._busy(False)
        self._show_columns(plan)
        self.issues.set_issues(plan.issues)
        rows, valid, rejected = len(plan.sheet.rows), len(plan.people), len(plan.rejected_rows)
        text = tr(
            "ImportDialog",
            "Рядків у файлі: %1. Можна імпортувати: %2. Відхилено або затримано: %3.",
        )
        text = text.replace("%1", str(rows)).replace("%2", str(valid)).replace("%3", str(rejected))
        if plan.new_settlements:
            text += " " + tr("ImportDialog", "Буде додано населені пункти: %1.").replace(
                "%1", ", ".join(plan.new_settlements)
            )
        self.summary.setText(text)
        self.import_button.setText(
            tr("ImportDialog", "&Імпортувати (%1)").replace("%1", str(valid))
        )
        self._ask_district(plan)
        self._enable_import()
        self.rejected_button.setEnabled(bool(plan.issues))

    def _ask_district(self, plan: ImportPlan) -> None:
        with self.store.read() as conn:
            served = served_districts(conn) if plan.unplaced else []
        asked = len(served) > 1
        self.district_label.setVisible(asked)
        self.district_combo.setVisible(asked)
        if asked and self.district_combo.count() != len(served) + 1:
            self.district_combo.blockSignals(True)
            self.district_combo.clear()
            self.district_combo.addItem(tr("ImportDialog", "— виберіть округ —"), None)
            for district_id, name in served:
                self.district_combo.addItem(name, district_id)
            self.district_combo.blockSignals(False)

    def chosen_district(self) -> str | None:
        """The district the person chose for the unplaced rows (None when not asked)."""
        if not self.district_combo.isVisibleTo(self):
            return None
        data = self.district_combo.currentData()
        return None if data is None else str(data)

    def _enable_import(self) -> None:
        plan = self.plan
        ready = plan is not None and bool(plan.people)
        if self.district_combo.isVisibleTo(self) and self.chosen_district() is None:
            ready = False
        self.import_button.setEnabled(ready)

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        if isinstance(exc, SocDeskError):
            self.error_label.setText(domain_tr(str(exc)))
            self.summary.setText(
                tr("ImportDialog", "Виберіть поле для стовпців з іменем і перевірте ще раз.")
            )
            if not self.combos:
                self._show_headers_only()
            return
        default_failure(self, exc)

    def _busy(self, busy: bool) -> None:
        self.columns_box.setEnabled(not busy)
        self.import_button.setEnabled(False)
        if busy:
            self.error_label.setText("")

    def _show_headers_only(self) -> None:
        from socdesk.reports.sheets import read_sheet

        try:
            headers = read_sheet(self.path).headers
        except SocDeskError:
            return
        self._build_combos(headers, {})

    def _show_columns(self, plan: ImportPlan) -> None:
        by_header = {plan.sheet.headers[i]: f for i, f in plan.columns.items()}
        if set(self.combos) == {h for h in plan.sheet.headers if h}:
            # The same file checked again after a correction: update the choices in place.
            # Rebuilding would delete the combo box whose signal started this check (a crash).
            for header, combo in self.combos.items():
                combo.blockSignals(True)
                combo.setCurrentIndex(max(0, combo.findData(by_header.get(header, SKIP))))
                combo.blockSignals(False)
            return
        self._build_combos(plan.sheet.headers, by_header)

    def _build_combos(self, headers: list[str], chosen: dict[str, str]) -> None:
        while self.columns_form.rowCount():
            self.columns_form.removeRow(0)
        self.combos = {}
        for header in headers:
            if not header:
                continue
            combo = QComboBox(self.columns_box)
            combo.addItem(tr("ImportDialog", "— не імпортувати —"), SKIP)
            for name in FIELD_LABELS:
                combo.addItem(tr("ImportDialog", FIELD_TEXT[name]), name)
            combo.setCurrentIndex(max(0, combo.findData(chosen.get(header, SKIP))))
            combo.currentIndexChanged.connect(
                lambda _i, h=header, c=combo: self.set_field(h, str(c.currentData()))
            )
            self.columns_form.addRow(header, combo)
            self.combos[header] = combo

    def set_field(self, header: str, field_name: str) -> None:
        """The person corrects a column's field: remembered, and the file checked again."""
        self._mapping[header_key(header)] = field_name
        mapping = json.dumps(self._mapping, ensure_ascii=False)
        self.writer.write(lambda uow: put_ui_state(uow, MAPPING_KEY, mapping))
        self.check()

    # ------------------------------------------------------------------ importing
    def confirm_import(self) -> None:
        plan = self.plan
        if plan is None or not plan.people:
            return
        question = tr(
            "ImportDialog",
            "Осіб до імпорту: %1. Імпортувати їх? Відхилені та затримані рядки не буде записано.",
        ).replace("%1", str(len(plan.people)))
        answer = QMessageBox.question(self, self.windowTitle(), question)
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._busy(True)
        today, district = dt.date.today(), self.chosen_district()
        self.runner.run(
            lambda: apply_import(self.store, plan, today, district), self._done, self._failed
        )

    def _done(self, count: int) -> None:
        # Announced like every write: the registry, open cards and lists reload from the bus.
        self.writer.bus.emit(Changes.of("recipients", "reference"))
        self.imported.emit(count)
        self.accept()

    def _save_rejected(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            tr("ImportDialog", "Зберегти відхилені рядки"),
            str(self.path.with_name(self.path.stem + "-виправити.csv")),
            tr("ImportDialog", "Таблиці CSV (*.csv)"),
        )
        if name and self.plan is not None:
            write_rejected(self.plan, Path(name))


def choose_and_import(
    store: Store, runner: TaskRunner, parent: QWidget, writer: Writer | None = None
) -> ImportDialog | None:
    """File → Import: choose a spreadsheet, then the dialog."""
    name, _ = QFileDialog.getOpenFileName(
        parent,
        tr("ImportDialog", "Імпорт отримувачів"),
        "",
        tr("ImportDialog", "Таблиці (*.xlsx *.csv);;Усі файли (*)"),
    )
    if not name:
        return None
    dialog = ImportDialog(store, runner, Path(name), parent, writer)
    dialog.open()
    return dialog
