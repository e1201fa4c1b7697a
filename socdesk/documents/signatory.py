"""Who signs for the centre, as a contract's preamble writes it: «в особі директора Петренко
Ольги Іванівни, що діє на підставі Положення про Центр». Settings keep the position and the name
as people write them (nominative: «Директор», «Петренко Ольга Іванівна»); the preamble needs the
genitive. The name is declined as every printed name is (`ukrainian.declined_name`); a position
is a head noun with the words that follow it already in the genitive («директор Центру»,
«начальник відділу»), so only its first word or two change."""

from __future__ import annotations

from socdesk.documents.ukrainian import Case, declined_name

BLANK = "____________________"


def _noun_genitive(word: str) -> str:
    lower = word.lower()
    if lower.endswith(("ь", "й")):  # «вчитель» -> «вчителя»
        return word[:-1] + "я"
    if lower.endswith("а"):
        return word[:-1] + ("і" if lower[-2:-1] in "жчшщ" else "и")  # голова -> голови
    if lower.endswith("я"):
        return word[:-1] + "і"
    if lower[-1:].isalpha() and lower[-1] not in "аеєиіїоуюя":
        return word + "а"  # директор -> директора, начальник -> начальника
    return word


def _adjective_genitive(word: str) -> str | None:
    lower = word.lower()
    if lower.endswith(("ий", "ій")):
        return word[:-2] + ("ого" if lower.endswith("ий") else "ього")  # головний -> головного
    return None


def position_genitive(position: str) -> str:
    """«Директор» -> «директора», «головний спеціаліст відділу» -> «головного спеціаліста
    відділу», «в. о. директора» stays (already after a preposition)."""
    words = position.split()
    if not words:
        return ""
    if words[0].endswith("."):  # «в. о. директора», «т. в. о. …»: written as it follows
        return position[0].lower() + position[1:]
    first = words[0]
    adjective = _adjective_genitive(first)
    if adjective is not None and len(words) > 1:
        words[0], words[1] = adjective, _noun_genitive(words[1])
    else:
        words[0] = _noun_genitive(first)
    text = " ".join(words)
    return text[0].lower() + text[1:] if not text[:2].isupper() else text


def _sex(patronymic: str) -> str | None:
    if patronymic.endswith(("вна", "чна")):
        return "female"
    if patronymic.endswith("ич"):
        return "male"
    return None


def name_in(name: str, case: Case) -> str:
    """A full name typed as «Прізвище Ім'я По батькові» in `case` (as written if not three
    words)."""
    parts = name.split()
    if len(parts) != 3:
        return name
    return declined_name(parts[0], parts[1], parts[2], _sex(parts[2]), case)


def in_person_of(position: str, name: str, basis: str) -> str:
    """«в особі директора Петренко Ольги Іванівни, що діє на підставі Положення про Центр»;
    blanks to fill by hand where Settings hold nothing."""
    who = " ".join(p for p in (position_genitive(position), name_in(name, Case.GENITIVE)) if p)
    return f"в особі {who or BLANK}, що діє на підставі {basis or BLANK}"


def initials(name: str) -> str:
    """«Петренко Ольга Іванівна» -> «Ольга ПЕТРЕНКО»: how a signature block names the signer
    (the given name and the surname in capitals, as the business-letter standard writes)."""
    parts = name.split()
    if len(parts) < 2:
        return name
    return f"{parts[1]} {parts[0].upper()}"
