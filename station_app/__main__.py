"""``python -m station_app`` runs the command line (no arguments opens the window)."""

from station_app.cli import main

raise SystemExit(main())
