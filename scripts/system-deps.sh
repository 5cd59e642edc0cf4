#!/usr/bin/env bash
# Debian packages the app and its tests need beyond Python itself: the Qt runtime libraries,
# a CJK font (Chinese must be legible in the UI and in screenshots), poppler for reading PDFs,
# PostgreSQL (the sync tests run the district server on it too; they start a private cluster
# with initdb/pg_ctl themselves, so no system service needs to run).
# Installs only what is missing; needs root or sudo for that.
set -euo pipefail

PACKAGES=(
  python3-venv
  libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0
  fonts-noto-cjk
  poppler-utils
  postgresql
)
PACKAGES+=("$@")

missing=()
for pkg in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then SUDO=""; elif command -v sudo >/dev/null; then SUDO="sudo"; else
  echo "Missing Debian packages: ${missing[*]}" >&2
  echo "Install them as root: apt-get install -y ${missing[*]}" >&2
  exit 1
fi
echo "Installing Debian packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
