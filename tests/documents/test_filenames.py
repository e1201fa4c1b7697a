"""The default file name of a saved document: what, which number, whom; never a bare
«contract.pdf» the next one overwrites; nothing Windows forbids."""

from __future__ import annotations

import datetime as dt

from socdesk.documents.filenames import batch_file_name, document_file_name, safe_file_name
from socdesk.documents.registry import kinds

PERSON = {"surname": "Коваль", "given_name": "Олена", "patronymic": "Іванівна"}


def test_a_contract_is_named_by_its_number_and_the_person() -> None:
    snap = {"person": PERSON, "case": {"number": "ІЗМ-2026-0011"},
            "contract": {"number": "ІЗМ-2026-0012"}}  # fmt: skip
    assert document_file_name(kinds()["contract"], snap) == "Договір ІЗМ-2026-0012 Коваль О.І..pdf"


def test_other_kinds_name_what_they_are() -> None:
    case = {"person": PERSON, "case": {"number": "ІЗМ-2026-0003"}}
    refusal = {**case, "decision": {"kind": "refuse", "number": "ІЗМ-2026-0040"}}
    act = {**case, "month": {"year": 2026, "month": 3}}
    register = {"start": "2026-03-01", "end": "2026-03-31"}
    assert (
        document_file_name(kinds()["decision"], refusal)
        == "Рішення про відмову ІЗМ-2026-0040 Коваль О.І..pdf"
    )
    assert (
        document_file_name(kinds()["services_act"], act)
        == "Акт наданих послуг ІЗМ-2026-0003 03.2026 Коваль О.І..pdf"
    )
    assert (
        document_file_name(kinds()["act:needs_assessment"], case)
        == "Акт оцінки потреб сім'ї-особи ІЗМ-2026-0003 Коваль О.І..pdf"
    )
    assert document_file_name(kinds()["register"], register) == (
        "Журнал обліку 01.03.2026–31.03.2026.pdf"
    )
    assert document_file_name(kinds()["consent"], {"person": PERSON}) == (
        "Згода на обробку даних Коваль О.І..pdf"
    )


def test_characters_windows_forbids_are_removed() -> None:
    name = safe_file_name('Договір <БАБ>:2026/0001 "Коваль"|О.І.?*\x07')
    assert not set('<>:"/\\|?*\x07') & set(name)
    assert name == "Договір БАБ 2026-0001 Коваль О.І..pdf"
    assert len(safe_file_name("Я" * 500)) == 124


def test_a_batch_in_one_file_names_the_kind_and_the_period() -> None:
    assert batch_file_name(kinds()["contract"], dt.date(2026, 3, 1), dt.date(2026, 3, 31)) == (
        "Договір з додатками 01.03.2026–31.03.2026.pdf"
    )
