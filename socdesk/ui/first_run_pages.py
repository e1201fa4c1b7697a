"""The first-run wizard's territory pages: the community, its starosta districts and
settlements, and the centre's details (first_run.py holds the user, the recovery key and the
wizard that joins them)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from socdesk.ui.i18n import tr
from socdesk.ui.widgets import error_label

if TYPE_CHECKING:
    from socdesk.store.territory import CommunityRecord, PlaceRecord

SEARCH_DEBOUNCE_MS = 200


class CommunityPage(QWizardPage):
    """The community: found in the codifier by name or КАТОТТГ code, or typed by hand."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(tr("FirstRun", "Громада"))
        self.setSubTitle(
            tr(
                "FirstRun",
                "Знайдіть свою територіальну громаду за назвою або кодом КАТОТТГ. Якщо її немає "
                "в кодифікаторі, введіть назву вручну.",
            )
        )
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("community_search")
        self.search_edit.setPlaceholderText(tr("FirstRun", "Назва громади або код UA…"))
        self.results = QListWidget(self)
        self.results.setObjectName("community_results")
        self.manual_check = QCheckBox(tr("FirstRun", "Моєї громади немає в кодифікаторі"), self)
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("community_name")
        self.name_edit.setPlaceholderText(tr("FirstRun", "Ізюмська міська територіальна громада"))
        self._found: list[CommunityRecord] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._timer.timeout.connect(self.refresh)
        self.search_edit.textChanged.connect(self._timer.start)
        self.results.currentRowChanged.connect(self._chosen)
        self.manual_check.toggled.connect(self._manual_toggled)
        self.name_edit.textChanged.connect(self.completeChanged)
        form = QFormLayout()
        form.addRow(tr("FirstRun", "Пошук:"), self.search_edit)
        form.addRow(self.results)
        form.addRow(self.manual_check)
        form.addRow(tr("FirstRun", "Назва для документів:"), self.name_edit)
        self.setLayout(form)

    def initializePage(self) -> None:
        self.refresh()
        self.search_edit.setFocus()

    def refresh(self) -> None:
        from socdesk.store.territory import find_communities

        self._found = find_communities(self.search_edit.text())
        self.results.clear()
        for community in self._found:
            self.results.addItem(community.label)
        if len(self._found) == 1:
            self.results.setCurrentRow(0)

    def _chosen(self, row: int) -> None:
        if 0 <= row < len(self._found) and not self.manual_check.isChecked():
            full_name = tr("FirstRun", "%1 територіальна громада")
            self.name_edit.setText(full_name.replace("%1", self._found[row].name))
        self.completeChanged.emit()

    def _manual_toggled(self, manual: bool) -> None:
        self.search_edit.setEnabled(not manual)
        self.results.setEnabled(not manual)
        if manual:
            self.name_edit.clear()
            self.name_edit.setFocus()
        self.completeChanged.emit()

    def community(self) -> CommunityRecord:
        from socdesk.store.territory import CommunityRecord

        row = self.results.currentRow()
        if self.manual_check.isChecked() or not 0 <= row < len(self._found):
            return CommunityRecord("", self.name_edit.text().strip())
        return self._found[row]

    def isComplete(self) -> bool:
        chosen = self.manual_check.isChecked() or self.results.currentRow() >= 0
        return chosen and bool(self.name_edit.text().strip())


class DistrictsPage(QWizardPage):
    """The starosta districts this workplace serves and the settlements in each."""

    def __init__(self, community_page: CommunityPage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._community_page = community_page
        self.setTitle(tr("FirstRun", "Старостинські округи"))
        self.setSubTitle(
            tr(
                "FirstRun",
                "Додайте округи, які обслуговує це робоче місце, і позначте населені пункти "
                "кожного округу.",
            )
        )
        self.district_edit = QLineEdit(self)
        self.district_edit.setObjectName("district_name")
        self.district_edit.setPlaceholderText(tr("FirstRun", "Назва округу, напр. Бабенківський"))
        self.add_district_button = QPushButton(tr("FirstRun", "Додати округ"), self)
        self.remove_district_button = QPushButton(tr("FirstRun", "Вилучити округ"), self)
        self.districts = QListWidget(self)
        self.districts.setObjectName("districts")
        self.settlements = QListWidget(self)
        self.settlements.setObjectName("settlements")
        self.place_edit = QLineEdit(self)
        self.place_edit.setObjectName("place_name")
        self.place_edit.setPlaceholderText(tr("FirstRun", "Населений пункт, якого немає в списку"))
        self.add_place_button = QPushButton(tr("FirstRun", "Додати населений пункт"), self)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self._places: list[PlaceRecord] = []
        self._extra: list[PlaceRecord] = []
        self._members: dict[str, set[int]] = {}  # district name -> indexes into _places
        self._showing = False
        self.add_district_button.clicked.connect(self.add_district)
        self.district_edit.returnPressed.connect(self.add_district)
        self.remove_district_button.clicked.connect(self._remove_district)
        self.districts.currentRowChanged.connect(self._show_district)
        self.settlements.itemChanged.connect(self._place_toggled)
        self.add_place_button.clicked.connect(self.add_place)
        self.place_edit.returnPressed.connect(self.add_place)
        self._build()

    def _build(self) -> None:
        left = QVBoxLayout()
        row = QHBoxLayout()
        row.addWidget(self.district_edit)
        row.addWidget(self.add_district_button)
        left.addLayout(row)
        left.addWidget(self.districts)
        left.addWidget(self.remove_district_button)
        right = QVBoxLayout()
        right.addWidget(self.settlements)
        row = QHBoxLayout()
        row.addWidget(self.place_edit)
        row.addWidget(self.add_place_button)
        right.addLayout(row)
        columns = QHBoxLayout()
        columns.addLayout(left, 2)
        columns.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.hint)

    def initializePage(self) -> None:
        from socdesk.store.territory import sorted_places

        community = self._community_page.community()
        places = sorted_places(community.settlements)
        if places != self._places[: len(places)] or not self._places:
            self._places = places + self._extra
            self._members = {}
            self.districts.clear()
        self._show_district(self.districts.currentRow())
        self.district_edit.setFocus()

    def add_district(self) -> None:
        name = self.district_edit.text().strip()
        if not name or name in self._members:
            return
        self._members[name] = set()
        self.districts.addItem(name)
        self.districts.setCurrentRow(self.districts.count() - 1)
        self.district_edit.clear()
        self.completeChanged.emit()

    def _remove_district(self) -> None:
        row = self.districts.currentRow()
        if row < 0:
            return
        del self._members[self.districts.takeItem(row).text()]
        self._show_district(self.districts.currentRow())
        self.completeChanged.emit()

    def add_place(self) -> None:
        from socdesk.store.territory import PlaceRecord

        name = self.place_edit.text().strip()
        if not name:
            return
        place = PlaceRecord("", "C", name)
        self._extra.append(place)
        self._places.append(place)
        self.place_edit.clear()
        if self.districts.currentRow() >= 0:
            self._members[self.districts.currentItem().text()].add(len(self._places) - 1)
        self._show_district(self.districts.currentRow())
        self.completeChanged.emit()

    def _owner(self, index: int) -> str | None:
        return next((name for name, members in self._members.items() if index in members), None)

    def _show_district(self, row: int) -> None:
        current = self.districts.item(row).text() if row >= 0 else None
        self._showing = True
        self.settlements.clear()
        for index, place in enumerate(self._places):
            owner = self._owner(index)
            text = place.label if owner in (None, current) else f"{place.label} — {owner}"
            item = QListWidgetItem(text, self.settlements)
            item.setData(Qt.ItemDataRole.UserRole, index)
            if current is not None:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                checked = owner == current
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self._showing = False
        self.settlements.setEnabled(current is not None)
        self._update_hint()

    def _place_toggled(self, item: QListWidgetItem) -> None:
        if self._showing or self.districts.currentRow() < 0:
            return
        current = self.districts.currentItem()
        index = int(item.data(Qt.ItemDataRole.UserRole))
        for members in self._members.values():
            members.discard(index)  # a settlement belongs to one district
        if item.checkState() == Qt.CheckState.Checked:
            self._members[current.text()].add(index)
        self._showing = True
        item.setText(self._places[index].label)
        self._showing = False
        self._update_hint()
        self.completeChanged.emit()

    def check_place(self, name: str) -> None:
        """Ticks the settlement `name` for the current district (keyboard users and tests)."""
        for row in range(self.settlements.count()):
            item = self.settlements.item(row)
            index = int(item.data(Qt.ItemDataRole.UserRole))
            if self._places[index].name == name:
                item.setCheckState(Qt.CheckState.Checked)
                return
        raise LookupError(name)

    def _loose_places(self) -> list[str]:
        """Settlements typed by hand that are in no district yet (each must be in one: its
        people's records go to the devices of its district)."""
        first = len(self._places) - len(self._extra)
        return [
            self._places[i].name for i in range(first, len(self._places)) if self._owner(i) is None
        ]

    def _update_hint(self) -> None:
        empty = [name for name, members in self._members.items() if not members]
        loose = self._loose_places()
        if not self._members:
            text = tr("FirstRun", "Додайте хоча б один старостинський округ.")
        elif empty:
            text = tr("FirstRun", "Позначте населені пункти округу «%1».").replace("%1", empty[0])
        elif loose:
            text = tr(
                "FirstRun", "Позначте, до якого округу належить населений пункт «%1»."
            ).replace("%1", loose[0])
        else:
            text = ""
        self.hint.setText(text)

    def isComplete(self) -> bool:
        return bool(self._members) and all(self._members.values()) and not self._loose_places()

    def districts_setup(self) -> tuple[tuple[str, tuple[PlaceRecord, ...]], ...]:
        return tuple(
            (self.districts.item(row).text(), tuple(self._places[i] for i in sorted(members)))
            for row in range(self.districts.count())
            for members in [self._members[self.districts.item(row).text()]]
        )

    def extra_places(self) -> tuple[PlaceRecord, ...]:
        return tuple(self._extra)


class CentrePage(QWizardPage):
    """The workplace and the centre's details printed on documents."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(tr("FirstRun", "Надавач послуг"))
        self.setSubTitle(
            tr(
                "FirstRun",
                "Ці дані друкуються в шапці договорів, планів і актів; їх можна змінити згодом.",
            )
        )
        self.workplace_edit = QLineEdit(self)
        self.workplace_edit.setObjectName("workplace_name")
        self.workplace_edit.setPlaceholderText(
            tr("FirstRun", "Віддалене робоче місце ФСР, с. Бабенкове")
        )
        self.centre_edit = QLineEdit(self)
        self.centre_edit.setObjectName("centre_name")
        self.address_edit = QLineEdit(self)
        self.address_edit.setObjectName("centre_address")
        self.edrpou_edit = QLineEdit(self)
        self.edrpou_edit.setObjectName("centre_edrpou")
        self.edrpou_edit.setMaxLength(8)
        self.prefix_edit = QLineEdit(self)
        self.prefix_edit.setObjectName("case_prefix")
        self.prefix_edit.setMaxLength(11)
        self.prefix_edit.setPlaceholderText(tr("FirstRun", "напр. ІЗМ або ІЗМ-2"))
        self.error_label = error_label(self)
        form = QFormLayout(self)
        form.addRow(tr("FirstRun", "Робоче місце:"), self.workplace_edit)
        form.addRow(tr("FirstRun", "Назва надавача (терцентру, ЦНСП):"), self.centre_edit)
        form.addRow(tr("FirstRun", "Адреса:"), self.address_edit)
        form.addRow(tr("FirstRun", "Код ЄДРПОУ:"), self.edrpou_edit)
        form.addRow(tr("FirstRun", "Префікс нумерації справ:"), self.prefix_edit)
        form.addRow(self.error_label)
        for edit in (self.workplace_edit, self.centre_edit):
            edit.textChanged.connect(self.completeChanged)

    def initializePage(self) -> None:
        if not self.prefix_edit.text():  # a suggestion from the community's name
            community_page = getattr(self.wizard(), "community_page", None)
            name = community_page.name_edit.text() if community_page is not None else ""
            letters = "".join(ch for ch in name.upper() if ch.isalpha())[:3]
            self.prefix_edit.setText(letters)

    def isComplete(self) -> bool:
        return bool(self.workplace_edit.text().strip() and self.centre_edit.text().strip())

    def validatePage(self) -> bool:
        from socdesk.store.territory import case_prefix_problem, edrpou_valid

        code = self.edrpou_edit.text().strip()
        if code and not edrpou_valid(code):
            self.error_label.setText(
                tr(
                    "FirstRun",
                    "Код ЄДРПОУ має 8 цифр і правильну контрольну цифру; перевірте його у виписці.",
                )
            )
            self.edrpou_edit.setFocus()
            return False
        if case_prefix_problem(self.prefix_edit.text()):
            self.error_label.setText(
                tr(
                    "FirstRun",
                    "Префікс нумерації справ — великі літери й цифри, до 6 знаків, за потреби з "
                    "дефісом і номером робочого місця, напр. ІЗМ або ІЗМ-2.",
                )
            )
            self.prefix_edit.setFocus()
            return False
        self.error_label.setText("")
        return True
