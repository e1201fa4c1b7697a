"""The recipient registry: the list, its columns, and the import that fills it."""
