"""Reference documents: the shipped files and the versions the centre published (synced rows
of `reference_document`), and the one lookup every consumer uses (`document_on`).

Publishing is a coordinator's: the document is checked by its loader (`domain.refdocs.check`)
and written once, under an id every replica derives from (kind, key, version), so a version is
never changed; a new version is a new row. A row that arrives from sync and fails the same
check (another build's format, a damaged file) is left out of every lookup and logged with the
reason, so the app goes on with the versions it can read.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, select

from socdesk.domain import refdocs as rd
from socdesk.domain.errors import ValidationError
from socdesk.domain.ids import reference_id
from socdesk.domain.messages import fill, noop
from socdesk.paths import resources_dir
from socdesk.store.schema import ReferenceDocument

if TYPE_CHECKING:
    from socdesk.store.database import Store
    from socdesk.store.uow import UnitOfWork

log = logging.getLogger(__name__)
_doc = ReferenceDocument.__table__  # type: ignore[attr-defined]
# The shipped file of each kind of which there is one document (forms: every file in forms/).
SHIPPED_FILES = {
    rd.SUBSISTENCE: ("reference", "subsistence_minimums.json"),
    rd.PAYMENT_RULES: ("payment", "rules.json"),
    rd.LEGAL_DEADLINES: ("reference", "legal_deadlines.json"),
}
# Rows already checked: (id, clock) -> whether they passed (a row never changes, but a
# replica's row is looked at on every lookup).
_checked: dict[tuple[str, str], bool] = {}


@functools.cache
def shipped() -> tuple[rd.RefDoc, ...]:
    """Every document shipped with this build (checked: a bad one is a build's bug)."""
    found = []
    for kind, (folder, name) in SHIPPED_FILES.items():
        found.append(_shipped_doc(kind, resources_dir() / folder / name))
    for path in sorted((resources_dir() / "forms").glob("*.json")):
        found.append(_shipped_doc(rd.FORM, path))
    return tuple(found)


def _shipped_doc(kind: str, path: Path) -> rd.RefDoc:
    content = json.loads(path.read_text(encoding="utf-8"))
    key = rd.check(kind, content)
    return rd.RefDoc(kind, key, str(content["version"]), rd.effective_from(content), content)


def shipped_doc(kind: str, key: str = "") -> rd.RefDoc:
    """The newest shipped version of a document (for readers without a store)."""
    found = rd.in_force([d for d in shipped() if (d.kind, d.key) == (kind, key)], dt.date.max)
    if found is None:
        raise LookupError(f"no shipped {kind} {key!r}")
    return found


def published(conn: Connection, kind: str | None = None) -> list[rd.RefDoc]:
    """The published versions this replica holds that pass their check (others are logged
    and left out)."""
    stmt = select(_doc).where(_doc.c.deleted.is_(False))
    if kind is not None:
        stmt = stmt.where(_doc.c.kind == kind)
    found = []
    for row in conn.execute(stmt):
        if _usable(row):
            found.append(
                rd.RefDoc(
                    row.kind,
                    row.key,
                    row.version,
                    row.effective_from,
                    row.content,
                    rd.PUBLISHED,
                    row.published_by,
                )
            )
    return found


def _usable(row: Any) -> bool:
    known = _checked.get((row.id, row.hlc))
    if known is None:
        try:
            known = rd.check(row.kind, row.content) == row.key and (
                str(row.content.get("version")) == row.version
            )
            why = "its key or version differs from its content"
            if known and len(set(row.field_clocks.values())) > 1:
                # Written once: every field has the clock of its insert. An edit that came
                # later (not through `publish`) makes it another document under the same
                # version, which no replica could tell from the first.
                known, why = False, "it was changed after it was published"
        except ValidationError as exc:
            known, why = False, str(exc)
        if not known:
            log.warning(
                "reference document %s %s %s (row %s) ignored: %s",
                row.kind,
                row.key,
                row.version,
                row.id,
                why,
            )
        _checked[(row.id, row.hlc)] = known
    return known


def versions(conn: Connection, kind: str, key: str = "") -> list[rd.RefDoc]:
    """Every version of one document, shipped and published."""
    return rd.merged(
        (d for d in shipped() if (d.kind, d.key) == (kind, key)),
        (d for d in published(conn, kind) if d.key == key),
    )


def document_on(conn: Connection, kind: str, key: str, on: dt.date) -> rd.RefDoc | None:
    """The version of a document in force on the business date `on`."""
    return rd.in_force(versions(conn, kind, key), on)


def read_file(path: Path) -> dict[str, Any]:
    """A document file as JSON, or `ValidationError` saying what is wrong with it."""
    try:
        content = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ValidationError(
            fill(noop("Domain", "Файлу %1 немає. Перевірте шлях."), path), "file"
        ) from None
    except OSError as exc:
        raise ValidationError(
            fill(noop("Domain", "Не вдалося прочитати файл %1: %2."), path, exc.strerror), "file"
        ) from None
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise ValidationError(
            fill(noop("Domain", "Файл %1 не є документом довідкових даних (JSON)."), path),
            "file",
        ) from None
    if not isinstance(content, dict):
        raise ValidationError(
            fill(noop("Domain", "Файл %1 не є документом довідкових даних (JSON)."), path),
            "file",
        )
    return content


def publish(
    store: Store, kind: str, content: Mapping[str, Any], effective_from: dt.date
) -> rd.RefDoc:
    """Publishes a version (coordinators only); see `write_version`."""
    store.require_coordinator()
    with store.write() as uow:
        return write_version(uow, kind, content, effective_from)


def write_version(
    uow: UnitOfWork, kind: str, content: Mapping[str, Any], effective_from: dt.date
) -> rd.RefDoc:
    """Writes a version once it is checked and newer than every version known; sync takes
    it to every replica. The caller has made sure a coordinator is writing."""
    content = dict(content)
    if kind == rd.FORM:  # the form's own date is the one it is published for
        content["effective_from"] = effective_from.isoformat()
    key = rd.check(kind, content)
    version = str(content["version"])
    known = versions(uow.connection, kind, key)
    newest = max((d.version for d in known), key=rd.version_key, default=None)
    if newest is not None and rd.version_key(version) <= rd.version_key(newest):
        raise ValidationError(
            fill(
                noop(
                    "Domain",
                    "Версія %1 не новіша за наявну %2. Збільште номер версії у файлі "
                    "(поле version), щоб опублікувати нову.",
                ),
                version,
                newest,
            ),
            "version",
        )
    uow.insert(
        ReferenceDocument,
        {
            "kind": kind,
            "key": key,
            "version": version,
            "effective_from": effective_from,
            "content": content,
            "published_by": uow.author,
        },
        row_id=reference_id("reference_document", f"{kind}:{key}:{version}"),
    )
    if kind == rd.FORM:  # this process's readers know it at once (forms imports this module)
        from socdesk.store.forms import remember_published

        remember_published(key, version, content)
    log.info("reference document %s %s %s published from %s", kind, key, version, effective_from)
    return rd.RefDoc(kind, key, version, effective_from, content, rd.PUBLISHED, uow.author)


@dataclass(frozen=True, slots=True)
class VersionLine:
    """One line of the coordinator's list: a version in force today or coming later."""

    kind: str
    key: str
    version: str
    effective_from: dt.date
    source: str
    in_force: bool  # False: it applies later


def overview(conn: Connection, today: dt.date) -> list[VersionLine]:
    """For each document, the version in force today and the versions that will apply later."""
    docs = rd.merged(shipped(), published(conn))
    keys = sorted({(d.kind, d.key) for d in docs})
    lines = []
    for kind, key in keys:
        mine = [d for d in docs if (d.kind, d.key) == (kind, key)]
        current = rd.in_force(mine, today)
        floor = rd.version_key(current.version) if current is not None else ()
        coming = sorted(
            (d for d in mine if d.effective_from > today and rd.version_key(d.version) > floor),
            key=lambda d: d.effective_from,
        )
        for doc, now in [(current, True)] + [(d, False) for d in coming]:
            if doc is not None:
                lines.append(
                    VersionLine(kind, key, doc.version, doc.effective_from, doc.source, now)
                )
    return lines
