"""Pure domain: entities, rules, clocks and change records. Imports nothing of the project."""
