"""Keeping reports: the SQLite store, its schema and migrations, backups, the JSON
exchange format and atomic file writes. Plain Python: no Qt here."""
