#!/usr/bin/env bash
# Start the frozen app headless on a fresh data dir: it must migrate, seed a demo district,
# render the households page and exit 0 with a real PNG.
set -euo pipefail
app=${1:-dist/gridwarden/gridwarden}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$app" --version
QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} GRIDWARDEN_NO_CRASH_DIALOG=1 \
  timeout 180 "$app" --data-dir "$work/data" --demo --demo-households 300 --page households \
  --screenshot "$work/frozen.png"
python3 - "$work/frozen.png" "$work/data/gridwarden.sqlite" <<'PY'
import sqlite3, struct, sys
png, store = sys.argv[1], sys.argv[2]
head = open(png, "rb").read(24)
assert head[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
width, height = struct.unpack(">II", head[16:24])
assert (width, height) == (1440, 900), (width, height)
households = sqlite3.connect(store).execute("select count(*) from household").fetchone()[0]
assert households == 300, households
print(f"frozen app OK: {width}x{height} screenshot, {households} demo households")
PY
