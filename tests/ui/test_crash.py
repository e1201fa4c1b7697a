"""Bugs get the crash dialog with a report to copy; the log holds no personal data."""

from __future__ import annotations

import logging
import sys

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from socdesk.domain.errors import StoreLocked
from socdesk.ui.app import CrashDialog, ErrorReporter

PERSON = "Ковальчук Олена Іванівна, РНОКПП 1759013776"


def raise_with_a_name() -> None:
    raise ValueError(PERSON)  # as a bug might, quoting a card's values


def test_a_bug_shows_the_crash_dialog_and_the_report_can_be_copied(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    del qtbot
    shown: list[CrashDialog] = []
    monkeypatch.setattr(CrashDialog, "exec", lambda self: shown.append(self) or 0)
    reporter = ErrorReporter("/tmp/socdesk-logs", dialogs=True)
    try:
        raise_with_a_name()
    except ValueError:
        with caplog.at_level(logging.ERROR):
            reporter(*sys.exc_info())  # type: ignore[arg-type]
    dialog = shown[0]
    assert "/tmp/socdesk-logs" in dialog.informativeText()
    assert "raise_with_a_name" in dialog.report
    assert "builtins.ValueError" in dialog.report
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == dialog.report
    logged = caplog.text + dialog.report
    assert "Ковальчук" not in logged
    assert "1759013776" not in logged


def test_a_known_error_gets_its_message(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    del qtbot
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: said.append(text))
    reporter = ErrorReporter("/tmp/socdesk-logs", dialogs=True)
    error = StoreLocked()
    reporter(type(error), error, None)
    assert said == [str(error)]
    assert reporter.last_dialog is None
