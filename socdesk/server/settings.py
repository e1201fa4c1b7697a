"""The server's settings (налаштування сервера), read from arguments or the environment
(`SOCDESK_SERVER_*`) and checked at start: a server with an empty or well-known secret would
let anyone who read the README forge what the secret protects, so it refuses to start."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from socdesk.domain.errors import UsageError
from socdesk.server.logs import syslog_address
from socdesk.server.versions import OLDEST_DESKTOP_SCHEMA

MIN_SECRET = 16  # characters
KNOWN_SECRETS = frozenset(
    {"", "secret", "changeme", "change-me", "change_me", "password", "socdesk", "default"}
)
DATABASE_FILE = "server.db"


class ServerMisconfigured(UsageError):
    """The server's settings are missing or unsafe: it does not start."""

    default_message = "Налаштування сервера неправильні; сервер не запущено."


class ServerSettings(BaseSettings):
    """Where the server keeps its data, which database it uses, and its secret (the key of the
    hashes of device tokens and enrolment codes)."""

    model_config = SettingsConfigDict(env_prefix="SOCDESK_SERVER_", extra="forbid")

    data_dir: Path
    database_url: str = ""  # empty: a SQLite file in the data folder
    secret: SecretStr
    # Rate limits (limits.py): failures allowed per address or device within the window.
    code_attempts: int = Field(default=10, ge=1)
    token_attempts: int = Field(default=30, ge=1)
    attempt_window_s: int = Field(default=15 * 60, ge=1)
    # A device's token older than this is rotated at its next sync (devices.authenticate).
    token_max_age_days: int = Field(default=90, ge=1)
    # The oldest desktop store revision served (versions.py): the previous release's.
    oldest_desktop_schema: str = OLDEST_DESKTOP_SCHEMA
    # A bearer token for monitoring's GET /api/v1/status (status.py); empty: coordinators only.
    status_token: SecretStr = SecretStr("")
    # A syslog collector that gets the JSON log lines too (logs.py): udp://HOST:PORT or
    # tcp://HOST:PORT; empty: stderr (the journal) only.
    log_syslog: str = ""

    @field_validator("secret")
    @classmethod
    def _strong_secret(cls, value: SecretStr) -> SecretStr:
        secret = value.get_secret_value()
        if secret.strip().lower() in KNOWN_SECRETS or len(secret) < MIN_SECRET:
            raise ValueError("weak secret")
        return value

    @field_validator("status_token")
    @classmethod
    def _strong_status_token(cls, value: SecretStr) -> SecretStr:
        token = value.get_secret_value()
        if token and (token.strip().lower() in KNOWN_SECRETS or len(token) < MIN_SECRET):
            raise ValueError("weak status token")
        return value

    @field_validator("log_syslog")
    @classmethod
    def _syslog_target(cls, value: str) -> str:
        if value.strip():
            syslog_address(value.strip())
        return value.strip()

    @property
    def url(self) -> str:
        """The database URL: the one given, or the SQLite file in the data folder."""
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.data_dir / DATABASE_FILE).resolve()}"


def load_settings(**given: object) -> ServerSettings:
    """The settings from `given` and the environment, or `ServerMisconfigured` saying what to
    fix, in Ukrainian."""
    try:
        return ServerSettings(**given)  # type: ignore[arg-type]
    except ValidationError as exc:
        problems = {str(e["loc"][0]) if e["loc"] else "" for e in exc.errors()}
        if "secret" in problems:
            raise ServerMisconfigured(
                "Секрет сервера не задано або він ненадійний. Задайте змінну середовища "
                f"SOCDESK_SERVER_SECRET: щонайменше {MIN_SECRET} випадкових символів (наприклад, "
                "вивід команди `python -c 'import secrets; print(secrets.token_urlsafe(32))'`)."
            ) from None
        if "status_token" in problems:
            raise ServerMisconfigured(
                "Токен моніторингу SOCDESK_SERVER_STATUS_TOKEN ненадійний: задайте щонайменше "
                f"{MIN_SECRET} випадкових символів або не задавайте його."
            ) from None
        if "log_syslog" in problems:
            raise ServerMisconfigured(
                "Адресу збирача журналів SOCDESK_SERVER_LOG_SYSLOG задано неправильно: "
                "вкажіть udp://ХОСТ:ПОРТ або tcp://ХОСТ:ПОРТ (наприклад, udp://10.0.0.5:514) "
                "або не задавайте її."
            ) from None
        if "data_dir" in problems:
            raise ServerMisconfigured(
                "Не задано папку даних сервера. Вкажіть --data-dir або змінну "
                "SOCDESK_SERVER_DATA_DIR."
            ) from None
        raise ServerMisconfigured(
            f"Налаштування сервера неправильні ({', '.join(sorted(problems))}); перевірте їх."
        ) from None
