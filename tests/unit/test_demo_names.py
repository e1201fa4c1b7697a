"""Patronymics in the demo, held to a table checked by hand against the rules of Ukrainian
grammar (Правопис 2019, §96) and the forms in use."""

from __future__ import annotations

import pytest
from faker.providers.person.uk_UA import Provider

from socdesk.demo_names import patronymic
from socdesk.domain.identifiers import Sex

CHECKED = [  # father, son's, daughter's
    ("Амвросій", "Амвросійович", "Амвросіївна"),
    ("Андрій", "Андрійович", "Андріївна"),
    ("Сергій", "Сергійович", "Сергіївна"),
    ("Валерій", "Валерійович", "Валеріївна"),
    ("Аврелій", "Аврелійович", "Авреліївна"),
    ("Єлисей", "Єлисейович", "Єлисеївна"),
    ("Ілля", "Ілліч", "Іллівна"),
    ("Микола", "Миколайович", "Миколаївна"),
    ("Миколай", "Миколайович", "Миколаївна"),
    ("Лука", "Лукич", "Луківна"),
    ("Сава", "Савович", "Савівна"),
    ("Кузьма", "Кузьмич", "Кузьмівна"),
    ("Хома", "Хомич", "Хомівна"),
    ("Яків", "Якович", "Яківна"),
    ("Григорій", "Григорович", "Григорівна"),
    ("Олег", "Олегович", "Олегівна"),
    ("Іван", "Іванович", "Іванівна"),
    ("Ігор", "Ігорович", "Ігорівна"),
    ("Петро", "Петрович", "Петрівна"),
    ("Павло", "Павлович", "Павлівна"),
    ("Дмитро", "Дмитрович", "Дмитрівна"),
    ("Михайло", "Михайлович", "Михайлівна"),
    ("Данило", "Данилович", "Данилівна"),
    ("Марко", "Маркович", "Марківна"),
    ("Микита", "Микитович", "Микитівна"),
    ("Ярема", "Яремович", "Яремівна"),
    ("Василь", "Васильович", "Василівна"),
    ("Олесь", "Олесьович", "Олесівна"),
    ("Федір", "Федорович", "Федорівна"),
    ("Прохір", "Прохорович", "Прохорівна"),
    ("Лев", "Львович", "Львівна"),
    ("Євген", "Євгенович", "Євгенівна"),
    ("Демʼян", "Демʼянович", "Демʼянівна"),
    ("Вʼячеслав", "Вʼячеславович", "Вʼячеславівна"),
    ("Охрім", "Охрімович", "Охрімівна"),
    ("Семен", "Семенович", "Семенівна"),
]


@pytest.mark.parametrize(("father", "son", "daughter"), CHECKED)
def test_patronymic_by_hand_checked_table(father: str, son: str, daughter: str) -> None:
    assert patronymic(father, Sex.MALE) == son
    assert patronymic(father, Sex.FEMALE) == daughter


def test_no_name_the_demo_draws_gets_a_known_wrong_form() -> None:
    for father in Provider.first_names_male:
        son, daughter = patronymic(father, Sex.MALE), patronymic(father, Sex.FEMALE)
        assert son.endswith(("ич", "іч")) and daughter.endswith(("івна", "ївна")), father
        assert not daughter.endswith(("йовна", "ьівна", "ійівна", "айівна")), father
