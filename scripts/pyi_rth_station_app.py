"""PyInstaller runtime hook (build.spec): runs in the bundle before Station App starts.

A windowed program (``station-app.exe``, console=False) starts with ``sys.stdout`` and
``sys.stderr`` set to None; code that writes to them, or asks them ``isatty()``, would
fail. They get a null device instead (the window shows its errors in dialogs, and
``station-app-cli.exe`` is the program for the command line).
"""

import os
import sys

for _name in ("stdout", "stderr"):
    if getattr(sys, _name) is None:
        setattr(sys, _name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115
