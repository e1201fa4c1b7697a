"""Patronymics formed from a father's given name by the rules of Ukrainian grammar (Правопис
2019, §96): -ович/-івна after a consonant (Олег → Олегович, Олегівна), -йович/-ївна after -ій
(Андрій → Андрійович, Андріївна), the -о and -а of Петро, Микита dropped, the alternation of
Федір → Федорович, and the old forms that no rule gives (Ілля → Ілліч, Лука → Лукич).
Faker's list has forms such as «Амвросійовна» and «Васильівна»: the demo forms its own."""

from __future__ import annotations

from socdesk.domain.identifiers import Sex

# (masculine, feminine) where the rules below do not give the form in use.
_IRREGULAR = {
    "Ілля": ("Ілліч", "Іллівна"),
    "Лука": ("Лукич", "Луківна"),
    "Кузьма": ("Кузьмич", "Кузьмівна"),
    "Хома": ("Хомич", "Хомівна"),
    "Фома": ("Фомич", "Фомівна"),
    "Микола": ("Миколайович", "Миколаївна"),
    "Яків": ("Якович", "Яківна"),
    "Григорій": ("Григорович", "Григорівна"),
    "Лев": ("Львович", "Львівна"),
    "Олекса": ("Олексович", "Олексівна"),
}
# і in the name's last, closed syllable is о or е in its other forms (Федір — Федора).
_ALTERNATING = {"Федір": "Федор", "Прохір": "Прохор", "Нечипір": "Нечипор", "Сидір": "Сидор"}
VOWELS = "аеєиіїоуюя"


def patronymic(father: str, sex: Sex) -> str:
    """The patronymic a child of `sex` takes from a father named `father`."""
    male = sex is Sex.MALE
    if father in _IRREGULAR:
        return _IRREGULAR[father][0 if male else 1]
    stem = _ALTERNATING.get(father, father)
    if stem[-1] == "й" and stem[-2] in VOWELS:  # Андрій, Миколай: the й stays before -ович
        return stem + "ович" if male else stem[:-1] + "ївна"
    if stem.endswith("ь"):  # Василь → Васильович, Василівна
        return stem + "ович" if male else stem[:-1] + "івна"
    if stem[-1] in VOWELS:  # Петро, Микита, Сава: the ending goes
        stem = stem[:-1]
    return stem + ("ович" if male else "івна")
