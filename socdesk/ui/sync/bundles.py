"""USB bundles on the desktop (пакети для флешки): «Експорт для центру…» and «Імпорт від
центру…» at a workplace; at a centre kept on a desktop, «Експорт для робочих місць…» (one
bundle per chosen workplace) and «Імпорт пакетів…» (several at once).

Removable drives are offered first (`removable_drives`, `QStorageInfo`); any folder can be
chosen. The work runs off the GUI thread (`TaskRunner`) with the app's progress dialog and its
Cancel; the core writes atomically, reads the file back and verifies it, and a full or pulled
stick is its `WriteFailed`, shown in Ukrainian, with the earlier bundles untouched. An import
shows a preview first (sender, date, counts by kind, already imported, a bundle missing before
it) and imports on confirmation; a cancelled bundle changes nothing. After an export the
hand-over receipt (`ReceiptDialog`) prints or saves as PDF.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol, TypeAlias

from PySide6.QtCore import QStorageInfo, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from socdesk.domain.errors import Cancelled, SocDeskError
from socdesk.domain.progress import Progress
from socdesk.sync.bundle import EXTENSION, BadBundle
from socdesk.sync.bundle_remote import RemoteTaken
from socdesk.sync.bundle_view import Health, Preview, bundle_files
from socdesk.sync.bundles import Exported, Imported
from socdesk.ui.i18n import noop, tr, tr_n
from socdesk.ui.messages import domain_tr
from socdesk.ui.ops import ProgressDialog, TaskRunner, default_failure
from socdesk.ui.screen import fit_resize
from socdesk.ui.sync.names import table_label
from socdesk.ui.sync.receipt import ReceiptDialog
from socdesk.ui.widgets import RowsModel, error_label, rows_table

CONTEXT = "Bundles"
ROOTS = ("/media/", "/run/media/", "/mnt/", "/Volumes/")  # where removable drives are mounted


@dataclass(frozen=True, slots=True)
class Drive:
    """A place to write to or read from: a removable drive, or a folder the user chose."""

    name: str
    path: Path


def removable_drives() -> list[Drive]:
    """Mounted, ready, writable volumes under the removable drives' mount points."""
    found = []
    for volume in QStorageInfo.mountedVolumes():
        root = volume.rootPath()
        if not (volume.isValid() and volume.isReady()) or volume.isReadOnly():
            continue
        if any(root.startswith(prefix) for prefix in ROOTS):
            found.append(Drive(volume.displayName() or Path(root).name, Path(root)))
    return found


Drives = Callable[[], list[Drive]]
Taken: TypeAlias = Imported | RemoteTaken


class Backend(Protocol):
    """Where bundles come from and go to: this store (`sync.bundle_view.LocalBundles`), or
    the server a coordinator's desktop is connected to (`sync.bundle_remote.ServerCentre`).
    Every method but `centre` runs off the GUI thread."""

    centre: bool  # the centre's side: bundles for and from several workplaces

    def targets(self) -> list[tuple[str, str]]: ...
    def export(self, target: str | None, folder: Path, progress: Progress) -> Exported: ...
    def previews(self, paths: list[Path]) -> list[Preview]: ...
    def take(self, path: Path, progress: Progress) -> Taken: ...
    def names(self) -> dict[str, str]: ...
    def health(self) -> Health: ...


class PlacePicker(QWidget):
    """The removable drives first, then folders chosen with «Інша папка…»."""

    def __init__(self, drives: Drives, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox(self)
        self.combo.setObjectName("place_combo")
        self.combo.setMinimumWidth(420)
        self.other = QPushButton(tr("Bundles", "Інша &папка…"), self)
        self.other.setObjectName("other_folder")
        self.other.clicked.connect(self._choose)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.combo, 1)
        row.addWidget(self.other)
        for drive in drives():
            text = tr("Bundles", "Флешка «%1» (%2)").replace("%1", drive.name)
            self.combo.addItem(text.replace("%2", str(drive.path)), str(drive.path))
        if not self.combo.count():
            self.combo.setPlaceholderText(
                tr("Bundles", "Флешку не знайдено: вставте її або виберіть папку")
            )

    def _choose(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, tr("Bundles", "Виберіть папку"))
        if chosen:
            self.add_folder(Path(chosen))

    def add_folder(self, folder: Path) -> None:
        """Offers `folder` and selects it."""
        index = self.combo.findData(str(folder))
        if index < 0:
            self.combo.addItem(str(folder), str(folder))
            index = self.combo.count() - 1
        self.combo.setCurrentIndex(index)

    def folder(self) -> Path | None:
        data = self.combo.currentData()
        return Path(data) if data else None


class _Work(QDialog):
    """A bundle dialog's common part: the place, the status, running work with progress."""

    progress_type: type[Progress] = Progress  # tests put one here that cancels mid-work
    _made: list[Any]  # what was done before a Cancel

    def __init__(self, backend: Backend, runner: TaskRunner, drives: Drives, parent: Any) -> None:
        super().__init__(parent)
        self.backend, self.runner = backend, runner
        self.centre = backend.centre
        self.picker = PlacePicker(drives, self)
        self.status = QLabel(self)
        self.status.setObjectName("bundle_status")
        self.status.setWordWrap(True)
        self.error = error_label(self)
        self._progress: ProgressDialog | None = None
        self._made = []

    def _start(self, work: Callable[[Progress], Any], done: Callable[[Any], None]) -> None:
        progress = self.progress_type()
        self.error.clear()
        self.status.clear()
        self._progress = ProgressDialog(progress, self.windowTitle(), self)
        self.runner.run(lambda: work(progress), lambda r: self._end(done, r), self._failed)

    def _end(self, done: Callable[[Any], None], result: Any) -> None:
        self._stop_progress()
        done(result)

    def _stop_progress(self) -> None:
        if self._progress is not None:
            self._progress.finish()
            self._progress = None

    def _failed(self, exc: BaseException) -> None:
        self._stop_progress()
        if isinstance(exc, Cancelled):
            self.status.setText(self._cancelled_text())
        elif isinstance(exc, SocDeskError):
            self.error.setText(domain_tr(str(exc)))
        else:
            default_failure(self, exc)

    def _cancelled_text(self) -> str:
        return tr("Bundles", "Скасовано; нічого не змінено.")

    def _close_button(self) -> QPushButton:
        close = QPushButton(tr("Bundles", "Закрити"), self)
        close.setObjectName("close_button")
        close.clicked.connect(self.reject)
        return close


class BundleExportDialog(_Work):
    """A workplace writes its bundle for the centre; a centre, one for each chosen workplace."""

    def __init__(
        self,
        backend: Backend,
        runner: TaskRunner,
        drives: Drives = removable_drives,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(backend, runner, drives, parent)
        self.written: list[Path] = []
        self.receipt: ReceiptDialog | None = None
        self.setWindowTitle(
            tr("Bundles", "Експорт для робочих місць")
            if self.centre
            else tr("Bundles", "Експорт для центру")
        )
        intro = QLabel(
            tr(
                "Bundles",
                "Пакет для кожного вибраного робочого місця: зміни центру після його "
                "останнього пакета і підтвердження отриманого від нього.",
            )
            if self.centre
            else tr(
                "Bundles",
                "Пакет містить усі зміни, які центр ще не підтвердив. Він зашифрований для "
                "центру: на чужому комп’ютері його не прочитати.",
            ),
            self,
        )
        intro.setWordWrap(True)
        self.workplaces = QListWidget(self)
        self.workplaces.setObjectName("workplace_list")
        self.workplaces.setVisible(self.centre)
        if self.centre:
            runner.run(backend.targets, self._show_targets)
        self.write_button = QPushButton(tr("Bundles", "&Записати пакет"), self)
        self.write_button.setObjectName("write_button")
        self.write_button.setDefault(True)
        self.write_button.clicked.connect(self.export)
        self.receipt_button = QPushButton(tr("Bundles", "&Акт передавання…"), self)
        self.receipt_button.setObjectName("receipt_button")
        self.receipt_button.setEnabled(False)
        self.receipt_button.clicked.connect(self.show_receipt)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(QLabel(tr("Bundles", "Куди записати:"), self))
        layout.addWidget(self.picker)
        layout.addWidget(self.workplaces, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        if not self.centre:
            layout.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.write_button)
        row.addWidget(self.receipt_button)
        row.addStretch(1)
        row.addWidget(self._close_button())
        layout.addLayout(row)
        fit_resize(self, 720, 460 if self.centre else 300)

    def _show_targets(self, targets: list[tuple[str, str]]) -> None:
        for device, name in targets:
            item = QListWidgetItem(f"{name or device[-8:]} ({device})")
            item.setData(Qt.ItemDataRole.UserRole, device)
            item.setCheckState(Qt.CheckState.Checked)
            self.workplaces.addItem(item)

    def chosen(self) -> list[str]:
        items = (self.workplaces.item(i) for i in range(self.workplaces.count()))
        return [
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        ]

    def export(self) -> None:
        folder = self.picker.folder()
        if folder is None or not folder.is_dir():
            self.error.setText(tr("Bundles", "Вставте флешку або виберіть папку («Інша папка…»)."))
            return
        backend, devices = self.backend, self.chosen()
        if self.centre and not devices:
            self.error.setText(tr("Bundles", "Позначте хоча б одне робоче місце."))
            return
        made: list[Exported] = []
        self._made = made  # what was written before a Cancel

        def work(progress: Progress) -> list[Exported]:
            targets: list[str | None] = list(devices) if self.centre else [None]
            for target in targets:
                progress.check_cancelled()
                progress.start(tr("Bundles", "Записую пакет"))
                made.append(backend.export(target, folder, progress))
            return made

        self._start(work, self._written)

    def _written(self, made: list[Exported]) -> None:
        self.written = [m.path for m in made]
        lines = [
            tr("Bundles", "Записано й перевірено: %1 (змін: %2)")
            .replace("%1", m.path.name)
            .replace("%2", str(m.header["records"]))
            for m in made
        ]
        lines.append(tr("Bundles", "Роздрукуйте акт передавання для паперового обліку."))
        self.status.setText("\n".join(lines))
        self.receipt_button.setEnabled(True)

    def _cancelled_text(self) -> str:
        text = tr(
            "Bundles",
            "Експорт скасовано; пакет, що записувався, не записано. Його зміни увійдуть до "
            "наступного пакета.",
        )
        if self._made:
            self._written(list(self._made))
            text = self.status.text() + "\n" + text
        return text

    def show_receipt(self) -> ReceiptDialog | None:
        """The receipt of the bundles written (the devices' names read off the GUI thread)."""
        self.runner.run(self.backend.names, self._open_receipt)
        return self.receipt

    def _open_receipt(self, names: dict[str, str]) -> None:
        self.receipt = ReceiptDialog(self.written, self, names)
        self.receipt.open()


STATES = {
    "new": noop("Bundles", "новий"),
    "already": noop("Bundles", "уже імпортовано"),
    "gap": noop("Bundles", "новий; бракує попереднього пакета"),
    "other": noop("Bundles", "адресовано іншому комп’ютеру"),
}
COLUMNS = (
    noop("Bundles", "Від кого"),
    noop("Bundles", "Створено"),
    noop("Bundles", "Змін за видами"),
    noop("Bundles", "Стан"),
    noop("Bundles", "Файл"),
)


def counts_text(counts: dict[str, int]) -> str:
    parts = [f"{table_label(table)}: {n}" for table, n in counts.items()]
    return ", ".join(parts) or tr("Bundles", "немає змін")


def state_of(preview: Preview) -> str:
    if preview.header is None:
        return domain_tr(preview.problem)
    if not preview.for_here:
        return tr("Bundles", STATES["other"])
    if preview.already:
        return tr("Bundles", STATES["already"])
    return tr("Bundles", STATES["gap"] if preview.gap else STATES["new"])


def sender_text(preview: Preview) -> str:
    if preview.header is None:
        return "—"
    device = str(preview.header["sender"])
    if not preview.known_sender:
        return tr("Bundles", "невідомий відправник (%1)").replace("%1", device[-8:])
    if not preview.sender_name:
        return device[-8:]
    return f"{preview.sender_name} ({device[-8:]})"


class PreviewModel(RowsModel[Preview]):
    context = CONTEXT
    headers = COLUMNS

    def cell(self, row: Preview, column: int) -> str:
        header = row.header
        if column == 0:
            return sender_text(row)
        if column == 1:
            return _when(header["created_at"]) if header else ""
        if column == 2:
            return counts_text(header["counts"]) if header else ""
        if column == 3:
            return state_of(row)
        return row.path.name


def _when(text: str) -> str:
    from socdesk.ui.sync.screen import _iso

    return _iso(text)


class BundleImportDialog(_Work):
    """The bundles on a stick or in chosen files, previewed; imported on confirmation."""

    def __init__(
        self,
        backend: Backend,
        runner: TaskRunner,
        drives: Drives = removable_drives,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(backend, runner, drives, parent)
        self.results: list[tuple[Path, Taken | BadBundle]] = []
        self.setWindowTitle(
            tr("Bundles", "Імпорт пакетів") if self.centre else tr("Bundles", "Імпорт від центру")
        )
        self.model = PreviewModel(self)
        self.table: QTableView = rows_table(self, self.model, "preview_table")
        self.table.setWordWrap(True)
        files = QPushButton(tr("Bundles", "Вибрати &файли…"), self)
        files.setObjectName("choose_files")
        files.clicked.connect(self._choose_files)
        self.import_button = QPushButton(tr("Bundles", "&Імпортувати"), self)
        self.import_button.setObjectName("import_button")
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.import_chosen)
        self.picker.combo.currentIndexChanged.connect(lambda _i: self.look())
        where = QHBoxLayout()
        where.addWidget(QLabel(tr("Bundles", "Звідки:"), self))
        where.addWidget(self.picker, 1)
        where.addWidget(files)
        layout = QVBoxLayout(self)
        layout.addLayout(where)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        row = QHBoxLayout()
        row.addWidget(self.import_button)
        row.addStretch(1)
        close = self._close_button()
        row.addWidget(close)
        layout.addLayout(row)
        chain = (self.picker.combo, self.picker.other, files, self.table, self.import_button, close)
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)  # as they read: where from, the list, the buttons
        fit_resize(self, 1000, 560)
        self.look()

    def _choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self,
            tr("Bundles", "Виберіть пакети"),
            "",
            tr("Bundles", "Пакети SocDesk (*%1)").replace("%1", EXTENSION),
        )
        if names:
            self.look([Path(n) for n in names])

    def look(self, files: Sequence[Path] | None = None, *, say: bool = True) -> None:
        """Reads the previews of `files`, or of the bundles in the chosen folder."""
        if files is None:
            folder = self.picker.folder()
            if folder is None or not folder.is_dir():
                return
            paths: list[Path] = [folder]
        else:
            paths = list(files)
        backend = self.backend
        show = self._show if say else self._list
        self.runner.run(lambda: backend.previews(bundle_files(paths)), show)

    def _list(self, found: list[Preview]) -> None:
        self.model.set_rows(found)
        self.table.resizeRowsToContents()
        self.import_button.setEnabled(any(p.importable for p in found))

    def _show(self, found: list[Preview]) -> None:
        self._list(found)
        ready = [p for p in found if p.importable]
        if not found:
            text = tr("Bundles", "Тут немає пакетів SocDesk (файлів %1).").replace("%1", EXTENSION)
        else:
            text = tr_n("Bundles", "Готово до імпорту пакетів: %n.", len(ready))
            if any(p.gap for p in ready):
                text += " " + tr(
                    "Bundles",
                    "Бракує попереднього пакета: його зміни прийдуть з наступним пакетом; "
                    "цей можна імпортувати.",
                )
        self.status.setText(text)

    def import_chosen(self) -> None:
        files = [p.path for p in self.model.rows if p.importable]
        backend = self.backend
        done: list[tuple[Path, Taken | BadBundle]] = []
        self._made = done  # what was imported before a Cancel

        def work(progress: Progress) -> list[tuple[Path, Taken | BadBundle]]:
            for path in files:
                progress.check_cancelled()
                progress.start(tr("Bundles", "Імпортую пакет"))
                try:
                    done.append((path, backend.take(path, progress)))
                except BadBundle as exc:
                    done.append((path, exc))
            return done

        self.results = []
        self._start(work, self._imported)

    def _imported(self, done: list[tuple[Path, Taken | BadBundle]]) -> None:
        self.results = done
        self.status.setText("\n".join(result_line(p, r) for p, r in done))
        refused = [r for _, r in done if isinstance(r, BadBundle)]
        if refused:
            self.error.setText(tr("Bundles", "Деякі пакети не імпортовано; причину вказано вище."))
        self.look([p for p, _ in done], say=False)  # each now says «уже імпортовано»

    def _cancelled_text(self) -> str:
        text = tr(
            "Bundles",
            "Імпорт скасовано: пакет, що імпортувався, нічого не змінив; наступні не імпортовано.",
        )
        if self._made:
            self._imported(list(self._made))
            text = self.status.text() + "\n" + text
        return text


def _fill(text: str, *values: object) -> str:
    """`text` with %1, %2… replaced by `values`."""
    for number, value in enumerate(values, 1):
        text = text.replace(f"%{number}", str(value))
    return text


def result_line(path: Path, result: Taken | BadBundle) -> str:
    """What importing one bundle did, in a sentence or a few."""
    name = path.name
    if isinstance(result, BadBundle):
        return _fill(tr("Bundles", "%1: не імпортовано. %2"), name, domain_tr(str(result)))
    if result.duplicate:
        return _fill(tr("Bundles", "%1: цей пакет уже імпортовано; нічого не змінено."), name)
    if isinstance(result, RemoteTaken):
        said = tr("Bundles", "%1: сервер застосував змін: %2; конфліктів: %3.")
        parts = [_fill(said, name, result.applied, result.conflicts)]
        if result.held:
            parts.append(_fill(tr("Bundles", "Затримано або відхилено записів: %1."), result.held))
        return " ".join(parts)
    report = result.report
    said = tr("Bundles", "%1: застосовано змін: %2; конфліктів: %3.")
    parts = [_fill(said, name, report.applied, report.conflicts_here)]
    if result.acknowledged:
        parts.append(_fill(tr("Bundles", "Центр підтвердив наших змін: %1."), result.acknowledged))
    if report.quarantined_here:
        held = tr("Bundles", "Затримано записів: %1 (див. «Стан синхронізації»).")
        parts.append(_fill(held, len(report.quarantined_here)))
    if report.purged:
        moved = tr("Bundles", "Видалено записів людей, переведених до іншого округу: %1.")
        parts.append(_fill(moved, report.purged))
    if result.gap:
        parts.append(
            tr(
                "Bundles",
                "Бракує попереднього пакета центру; його зміни прийдуть з наступним пакетом.",
            )
        )
    return " ".join(parts)
