"""Sync: reads the store's outbox, merges incoming changes, ships them over HTTP and in bundles.

The clock and change record it ships are `socdesk.domain.hlc` and `socdesk.domain.changes`;
the store stamps and records them in its unit of work (DESIGN.md "Sync").
"""
