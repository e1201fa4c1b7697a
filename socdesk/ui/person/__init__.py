"""One person: the card and its tabs (consent, household, cases), names in their cases,
duplicates and merge."""
