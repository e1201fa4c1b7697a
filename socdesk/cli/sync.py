"""`socdesk connect` and `socdesk sync`: a desktop data folder and its server.

`socdesk sync` exits 0 when everything was exchanged, 3 when some records were rejected or
quarantined (the rest was exchanged), 4 when the server refused the device (revoked, or its
token unknown), 6 when the server is unreachable; 2 when the folder is not connected.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from socdesk import paths
from socdesk.cli import EXIT_OK, EXIT_PARTIAL, Io, _emit, _open_store, common
from socdesk.domain.errors import UsageError

if TYPE_CHECKING:
    from socdesk.sync.exchange import SyncReport


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    connect = sub.add_parser(
        "connect",
        help="підключити папку даних до сервера кодом від координатора",
        description="Підключає папку даних цього робочого місця до сервера синхронізації: "
        "одноразовий код дає координатор (socdesk server admin enrol).",
    )
    common(connect)
    connect.add_argument(
        "--server", required=True, help="адреса сервера, напр. http://10.0.0.5:8765"
    )
    connect.add_argument("--code", required=True, help="одноразовий код підключення (XXXX-XXXX)")
    sync = sub.add_parser(
        "sync",
        help="синхронізувати з сервером зараз",
        description="Надсилає зміни цього робочого місця на сервер і отримує зміни інших. Коди "
        "виходу: 0 — усе передано; 3 — частину записів відхилено або відкладено; 4 — сервер "
        "не прийняв пристрій; 6 — сервер недоступний.",
    )
    common(sync)
    session = sub.add_parser(
        "session",
        help="сеанс цього пристрою на сервері: показати або завершити",
        description="Показує, коли сервер видав токен цього пристрою, коли його востаннє "
        "використано і коли його буде замінено. З --end --yes завершує сеанс: токен перестає "
        "діяти, папку відключено від сервера, для нового підключення потрібен новий код.",
    )
    common(session)
    session.add_argument("--end", action="store_true", help="завершити сеанс цього пристрою")
    session.add_argument("--yes", action="store_true", help="підтвердити завершення сеансу")


def connect(args: argparse.Namespace, app_paths: paths.AppPaths, io: Io) -> int:
    from socdesk.sync import link

    with _open_store(args, app_paths, io) as store:
        made = link.connect(store, args.server, args.code)
    scope = "усі округи" if made.districts is None else f"округів: {len(made.districts)}"
    _emit(
        io,
        args,
        {
            "server": made.url,
            "hub_id": made.hub_id,
            "workplace": made.workplace,
            "districts": None if made.districts is None else list(made.districts),
        },
        f"Підключено до сервера {made.url} (робоче місце «{made.workplace}», {scope}).\n"
        "Синхронізуйте: socdesk sync\n",
    )
    return EXIT_OK


def sync(args: argparse.Namespace, app_paths: paths.AppPaths, io: Io) -> int:
    from socdesk.sync import link

    with _open_store(args, app_paths, io) as store:
        report = link.sync_now(store)
        now = link.status(store)
    data = counts(report) | {"pending": now.pending, "open_conflicts": now.conflicts}
    _emit(io, args, data, summary(data))
    return EXIT_OK if report.complete else EXIT_PARTIAL


def session(args: argparse.Namespace, app_paths: paths.AppPaths, io: Io) -> int:
    from socdesk.sync import session as device_session

    if args.end and not args.yes:
        raise UsageError(
            "Завершення сеансу відключить цю папку від сервера: токен перестане діяти, і для "
            "нового підключення знадобиться новий код від координатора. Щоб підтвердити, "
            "повторіть команду з --yes."
        )
    with _open_store(args, app_paths, io) as store:
        if args.end:
            device_session.end_session(store)
            _emit(
                io,
                args,
                {"ended": True},
                "Сеанс цього пристрою завершено, папку відключено від сервера. Щоб підключити "
                "її знову, попросіть у координатора новий код (socdesk connect).\n",
            )
            return EXIT_OK
        found = device_session.session(store)
    data = {
        "device_id": found.device_id,
        "workplace": found.workplace,
        "token_issued_at": found.token_issued_at.isoformat(),
        "last_used_at": found.last_used_at.isoformat() if found.last_used_at else None,
        "expires_at": found.expires_at.isoformat(),
        "rotation_due": found.rotation_due,
    }
    used = f"{found.last_used_at:%d.%m.%Y %H:%M} UTC" if found.last_used_at else "—"
    text = (
        f"Пристрій {found.device_id} (робоче місце «{found.workplace}»).\n"
        f"Токен видано: {found.token_issued_at:%d.%m.%Y %H:%M} UTC; перед цим використано: "
        f"{used}.\nЗамінити не пізніше: {found.expires_at:%d.%m.%Y %H:%M} UTC"
        + (" (буде замінено під час найближчої синхронізації)" if found.rotation_due else "")
        + ".\nЗавершити сеанс: socdesk session --end --yes\n"
    )
    _emit(io, args, data, text)
    return EXIT_OK


COMMANDS = {"connect": connect, "sync": sync, "session": session}


def counts(report: SyncReport) -> dict[str, Any]:
    """What one sync did, each way (`--json`)."""
    return {
        "complete": report.complete,
        "sent": {
            "pushed": report.pushed,
            "accepted": report.accepted,
            "duplicates": report.duplicates,
            "rejected": len(report.rejected),
            "quarantined": len(report.quarantined_there),
            "conflicts": report.conflicts_there,
            "reasons": {**report.rejected, **report.quarantined_there},
        },
        "received": {
            "pulled": report.pulled,
            "applied": report.applied,
            "quarantined": len(report.quarantined_here),
            "conflicts": report.conflicts_here,
            "reasons": dict(report.quarantined_here),
        },
    }


def summary(data: dict[str, Any]) -> str:
    sent, got = data["sent"], data["received"]
    lines = [
        f"Надіслано змін: {sent['pushed']} (прийнято {sent['accepted']}, повторів "
        f"{sent['duplicates']}, відхилено {sent['rejected']}, відкладено {sent['quarantined']}).",
        f"Отримано змін: {got['pulled']} (застосовано {got['applied']}, відкладено "
        f"{got['quarantined']}).",
    ]
    if data["open_conflicts"]:
        lines.append(
            f"Конфліктів, що чекають рішення: {data['open_conflicts']} (вікно «Конфлікти»)."
        )
    if not data["complete"]:
        lines.append(
            "Частину записів не прийнято; причини — у вікні синхронізації (або socdesk sync "
            "--json). Зверніться до координатора, якщо вони не зникнуть."
        )
    else:
        lines.append("Синхронізовано.")
    return "\n".join(lines) + "\n"
