"""Where sync stands, in words: the status bar's line and the sync screen's summary.

`SyncView` is what the words are made from (the link's `SyncStatus` and what the worker is
doing now); the functions are pure, so the Ukrainian, with its plural agreement (`tr_n`), is
tested without a server.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from socdesk.domain.numbers import decimal_text
from socdesk.ui.i18n import noop, tr, tr_n
from socdesk.ui.messages import domain_tr

CONTEXT = "SyncStatus"


class Tone(StrEnum):
    """How the line is shown: plain, or in the error colour."""

    PLAIN = "plain"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class SyncView:
    """Where sync stands (times are aware datetimes)."""

    linked: bool = False
    server: str = ""
    workplace: str = ""
    last_sync: dt.datetime | None = None
    pending: int = 0
    quarantined: int = 0
    conflicts: int = 0
    error: str = ""  # the last failure's Ukrainian message, "" after a good sync
    error_at: dt.datetime | None = None
    unreachable_since: dt.datetime | None = None
    revoked: bool = False
    running: bool = False
    coordinator: bool = False  # linked as a coordinator's device (every district)


REVOKED = noop(
    "SyncStatus",
    "Цей комп’ютер відключено від сервера, і зміни більше не надсилаються. Попросіть "
    "координатора створити новий код підключення й підключіться знову: меню «Синхронізація» → "
    "«Підключення до сервера…». Незбережені на сервері зміни лишаються на цьому комп’ютері.",
)
UNREACHABLE = noop(
    "SyncStatus",
    "Сервер не відповідає: немає інтернету, сервер вимкнено або адреса неправильна. Працюйте "
    "далі як завжди: зміни збережено тут, і SocDesk надішле їх сам, щойно сервер стане "
    "доступним.",
)

NOT_CONNECTED = noop(
    "SyncStatus",
    "Комп’ютер не підключено до сервера — Синхронізація → Підключення до сервера… (Ctrl+F9)",
)
ASK_COORDINATOR = noop(
    "SyncStatus", "Комп’ютер не підключено до сервера — зверніться до координатора"
)


def moment(when: dt.datetime, now: dt.datetime) -> str:
    """A past moment as a person says it: «10:42» today, «05.12 10:42» this year, else the
    whole date."""
    local, today = when.astimezone(), now.astimezone()
    if local.date() == today.date():
        return f"{local:%H:%M}"
    if local.year == today.year:
        return f"{local:%d.%m %H:%M}"
    return f"{local:%d.%m.%Y %H:%M}"


def ago(when: dt.datetime, now: dt.datetime) -> str:
    """How long ago: «щойно», «5 хв тому», «2 год тому», then the moment itself."""
    seconds = (now - when).total_seconds()
    if seconds < 60:
        return tr("SyncStatus", "щойно")
    minutes = int(seconds // 60)
    if minutes < 60:
        return tr_n("SyncStatus", "%n хв тому", minutes)
    if minutes < 12 * 60:
        return tr_n("SyncStatus", "%n год тому", minutes // 60)
    return moment(when, now)


def counts(view: SyncView) -> list[str]:
    """What waits: changes not yet on the server, records held back."""
    parts = []
    if view.pending:
        parts.append(counted(tr_n("SyncStatus", "%n зміна очікує", view.pending), view.pending))
    if view.quarantined:
        held = tr_n("SyncStatus", "%n запис затримано", view.quarantined)
        parts.append(counted(held, view.quarantined))
    return parts


def headline(view: SyncView, now: dt.datetime) -> tuple[str, Tone]:
    """The first half of the line: how the last contact with the server went."""
    if view.revoked:
        return tr("SyncStatus", "відключено від сервера: потрібен новий код"), Tone.WARNING
    if view.running:
        return tr("SyncStatus", "синхронізація…"), Tone.PLAIN
    if view.unreachable_since is not None:
        since = moment(view.unreachable_since, now)
        return tr("SyncStatus", "сервер недоступний з %1").replace("%1", since), Tone.WARNING
    if view.error:
        at = moment(view.error_at, now) if view.error_at else "—"
        text = tr("SyncStatus", "синхронізація не вдалася (%1)").replace("%1", at)
        return text, Tone.WARNING
    if view.last_sync is None:
        return tr("SyncStatus", "ще не синхронізовано"), Tone.PLAIN
    return tr("SyncStatus", "синхронізовано %1").replace("%1", ago(view.last_sync, now)), Tone.PLAIN


def status_line(view: SyncView, now: dt.datetime) -> tuple[str, Tone]:
    """«Синхронізовано 5 хв тому; 12 змін очікують», «Сервер недоступний з 10:42»."""
    text, tone = headline(view, now)
    line = "; ".join([text, *counts(view)])
    return line[:1].upper() + line[1:], tone


def advice(view: SyncView, *, may_connect: bool = True) -> str:
    """What to do, for the tooltip and the sync screen ("" when all is well). On a computer
    not connected, where to connect it (`may_connect`: a coordinator), or whom to ask."""
    if not view.linked and not view.revoked:
        return tr("SyncStatus", NOT_CONNECTED if may_connect else ASK_COORDINATOR)
    if view.revoked:
        return tr("SyncStatus", REVOKED)
    if view.unreachable_since is not None:
        return tr("SyncStatus", UNREACHABLE)
    return domain_tr(view.error)


def counted(text: str, n: int) -> str:
    """A `tr_n` message with its count written as a Ukrainian reader writes it (a no-break
    space between thousands): counted(tr_n(c, "%n зміна очікує", 3321), 3321) -> «3 321 зміна
    очікує». `tr_n` stays at the call, where scripts/plurals finds it."""
    return text.replace(str(n), decimal_text(n))
