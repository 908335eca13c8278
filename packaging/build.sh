#!/usr/bin/env bash
# Build the one-folder desktop executable into dist/editor-app and check it.
#   packaging/build.sh            build, then check ffmpeg's run bit and run --version
#   packaging/build.sh --test     ... and run the built program's --self-test
# Needs PyInstaller in the venv:  .venv/bin/python -m pip install pyinstaller
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PY:-.venv/bin/python}
DIST=${DIST:-dist}
WORK=${WORK:-build/pyinstaller}
"$PY" -c "import PyInstaller" 2>/dev/null || { echo "PyInstaller is missing: $PY -m pip install pyinstaller" >&2; exit 2; }
start=$(date +%s)
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN --distpath "$DIST" --workpath "$WORK" packaging/editor_app.spec
echo "built $DIST/editor-app in $(( $(date +%s) - start )) s ($(du -sh "$DIST/editor-app" | cut -f1))"
ffmpeg_bin=$(find "$DIST/editor-app" -path '*imageio_ffmpeg/binaries/ffmpeg*' -type f | head -n1)
[ -n "$ffmpeg_bin" ] || { echo "no ffmpeg binary in the bundle" >&2; exit 1; }
if [ ! -x "$ffmpeg_bin" ]; then
  echo "ffmpeg lost its run bit in the bundle; restoring it" >&2
  chmod +x "$ffmpeg_bin"
fi
"$DIST/editor-app/editor-app" --version
if [ "${1:-}" = "--test" ]; then
  QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} "$DIST/editor-app/editor-app" --self-test
fi
