"""A person's request for their data, answered: the JSON of everything held about them
(`store.subject_access`) and the same as a readable PDF, written to a folder and audited.

Used by the person card's menu and by `socdesk person-data`. The law gives 30 calendar days
to answer (REFERENCE.md §11); the files are made at once.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.platypus import Flowable, Spacer

from socdesk.documents.page import Letterhead, build_pdf, content_width, para, table
from socdesk.store.database import Store
from socdesk.store.files import atomic_write
from socdesk.store.printing import letterhead
from socdesk.store.sensitive import require_person_access
from socdesk.store.subject_access import gather

TITLE = "Відомості, які SocDesk зберігає про особу"
SKIPPED_IN_PDF = frozenset({"snapshot"})  # a printed document's data: in the JSON file


@dataclass(frozen=True, slots=True)
class SubjectFiles:
    json_path: Path
    pdf_path: Path
    rows: int
    entries: int


def export_subject(store: Store, person_id: str, folder: Path, today: dt.date) -> SubjectFiles:
    """Writes `<surname>-дані-<date>.json` and `.pdf` into `folder`; the export is audited."""
    with store.read() as conn:
        # Everything, sensitive sections too: made by someone who may read them.
        require_person_access(conn, person_id, dt.datetime.now(dt.UTC))
        data = gather(conn, person_id)
        head = letterhead(conn)
    data["generated_at"] = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    data["centre"] = head.get("centre", "")
    person = data["tables"]["person"][0]
    stem = f"{person.get('surname', 'особа')}-дані-{today:%Y-%m-%d}"
    folder.mkdir(parents=True, exist_ok=True)
    json_path, pdf_path = folder / f"{stem}.json", folder / f"{stem}.pdf"
    rows = sum(len(r) for r in data["tables"].values())
    with store.write() as uow:  # audited first: the export itself is part of the history
        uow.audit_action(
            "subject.export", "person", ["json", "pdf", f"rows={rows}"], data["person_id"]
        )
    atomic_write(json_path, json.dumps(data, ensure_ascii=False, indent=1).encode())
    pdf = build_pdf(
        _story(data), TITLE, Letterhead(head.get("centre", ""), head.get("address", ""))
    )
    atomic_write(pdf_path, pdf)
    return SubjectFiles(json_path, pdf_path, rows, len(data["audit"]))


def _story(data: dict[str, Any]) -> list[Flowable]:
    width = content_width()
    story: list[Flowable] = [para(TITLE, "title"), Spacer(1, 6)]
    story.append(
        para(
            f"Складено {data['generated_at']}. Повні дані в машиночитному вигляді: файл JSON "
            "з тією самою назвою.",
            "small",
        )
    )
    for name, rows in data["tables"].items():
        for row in rows:
            story.append(para(f"{name} {row.get('id', '')}", "heading"))
            values = [(k, _text(v)) for k, v in row.items() if k not in SKIPPED_IN_PDF]
            story.append(
                table(["Поле", "Значення"], values, [width * 0.3, width * 0.7], small=True)
            )
    audit = [(e["at"], e["user"], e["action"], e["table_name"], e["detail"]) for e in data["audit"]]
    story += _section(
        "Хто і коли звертався до даних або змінював їх",
        ["Коли", "Хто", "Дія", "Що", "Поля"],
        audit,
        (0.18, 0.22, 0.15, 0.15, 0.3),
    )
    changes = [(c["at"], c["user"], c["field"], c["old"], c["new"]) for c in data["changes"]]
    story += _section(
        "Історія змін значень",
        ["Коли", "Хто", "Поле", "Було", "Стало"],
        changes,
        (0.18, 0.2, 0.18, 0.22, 0.22),
    )
    return story


def _section(
    title: str, header: list[str], rows: Sequence[Sequence[object]], widths: tuple[float, ...]
) -> list[Flowable]:
    width = content_width()
    return [
        para(title, "heading"),
        table(header, rows, [width * w for w in widths], small=True),
    ]


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)
