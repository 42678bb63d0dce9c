"""The bundle's entry point (PyInstaller runs this file as a script)."""

from __future__ import annotations

from hienhao_desktop.cli import main

raise SystemExit(main())
