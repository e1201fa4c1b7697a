"""The status bar's words: where sync stands, with Ukrainian plural agreement and a time a
person reads («синхронізовано 5 хв тому; 12 змін очікують надсилання», «сервер недоступний з
10:42»), and what to do when the server is away or refuses this computer."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from socdesk.ui.sync.words import SyncView, Tone, advice, status_line

NOW = dt.datetime(2026, 12, 6, 12, 0, tzinfo=dt.UTC)


def _line(view: SyncView, now: dt.datetime = NOW) -> str:
    return status_line(view, now)[0]


@pytest.mark.parametrize(
    ("pending", "words"),
    [
        (1, "1 зміна очікує"),
        (2, "2 зміни очікують"),
        (4, "4 зміни очікують"),
        (5, "5 змін очікують"),
        (11, "11 змін очікують"),
        (12, "12 змін очікують"),
        (21, "21 зміна очікує"),
        (22, "22 зміни очікують"),
    ],
)
def test_waiting_changes_agree_with_their_number(qtbot: QtBot, pending: int, words: str) -> None:
    view = SyncView(linked=True, last_sync=NOW - dt.timedelta(minutes=5), pending=pending)
    assert _line(view) == f"Синхронізовано 5 хв тому; {words}"


def test_a_synced_computer_says_how_long_ago(qtbot: QtBot) -> None:
    view = SyncView(linked=True, last_sync=NOW - dt.timedelta(seconds=20))
    assert status_line(view, NOW) == ("Синхронізовано щойно", Tone.PLAIN)
    two_hours = SyncView(linked=True, last_sync=NOW - dt.timedelta(hours=2, minutes=10))
    assert _line(two_hours) == "Синхронізовано 2 год тому"
    never = SyncView(linked=True, pending=3)
    assert _line(never) == "Ще не синхронізовано; 3 зміни очікують"


def test_an_unreachable_server_says_since_when_and_what_to_do(qtbot: QtBot) -> None:
    since = dt.datetime(2026, 12, 6, 10, 42).astimezone()  # 10:42 on this computer's clock
    view = SyncView(linked=True, unreachable_since=since, pending=12, quarantined=1)
    text, tone = status_line(view, NOW)
    assert text == "Сервер недоступний з 10:42; 12 змін очікують; 1 запис затримано"
    assert tone == Tone.WARNING
    assert "надішле їх сам" in advice(view)
    yesterday = SyncView(linked=True, unreachable_since=since - dt.timedelta(days=1))
    assert _line(yesterday) == "Сервер недоступний з 05.12 10:42"


def test_a_revoked_computer_is_told_what_to_do(qtbot: QtBot) -> None:
    view = SyncView(linked=True, revoked=True, pending=2, error="Сервер не прийняв пристрій.")
    text, tone = status_line(view, NOW)
    assert text.startswith("Відключено від сервера: потрібен новий код")
    assert tone == Tone.WARNING
    assert "новий код підключення" in advice(view)
    assert "«Підключення до сервера…»" in advice(view)


def test_a_failed_sync_shows_when_and_its_message(qtbot: QtBot) -> None:
    at = dt.datetime(2026, 12, 6, 11, 5).astimezone()
    view = SyncView(linked=True, error="Сервер не зміг обробити запит.", error_at=at)
    assert _line(view) == "Синхронізація не вдалася (11:05)"
    assert advice(view) == "Сервер не зміг обробити запит."
    assert advice(SyncView(linked=True, last_sync=NOW)) == ""
