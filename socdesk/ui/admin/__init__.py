"""Administration: users, settings, the audit log, conflicts of sync."""
