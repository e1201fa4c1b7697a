"""One signal for changes (STYLE.md point 4), and the one way a person's write runs.

`ChangeBus.changed(Changes)` is emitted on the GUI thread after every write a person starts
here and, later, after every batch that sync applies (its `ApplyResult.changes`): every open
window listens and reloads only what its flags say it shows. The main window owns the bus and
hands it, inside a `Writer`, to the windows it opens.

`Writer.write(work, success, failure)` runs `work(uow)` in one unit of work off the GUI thread
(through `TaskRunner`), then, on the GUI thread, emits the `Changes` the unit of work collected
and calls `success(result)`. A failure (a `ValidationError` from the store, say) goes to
`failure`, or to the standard message box; nothing is emitted for a write that rolled back.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QLabel

from socdesk.domain.changes import Changes
from socdesk.domain.errors import SocDeskError
from socdesk.store.database import Store
from socdesk.store.uow import UnitOfWork
from socdesk.ui.messages import domain_tr
from socdesk.ui.ops import ImmediatePool, TaskRunner, default_failure
from socdesk.ui.windows import OpenWindows

T = TypeVar("T")


class ChangeBus(QObject):
    """The application's one "something changed" signal, carrying a `Changes`."""

    changed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.windows = OpenWindows()  # the open cards and case windows, one per record

    def emit(self, changes: Changes) -> None:  # type: ignore[override]  # not old-style emit
        """Announces `changes` (from the GUI thread); an empty `Changes` says nothing."""
        if changes:
            self.changed.emit(changes)


class Writer:
    """Runs a person's writes off the GUI thread and announces what they changed."""

    def __init__(self, store: Store, runner: TaskRunner, bus: ChangeBus) -> None:
        self.store, self.runner, self.bus = store, runner, bus

    def write(
        self,
        work: Callable[[UnitOfWork], T],
        success: Callable[[T], None] | None = None,
        failure: Callable[[BaseException], None] | None = None,
    ) -> None:
        store = self.store

        def run() -> tuple[T, Changes]:
            with store.write() as uow:
                result = work(uow)
            return result, uow.changes

        def done(outcome: tuple[T, Changes]) -> None:
            result, changes = outcome
            self.bus.emit(changes)
            if success is not None:
                success(result)

        self.runner.run(run, done, failure)


def own_writer(store: Store, owner: QObject) -> Writer:
    """A writer for a window opened on its own (tests, tools): its own bus, and writes run at
    once, as the store's writes did before they moved off the GUI thread."""
    return Writer(store, TaskRunner(ImmediatePool(), owner), ChangeBus(owner))


def error_to(label: QLabel) -> Callable[[BaseException], None]:
    """A write's failure as a form shows it: a known error's message in the form's error
    label, anything else (a bug) to the crash hook."""

    def show(exc: BaseException) -> None:
        if isinstance(exc, SocDeskError):
            label.setText(domain_tr(str(exc)))
        else:
            default_failure(label.window(), exc)

    return show


def listen_while_open(dialog: QDialog, bus: ChangeBus, slot: Callable[[Changes], None]) -> None:
    """Connects `slot` to the bus until the dialog closes: a closed window is hidden, not
    deleted, and must not go on reloading what nobody sees."""
    bus.changed.connect(slot)
    dialog.finished.connect(
        lambda _result: bus.changed.disconnect(slot), Qt.ConnectionType.SingleShotConnection
    )
