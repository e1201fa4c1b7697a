"""The task runner and progress dialog."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from socdesk.domain.errors import Cancelled, StoreLocked
from socdesk.domain.progress import Progress
from socdesk.ui.ops import ImmediatePool, ProgressDialog, TaskRunner


def test_success_arrives_on_the_gui_thread(qtbot: QtBot) -> None:
    runner = TaskRunner()
    seen: list[tuple[str, object]] = []
    done = threading.Event()

    def work() -> int:
        seen.append(("work", threading.current_thread() is threading.main_thread()))
        return 42

    def success(value: object) -> None:
        seen.append(("success", threading.current_thread() is threading.main_thread()))
        seen.append(("value", value))
        done.set()

    runner.run(work, success)
    qtbot.waitUntil(done.is_set, timeout=5000)
    assert seen == [("work", False), ("success", True), ("value", 42)]
    assert runner.pending == 0


def test_failure_goes_to_the_failure_callback(qtbot: QtBot) -> None:
    runner = TaskRunner(ImmediatePool())
    errors: list[BaseException] = []

    def work() -> None:
        raise StoreLocked()

    runner.run(work, lambda _: None, errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], StoreLocked)


def test_cancel_reaches_the_work(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    progress = Progress()
    dialog = ProgressDialog(progress, "Друк", parent)
    runner = TaskRunner(parent=parent)
    outcome: list[BaseException] = []

    def work() -> None:
        progress.start("Друкую договори", 1000)
        for _ in range(1000):
            time.sleep(0.005)
            progress.advance()

    runner.run(work, lambda _: None, outcome.append)
    qtbot.waitUntil(lambda: progress.snapshot().done > 5, timeout=5000)
    qtbot.waitUntil(lambda: "договори" in dialog.labelText(), timeout=2000)  # polled, not pushed
    dialog.show()
    cancel = dialog.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "Скасувати"
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(outcome), timeout=5000)
    assert isinstance(outcome[0], Cancelled)
    assert progress.snapshot().done < 1000
    dialog.finish()


def test_a_shut_down_runner_hands_nothing_back(qtbot: QtBot) -> None:
    import threading
    import time

    runner = TaskRunner()
    started, delivered = threading.Event(), []

    def slow() -> str:
        started.set()
        time.sleep(0.2)
        return "done"

    runner.run(slow, delivered.append)
    assert started.wait(2)
    runner.shutdown()  # waits for the work; the result is not delivered to a closing window
    qtbot.wait(50)
    assert delivered == []
    runner.run(lambda: "late", delivered.append)
    qtbot.wait(50)
    assert delivered == []
