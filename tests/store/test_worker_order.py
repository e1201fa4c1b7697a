"""Workers are listed in Ukrainian alphabetical order (Іваненко after Гнатюк, not first)."""

from __future__ import annotations

from socdesk.store.database import Store
from socdesk.store.schema import Worker
from socdesk.store.service_log import workers

NAMES = [("Іваненко", "Марія"), ("Гнатюк", "Олег"), ("Ґудзь", "Ірина"), ("Єременко", "Ганна"),
         ("Андрієнко", "Віра"), ("Ейсмонт", "Ліда")]  # fmt: skip


def test_workers_are_offered_in_ukrainian_order(store: Store) -> None:
    with store.write() as uow:
        for surname, given in NAMES:
            uow.insert(Worker, {"surname": surname, "given_name": given, "position": "ФСР"})
    with store.read() as conn:
        ours = {f"{surname} {given}" for surname, given in NAMES}
        listed = [n for _, name in workers(conn) if (n := name.split(",")[0]) in ours]
    assert listed == [
        "Андрієнко Віра",
        "Гнатюк Олег",
        "Ґудзь Ірина",
        "Ейсмонт Ліда",
        "Єременко Ганна",
        "Іваненко Марія",
    ]
