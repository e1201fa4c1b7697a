"""What the sync screen calls each kind of record and each changed field, in Ukrainian.

The conflicts view names the records people settle conflicts on (`TABLE_NAMES`,
`FIELD_NAMES`, a person's fields as on the card); the sync screen lists every syncable
table, reference lists included, so it adds the rest here. A table or field without a
label would show its internal name: tests/ui/test_sync_screen.py checks every one."""

from __future__ import annotations

from socdesk.ui.admin.conflicts import FIELD_NAMES, TABLE_NAMES
from socdesk.ui.i18n import noop, tr
from socdesk.ui.person.panels import field_text

CONTEXT = "SyncScreen"
# Columns of every record that only the sync itself reads.
BOOKKEEPING = frozenset({"id", "deleted", "hlc", "origin", "field_clocks"})

TABLES = {
    "community": noop("SyncScreen", "Громада"),
    "starosta_district": noop("SyncScreen", "Старостинський округ"),
    "service_type": noop("SyncScreen", "Соціальна послуга (класифікатор)"),
    "complex_factor": noop("SyncScreen", "Складна життєва обставина (класифікатор)"),
    "recipient_category": noop("SyncScreen", "Категорія отримувачів"),
    "subsistence_minimum": noop("SyncScreen", "Прожитковий мінімум"),
    "legal_deadline": noop("SyncScreen", "Строк за законом"),
    "martial_law_period": noop("SyncScreen", "Період воєнного стану"),
    "reference_document": noop("SyncScreen", "Довідковий документ"),
    "person": noop("SyncScreen", "Особа"),
    "contract_payment": noop("SyncScreen", "Оплата за договором"),
    "sensitive_access": noop("SyncScreen", "Доступ до чутливих даних з обґрунтуванням"),
}
FIELDS = {
    "granted_at": noop("SyncScreen", "Коли надано"),
    "until": noop("SyncScreen", "Діє до"),
    "district_id": noop("SyncScreen", "Старостинський округ"),
    "district_ids": noop("SyncScreen", "Старостинські округи"),
    "community_id": noop("SyncScreen", "Громада"),
    "katottg": noop("SyncScreen", "Код КАТОТТГ"),
    "oblast": noop("SyncScreen", "Область"),
    "raion": noop("SyncScreen", "Район"),
    "decision": noop("SyncScreen", "Рішення про утворення"),
    "category": noop("SyncScreen", "Категорія"),
    "code": noop("SyncScreen", "Код"),
    "unit": noop("SyncScreen", "Одиниця виміру"),
    "basic": noop("SyncScreen", "Базова послуга"),
    "confidence": noop("SyncScreen", "Достовірність"),
    "valid_from": noop("SyncScreen", "Чинний з"),
    "valid_to": noop("SyncScreen", "Чинний до"),
    "group": noop("SyncScreen", "Група населення"),
    "amount_kop": noop("SyncScreen", "Сума"),
    "amount": noop("SyncScreen", "Тривалість"),
    "source": noop("SyncScreen", "Джерело"),
    "start": noop("SyncScreen", "Початок"),
    "end": noop("SyncScreen", "Кінець"),
    "centre_name": noop("SyncScreen", "Назва надавача"),
    "centre_address": noop("SyncScreen", "Адреса надавача"),
    "centre_edrpou": noop("SyncScreen", "Код ЄДРПОУ"),
    "case_prefix": noop("SyncScreen", "Початок номера справи"),
    "centre_logo": noop("SyncScreen", "Логотип"),
    "centre_head": noop("SyncScreen", "Керівник"),
    "signer_position": noop("SyncScreen", "Посада підписанта"),
    "signer_name": noop("SyncScreen", "Підписант"),
    "signer_basis": noop("SyncScreen", "Підстава підпису"),
    "contract_place": noop("SyncScreen", "Місце укладення договорів"),
    "surname": noop("SyncScreen", "Прізвище"),
    "given_name": noop("SyncScreen", "Ім’я"),
    "patronymic": noop("SyncScreen", "По батькові"),
    "position": noop("SyncScreen", "Посада"),
    "phone": noop("SyncScreen", "Телефон"),
    "active": noop("SyncScreen", "Працює"),
    "household_id": noop("SyncScreen", "Домогосподарство"),
    "name_forms": noop("SyncScreen", "Відмінки імені"),
    "erasures": noop("SyncScreen", "Знеособлення й виправлення"),
    "sort_key": noop("SyncScreen", "Порядок у списку"),
    "head_id": noop("SyncScreen", "Голова домогосподарства"),
    "person_id": noop("SyncScreen", "Особа"),
    "joined_on": noop("SyncScreen", "Дата входження"),
    "left_on": noop("SyncScreen", "Дата виходу"),
    "channel": noop("SyncScreen", "Спосіб звернення"),
    "applicant": noop("SyncScreen", "Заявник"),
    "on_behalf": noop("SyncScreen", "В інтересах особи"),
    "services": noop("SyncScreen", "Послуги"),
    "urgent": noop("SyncScreen", "Екстрено"),
    "received_on": noop("SyncScreen", "Дата одержання"),
    "closed_on": noop("SyncScreen", "Дата закриття"),
    "case_id": noop("SyncScreen", "Справа"),
    "from_state": noop("SyncScreen", "Попередній стан"),
    "to_state": noop("SyncScreen", "Новий стан"),
    "on": noop("SyncScreen", "Дата"),
    "reason": noop("SyncScreen", "Підстава"),
    "law": noop("SyncScreen", "Норма закону"),
    "form_code": noop("SyncScreen", "Форма"),
    "form_version": noop("SyncScreen", "Редакція форми"),
    "answers": noop("SyncScreen", "Відповіді"),
    "status": noop("SyncScreen", "Стан"),
    "completed_on": noop("SyncScreen", "Дата завершення"),
    "supersedes_id": noop("SyncScreen", "Попередня редакція"),
    "correction_reason": noop("SyncScreen", "Причина виправлення"),
    "declared_on": noop("SyncScreen", "Дата декларації"),
    "members": noop("SyncScreen", "Члени сім’ї"),
    "kind": noop("SyncScreen", "Вид"),
    "decided_on": noop("SyncScreen", "Дата рішення"),
    "needs_services": noop("SyncScreen", "Потребує послуг"),
    "ground": noop("SyncScreen", "Підстава"),
    "paper_ref": noop("SyncScreen", "Підписаний папір"),
    "payment_category": noop("SyncScreen", "Умови оплати"),
    "income": noop("SyncScreen", "Дохід"),
    "delivered_on": noop("SyncScreen", "Дата видачі"),
    "signed_on": noop("SyncScreen", "Дата підписання"),
    "representative": noop("SyncScreen", "Законний представник"),
    "representative_basis": noop("SyncScreen", "Підстава представництва"),
    "place": noop("SyncScreen", "Місце надання"),
    "payment_steps": noop("SyncScreen", "Кроки оплати"),
    "terminated_on": noop("SyncScreen", "Дата припинення"),
    "revision": noop("SyncScreen", "Редакція"),
    "made_on": noop("SyncScreen", "Дата складання"),
    "review_on": noop("SyncScreen", "Дата перегляду"),
    "need_degree": noop("SyncScreen", "Ступінь потреби"),
    "goals": noop("SyncScreen", "Цілі"),
    "measures": noop("SyncScreen", "Заходи"),
    "participation": noop("SyncScreen", "Участь отримувача"),
    "review_result": noop("SyncScreen", "Результат перегляду"),
    "service_code": noop("SyncScreen", "Послуга"),
    "units_x100": noop("SyncScreen", "Кількість"),
    "subject_id": noop("SyncScreen", "Про кого"),
    "printed_at": noop("SyncScreen", "Коли надруковано"),
    "printed_by": noop("SyncScreen", "Хто надрукував"),
    "snapshot": noop("SyncScreen", "Зміст"),
    "pdf_sha256": noop("SyncScreen", "Контрольна сума"),
    "copy_of": noop("SyncScreen", "Копія документа"),
    "pages": noop("SyncScreen", "Сторінки"),
    "contract_id": noop("SyncScreen", "Договір"),
    "month": noop("SyncScreen", "Місяць"),
    "charged_kop": noop("SyncScreen", "Нараховано"),
    "received_kop": noop("SyncScreen", "Отримано"),
    "receipt": noop("SyncScreen", "Квитанція"),
    "recorded_by": noop("SyncScreen", "Хто записав"),
    "key": noop("SyncScreen", "Код документа"),
    "version": noop("SyncScreen", "Версія"),
    "effective_from": noop("SyncScreen", "Діє з"),
    "content": noop("SyncScreen", "Зміст документа"),
    "published_by": noop("SyncScreen", "Хто опублікував"),
}


def table_label(table: str) -> str:
    """«Громада», «Населений пункт»; the name itself for a table nobody labelled yet."""
    if table in TABLE_NAMES:
        return tr("ConflictsView", TABLE_NAMES[table])
    if table in TABLES:
        return tr(CONTEXT, TABLES[table])
    return table or "—"


def field_label(table: str, field: str) -> str:
    """A changed field as a person reads it: the card's label for a person, the conflicts
    view's where it has one, else this screen's."""
    if table == "person" or field not in FIELD_NAMES:
        shown = field_text(field)
        if shown != field:
            return shown
        return tr(CONTEXT, FIELDS[field]) if field in FIELDS else field
    return tr("ConflictsView", FIELD_NAMES[field])
