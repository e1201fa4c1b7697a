"""Preferences of this computer that are needed before any store is open (the interface
language of the sign-in window). Kept in `preferences.json` in the data folder, outside the
encrypted store; it holds no personal data. Light imports only: read at start-up."""

from __future__ import annotations

import json
import logging
from pathlib import Path

from socdesk.paths import AppPaths
from socdesk.store.files import atomic_write
from socdesk.ui.i18n import DEFAULT_LANGUAGE

log = logging.getLogger(__name__)
PREFERENCES_FILE = "preferences.json"
LANGUAGES = {"uk": "Українська", "en": "English"}  # each in its own language


def preferences_file(paths: AppPaths) -> Path:
    return paths.data_dir / PREFERENCES_FILE


def read_language(paths: AppPaths) -> str:
    """The chosen interface language; Ukrainian when none was chosen or the file is damaged."""
    try:
        language = json.loads(preferences_file(paths).read_text(encoding="utf-8"))["language"]
    except FileNotFoundError:
        return DEFAULT_LANGUAGE
    except (OSError, ValueError, KeyError, TypeError):
        log.warning("preferences file unreadable; using the default language")
        return DEFAULT_LANGUAGE
    return language if language in LANGUAGES else DEFAULT_LANGUAGE


def write_language(paths: AppPaths, language: str) -> None:
    paths.data_dir.mkdir(parents=True, exist_ok=True)
    data = json.dumps({"language": language}, ensure_ascii=False).encode("utf-8")
    atomic_write(preferences_file(paths), data, mode=0o644)
