"""The window: PySide6 lives only in this package."""
