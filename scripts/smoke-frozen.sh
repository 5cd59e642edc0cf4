#!/usr/bin/env bash
# Start the frozen app headless on a fresh data dir: it must create an encrypted demo store
# (the demo passphrase is filled in and submitted by itself), migrate, seed a demo district,
# render the households page and exit 0 with a real PNG. The store is checked with the
# project's Python (PYTHON, default python3), which has the SQLCipher binding.
set -euo pipefail
app=${1:-dist/gridwarden/gridwarden}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$app" --version
QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} GRIDWARDEN_NO_CRASH_DIALOG=1 \
  timeout 180 "$app" --data-dir "$work/data" --demo --demo-households 300 --page households \
  --size 1366x768 --screenshot "$work/frozen.png"
# the bundled CJK font (build.spec) is in the bundle and was loaded
find "$(dirname "$app")" -path "*resources/fonts/*" -name "*.tt[cf]" | grep -q .
grep -q "loaded the bundled font" "$work/data/logs/"*.log
"${PYTHON:-python3}" - "$work/frozen.png" "$work/data" <<'PY'
import struct, sys
from pathlib import Path
from gridwarden.db.engine import connect, is_plaintext
from gridwarden.security import keys
png, data = sys.argv[1], Path(sys.argv[2])
head = open(png, "rb").read(24)
assert head[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
width, height = struct.unpack(">II", head[16:24])
assert (width, height) == (1366, 768), (width, height)
store = data / "gridwarden.sqlite"
assert not is_plaintext(store), "the store is not encrypted"
key = keys.unlock(data, keys.DEMO_PASSPHRASE)
households = connect(store, key).execute("select count(*) from household").fetchone()[0]
assert households == 300, households
print(f"frozen app OK: {width}x{height} screenshot, {households} demo households, encrypted store")
PY
