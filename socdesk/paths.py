"""Where SocDesk keeps things. Resolved when the app starts, never at import (STYLE.md trap 1)."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "SocDesk"
DATA_DIR_ENV = "SOCDESK_DATA_DIR"
DB_FILE = "socdesk.db"
# The fonts documents are drawn in (reportlab name -> file in resources/fonts).
DOCUMENT_FONTS = {
    "DejaVuSerif": "DejaVuSerif.ttf",
    "DejaVuSerif-Bold": "DejaVuSerif-Bold.ttf",
    "DejaVuSerif-Italic": "DejaVuSerif-Italic.ttf",
    "DejaVuSans": "DejaVuSans.ttf",  # the serif face lacks some symbols (☐)
}
KEY_FILE = "socdesk.keys"


@dataclass(frozen=True, slots=True)
class AppPaths:
    """The folders of one workplace's data."""

    data_dir: Path
    log_dir: Path

    @property
    def db_file(self) -> Path:
        return self.data_dir / DB_FILE

    @property
    def key_file(self) -> Path:
        return self.data_dir / KEY_FILE

    @property
    def backups_dir(self) -> Path:
        return self.data_dir / "backups"


def resolve(data_dir: str | os.PathLike[str] | None, environ: Mapping[str, str]) -> AppPaths:
    """`--data-dir`, else `SOCDESK_DATA_DIR`, else the platform's user data folder."""
    chosen = data_dir or environ.get(DATA_DIR_ENV) or platformdirs.user_data_dir(APP_NAME, False)
    root = Path(chosen).expanduser().absolute()
    explicit = bool(data_dir or environ.get(DATA_DIR_ENV))
    log_dir = root / "logs" if explicit else Path(platformdirs.user_log_dir(APP_NAME, False))
    return AppPaths(root, log_dir)


def resources_dir() -> Path:
    """The `resources/` folder shipped beside the package (fonts, reference data, translations)."""
    return Path(__file__).resolve().parent.parent / "resources"
