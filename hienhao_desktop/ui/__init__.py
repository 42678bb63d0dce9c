"""The window: PySide6 lives only in this package."""

from hienhao_desktop.ui.pyside_guard import protect_bools

protect_bools()  # before any signal is emitted; see pyside_guard
