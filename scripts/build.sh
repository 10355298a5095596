#!/usr/bin/env bash
# Build the one-folder bundle dist/station-app/ from build.spec, then self-test it.
#
#   scripts/build.sh [PYTHON]      (default: .venv/bin/python, else python3)
#
# Installs PyInstaller into that Python's environment if it is missing. On Windows run the
# same steps from Git Bash, or by hand:  py -m pip install pyinstaller
#   py -m PyInstaller --noconfirm --clean build.spec
#   dist\station-app\station-app-cli.exe --self-test
set -euo pipefail
cd "$(dirname "$0")/.."

PY="${1:-}"
if [ -z "$PY" ]; then
    if [ -x .venv/bin/python ]; then PY=.venv/bin/python; else PY=python3; fi
fi

"$PY" -m PyInstaller --version >/dev/null 2>&1 || "$PY" -m pip install "pyinstaller>=6.10"
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN build.spec

exe=dist/station-app/station-app-cli
[ -x "$exe" ] || exe="$exe.exe"
QT_QPA_PLATFORM=offscreen "$exe" --self-test
du -sh dist/station-app
