"""The report itself: dataclasses, text normalisation, validation, totals and the
edit operations. Pure Python: nothing here imports Qt, sqlite3 or an export library."""
