"""`socdesk bundle …`: USB bundles on a desktop data folder (issue 15).

    socdesk bundle export --to DIR [--for DEVICE|all]   (a workplace: for the centre;
                                                         the centre: for its workplaces)
    socdesk bundle import PATH...                        (files, or folders of *.sdbundle)
    socdesk bundle inspect PATH [--json]                 (the plain header; no key, no store)
    socdesk bundle receipt PATH... [--out FILE]          (the hand-over receipt, to print)
    socdesk bundle card --to DIR [--name NAME]           (this replica's key card)
    socdesk bundle trust CARD                            (the centre's card, or a workplace's)
    socdesk bundle revoke DEVICE|KEY_ID

A refused bundle exits 2 with its reason in Ukrainian; nothing of it is applied (the others
named are still imported).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from socdesk import paths
from socdesk.cli import EXIT_OK, EXIT_USAGE, Io, _emit, _open_store, common
from socdesk.domain.errors import UsageError

if TYPE_CHECKING:
    from socdesk.sync.bundle import Header


def add_parsers(sub: Any) -> None:  # argparse's private _SubParsersAction
    parser = sub.add_parser("bundle", help="пакети змін для флешки")
    actions = parser.add_subparsers(dest="bundle_command", metavar="ДІЯ")
    export = actions.add_parser("export", help="записати пакет (для центру або робочих місць)")
    export.add_argument("--to", type=Path, required=True, help="папка (флешка)")
    export.add_argument("--for", dest="device", help="центр: id робочого місця або all")
    imports = actions.add_parser("import", help="імпортувати пакети")
    imports.add_argument("paths", nargs="+", type=Path)
    inspect = actions.add_parser("inspect", help="показати заголовок пакета (без ключа)")
    inspect.add_argument("path", type=Path)
    receipt = actions.add_parser("receipt", help="акт передавання пакетів (для друку)")
    receipt.add_argument("paths", nargs="+", type=Path)
    receipt.add_argument("--out", type=Path, help="файл акта (інакше — на екран)")
    card = actions.add_parser("card", help="записати картку ключа цього комп’ютера")
    card.add_argument("--to", type=Path, required=True)
    card.add_argument("--name", default="")
    trust = actions.add_parser("trust", help="довіряти картці ключа (центру або робочого місця)")
    trust.add_argument("path", type=Path)
    revoke = actions.add_parser("revoke", help="відкликати ключі робочого місця")
    revoke.add_argument("device")
    for each in (parser, export, imports, inspect, receipt, card, trust, revoke):
        common(each)


def run(args: argparse.Namespace, app_paths: paths.AppPaths, io: Io) -> int:
    action = args.bundle_command
    if action is None:
        raise UsageError(
            "Укажіть дію: socdesk bundle export|import|inspect|receipt|card|trust|revoke."
        )
    if action == "inspect":
        return _inspect(args, io)
    if action == "receipt":
        return _receipt(args, io)
    with _open_store(args, app_paths, io) as store:
        if action == "export":
            return _export(args, store, io)
        if action == "import":
            return _import(args, store, io)
        from socdesk.sync import bundle, keycards

        if action == "card":
            path = keycards.write_card(store, _folder(args.to), args.name)
            key = keycards.read_card(path.read_bytes())
            text = f"Картку ключа записано: {path}\nВідбиток: {bundle.fingerprint(key.key_id)}\n"
            _emit(io, args, {"file": str(path), "key_id": key.key_id}, text)
        elif action == "trust":
            key, new = keycards.trust(store, args.path)
            said = "Ключ додано" if new else "Цей ключ уже відомий"
            text = (
                f"{said}: {key.role} {key.device_id}\nВідбиток: {bundle.fingerprint(key.key_id)}\n"
            )
            _emit(io, args, {"key_id": key.key_id, "device": key.device_id, "new": new}, text)
        else:
            count = keycards.revoke(store, args.device)
            if not count:
                raise UsageError(f"Немає чинних ключів для «{args.device}».")
            _emit(io, args, {"revoked": count}, f"Відкликано ключів: {count}\n")
    return EXIT_OK


def _folder(folder: Path) -> Path:
    if not folder.is_dir():
        raise UsageError(f"Папки {folder} немає. Вставте флешку або вкажіть наявну папку.")
    return folder


def _export(args: argparse.Namespace, store: Any, io: Io) -> int:
    from socdesk.store import bundles as log
    from socdesk.sync import bundles

    folder = _folder(args.to)
    if not bundles.is_centre(store):
        if args.device:
            raise UsageError("--for лише для центру; робоче місце пише пакет для центру.")
        made = [bundles.export_for_centre(store, folder)]
    else:
        if not args.device:
            raise UsageError("Укажіть --for ID_РОБОЧОГО_МІСЦЯ або --for all.")
        with store.read() as conn:
            known = sorted(
                {k.device_id for k in log.known_keys(conn, log.WORKPLACE) if not k.revoked}
            )
        devices = known if args.device == "all" else [args.device]
        made = [bundles.export_for_workplace(store, device, folder) for device in devices]
    listed = [{"file": str(m.path), **_summary(m.header)} for m in made]
    text = "".join(f"Записано: {m.path.name} ({m.header['records']} змін)\n" for m in made)
    _emit(io, args, {"bundles": listed}, text)
    return EXIT_OK


def _import(args: argparse.Namespace, store: Any, io: Io) -> int:
    from socdesk.sync.bundle import BadBundle
    from socdesk.sync.bundles import import_bundle

    files = _bundle_files(args.paths)
    results: list[dict[str, Any]] = []
    lines: list[str] = []
    refused = False
    for path in files:
        try:
            done = import_bundle(store, path)
        except BadBundle as exc:
            refused = True
            io.stderr.write(f"{path.name}: {exc}\n")
            results.append({"file": str(path), "refused": exc.reason, "message": str(exc)})
            continue
        entry = {
            "file": str(path),
            **_summary(done.header),
            "duplicate": done.duplicate,
            "gap": done.gap,
            "applied": done.report.applied,
            "acknowledged": done.acknowledged,
            "quarantined": len(done.report.quarantined_here),
            "conflicts": done.report.conflicts_here,
        }
        results.append(entry)
        if done.duplicate:
            lines.append(f"{path.name}: цей пакет уже імпортовано; нічого не змінено.\n")
        else:
            lines.append(f"{path.name}: застосовано змін {done.report.applied}.\n")
        if done.gap:
            lines.append(
                f"{path.name}: бракує попереднього пакета центру; його зміни прийдуть з "
                "наступним пакетом.\n"
            )
    _emit(io, args, {"bundles": results}, "".join(lines))
    return EXIT_USAGE if refused else EXIT_OK


def _inspect(args: argparse.Namespace, io: Io) -> int:
    from socdesk.sync.bundles import inspect

    header = inspect(args.path)
    summary = _summary(header)
    counts = ", ".join(f"{k}: {v}" for k, v in header["counts"].items()) or "немає"
    text = (
        f"Пакет {summary['bundle_id']} ({summary['kind']})\n"
        f"Від: {summary['sender']}\nДля: {summary['recipient']}\n"
        f"Створено: {summary['created_at']}\nЗмін: {summary['records']} ({counts})\n"
        f"Діапазон: {summary['first']}–{summary['last']}\n"
        f"SHA-256 вмісту: {summary['payload_sha256']}\n"
    )
    _emit(io, args, summary, text)
    return EXIT_OK


def _receipt(args: argparse.Namespace, io: Io) -> int:
    from socdesk.store.files import atomic_write
    from socdesk.sync.receipt import receipt

    text = receipt(_bundle_files(args.paths))
    if args.out is None:
        io.stdout.write(text)
    else:
        atomic_write(args.out, text.encode("utf-8"), 0o644)
        io.stdout.write(f"Акт збережено: {args.out}\n")
    return EXIT_OK


def _bundle_files(paths: list[Path]) -> list[Path]:
    """The files named, a folder standing for its *.sdbundle files."""
    from socdesk.sync.bundle import EXTENSION

    files: list[Path] = []
    for path in paths:
        files += sorted(path.glob(f"*{EXTENSION}")) if path.is_dir() else [path]
    if not files:
        raise UsageError("Пакетів не знайдено: укажіть файли *.sdbundle або папку з ними.")
    return files


def _summary(header: Header) -> dict[str, Any]:
    return {"format": header.format, "size": header.size, **header.values}


COMMANDS = {"bundle": run}
