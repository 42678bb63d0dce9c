"""``python -m hienhao_desktop`` runs the command line."""

from hienhao_desktop.cli import main

raise SystemExit(main())
