#!/usr/bin/env bash
# Build the one-folder bundle (dist/cchc), run its self-test, and, where makensis exists, the installer.
# The Windows installer must be built on Windows (PyInstaller freezes for the platform it runs on):
#   pyinstaller --noconfirm installer\cchc.spec ; dist\cchc\cchc.exe self-test ;
#   makensis /DVERSION=<version> /DDIST=..\dist\cchc installer\cchc.nsi
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
VERSION=$("$PY" -c 'import cchc_desktop; print(cchc_desktop.__version__)')
"$PY" -m PyInstaller --noconfirm --log-level WARN installer/cchc.spec
dist/cchc/cchc self-test
du -sh dist/cchc
if command -v makensis >/dev/null; then
  makensis -V2 -DVERSION="$VERSION" -DDIST="$PWD/dist/cchc" -DOUTFILE="$PWD/dist/CCHC-Desktop-$VERSION-setup.exe" installer/cchc.nsi
fi
