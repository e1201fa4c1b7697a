"""Child process of test_crash.py: writes through the unit of work until it is killed.

Usage: python crash_child.py DATA_DIR point NAME:N   (SIGKILL itself at the Nth hit of NAME)
       python crash_child.py DATA_DIR loop            (write until the parent kills it)
"""

from __future__ import annotations

import sys
from pathlib import Path

from crash_child_support import KillAt, open_store

from socdesk.store.schema import Household, Person

SURNAMES = ("Коваль", "Бондар", "Шевчук", "Ткаченко", "Мельник", "Дʼяченко", "Ґудзь")


def main() -> None:
    folder = Path(sys.argv[1])
    mode = sys.argv[2]
    fault = KillAt(sys.argv[3] if mode == "point" else None)
    store = open_store(folder, fault)
    earlier: list[str] = []
    for i in range(10_000):
        with store.write() as uow:
            household = uow.insert(Household, {"address": f"вул. Шкільна, {i}"})
            for j in range(2):
                earlier.append(
                    uow.insert(
                        Person,
                        {
                            "surname": SURNAMES[(i + j) % len(SURNAMES)],
                            "given_name": "Олена",
                            "household_id": household,
                            "notes": f"запис {i}.{j}",
                        },
                    )
                )
            if len(earlier) > 3:
                uow.update(Person, earlier[i % (len(earlier) - 1)], {"notes": f"змінено {i}"})
    sys.stdout.write("finished without being killed\n")


main()
