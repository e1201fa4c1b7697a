"""Lists of people in the order a Ukrainian reader expects (ICU's Ukrainian collation, checked by
hand): ґ after г, є after е, и before і before ї, й after ї, ь between щ and ю, apostrophes and
case ignored, a shorter surname before a longer one that begins with it."""

from __future__ import annotations

from socdesk.domain.text import in_ukrainian_order

# Hand-checked against the alphabet «а б в г ґ д е є ж з и і ї й к л м н о п р с т у ф х ц ч ш
# щ ь ю я»; a code-point sort puts Є, І, Ї before А and Ґ after Я.
EXPECTED = [
    "Андрієнко Марія",
    "Гнатюк Олег",
    "Ґудзь Євген",
    "Ейсмонт Ірина",
    "Єременко Ганна",
    "Иванів Петро",
    "Іваненко Ольга",
    "Іваненко Ярослав",
    "Їжакевич Іван",
    "Йосипенко Анна",
    "Ков Олена",
    "коваль андрій",
    "Коваль Олена",
    "Марченко Ніна",
    "Мар'яненко Ніна",
    "Щербак Ліда",
    "Ьонг Лі",
    "Ющенко Віра",
    "Яценко Інна",
]


def test_names_sort_in_ukrainian_alphabetical_order() -> None:
    shuffled = EXPECTED[::-1][1::2] + EXPECTED[::-1][::2]
    assert in_ukrainian_order(shuffled, lambda name: name) == EXPECTED


def test_a_code_point_sort_would_not_do() -> None:
    assert sorted(EXPECTED) != EXPECTED  # the test above checks something a plain sort misses
