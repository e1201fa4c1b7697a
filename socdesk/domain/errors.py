"""Known errors: each carries a Ukrainian message that tells the person what to do.

Anything that is not a `SocDeskError` is a bug and gets the crash dialog or exit code 1.
The `exit_code` of each class is the CLI contract (README, "CLI").
"""

from __future__ import annotations

from socdesk.domain.messages import noop


class SocDeskError(Exception):
    """A known, user-facing failure. `str(error)` is the Ukrainian message."""

    exit_code = 1
    default_message = noop("Domain", "Сталася помилка.")

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or self.default_message)

    @property
    def message(self) -> str:
        return str(self)


class Cancelled(Exception):
    """The person pressed Cancel. Silent: never shown as an error."""


class UsageError(SocDeskError):
    exit_code = 2
    default_message = noop("Domain", "Неправильні параметри команди.")


class ValidationError(SocDeskError):
    """Bad input; the message says which field and how to fix it."""

    exit_code = 2

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class AuthenticationFailed(SocDeskError):
    exit_code = 4
    default_message = noop("Domain", "Неправильне ім’я користувача або пароль.")


class NotPermitted(SocDeskError):
    exit_code = 4
    default_message = noop("Domain", "Ця дія доступна лише координатору.")


class UserRuleBroken(SocDeskError):
    """A change of users that would leave the workplace without a way in."""

    exit_code = 2
    default_message = noop("Domain", "Цю зміну користувачів не можна зробити.")


class PasswordRequired(SocDeskError):
    exit_code = 4
    default_message = noop(
        "Domain",
        "Потрібен пароль. Задайте змінну середовища SOCDESK_PASSWORD "
        "або запустіть команду в терміналі.",
    )


class StoreError(SocDeskError):
    """The store cannot be used as it is (exit code 5)."""

    exit_code = 5


class NotASocDeskStore(StoreError):
    default_message = noop(
        "Domain",
        "Не вдається відкрити сховище: ключ не підходить або це не файл SocDesk. "
        "Перевірте пароль або ключ відновлення і папку даних.",
    )


class StoreMissing(StoreError):
    default_message = noop(
        "Domain",
        "У цій папці немає сховища SocDesk. Створіть його (socdesk demo або майстер першого "
        "запуску) або вкажіть іншу папку через --data-dir.",
    )


class StoreLocked(StoreError):
    default_message = noop(
        "Domain",
        "Сховище зайняте іншою програмою або іншим вікном SocDesk. Закрийте їх і спробуйте ще раз.",
    )


class StoreInUse(StoreError):
    """The store cannot be replaced (restore, demo) while another process has it open."""

    default_message = noop(
        "Domain",
        "Сховище зараз відкрите в SocDesk або іншою командою; замінити його не можна. "
        "Закрийте програму SocDesk і дочекайтеся кінця інших команд, тоді повторіть.",
    )


class StoreReadOnly(StoreError):
    default_message = noop(
        "Domain",
        "Сховище доступне лише для читання. Перевірте права доступу до папки даних "
        "або перемістіть її на локальний диск.",
    )


class StoreCorrupt(StoreError):
    default_message = noop(
        "Domain",
        "Файл сховища пошкоджено. Не вносьте змін; відновіть його з резервної копії "
        "(socdesk admin restore) і зверніться до координатора.",
    )


class SchemaTooNew(StoreError):
    default_message = noop(
        "Domain",
        "Ці дані створено новішою версією SocDesk. Оновіть SocDesk на цьому комп’ютері, "
        "щоб відкрити їх.",
    )


class DiskFull(StoreError):
    default_message = noop(
        "Domain",
        "На диску не залишилося місця; останню дію не збережено. "
        "Звільніть місце на диску (видаліть непотрібні файли) і повторіть дію.",
    )


class NotASocDeskBackup(SocDeskError):
    exit_code = 2
    default_message = noop("Domain", "Цей файл не є резервною копією SocDesk або пошкоджений.")


class DataDirNotEmpty(SocDeskError):
    exit_code = 2
    default_message = noop(
        "Domain",
        "Папка даних не порожня. Щоб замінити її вміст демонстраційними даними, додайте --force.",
    )


class ClockDrift(SocDeskError):
    """A remote clock is too far ahead of ours to be trusted (годинник пристрою)."""

    exit_code = 3
    default_message = noop(
        "Domain",
        "Годинник іншого пристрою випереджає цей більш ніж допустимо. "
        "Перевірте дату й час на обох комп’ютерах.",
    )


class ServerUnreachable(SocDeskError):
    """The sync server did not answer (no network, wrong address, server down)."""

    exit_code = 6
    default_message = noop(
        "Domain",
        "Сервер недоступний. Перевірте підключення до інтернету й адресу сервера; зміни "
        "лишаються на цьому комп’ютері й будуть надіслані під час наступної синхронізації.",
    )


class ServerRefusedDevice(SocDeskError):
    """The server refused this device's token, or the device was revoked."""

    exit_code = 4
    default_message = noop(
        "Domain",
        "Сервер не прийняв цей пристрій. Зверніться до координатора, щоб підключити його знову.",
    )
