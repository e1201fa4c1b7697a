"""The local store: tables, encrypted engine, migrations, unit of work, search, backup.

The only package with SQL. Other layers call `Workplace` and the query functions here.
"""
