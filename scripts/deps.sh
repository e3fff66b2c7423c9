#!/usr/bin/env bash
# Installs what API Test Explorer needs on Debian 12, skipping what is already there.
# Usage: scripts/deps.sh [--gui]   (--gui adds what running the window under Xvfb needs)
set -euo pipefail

packages=(cmake ninja-build g++ ccache pkg-config
          qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
          qt6-translations-l10n
          nlohmann-json3-dev libsqlite3-dev libssl-dev libre2-dev libcurl4-openssl-dev libpugixml-dev
          libbenchmark-dev qtkeychain-qt6-dev
          fonts-dejavu-core xvfb xauth
          python3 python3-fastapi python3-httpx python3-pytest python3-pytest-xdist python3-jwt python3-uvicorn python3-multipart
          desktop-file-utils appstream dpkg-dev file)
if [[ "${1:-}" == "--gui" ]]; then
    packages+=(imagemagick)
fi

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if (( ${#missing[@]} )); then
    echo "Installing: ${missing[*]}"
    sudo_cmd=()
    if [[ $(id -u) -ne 0 ]]; then sudo_cmd=(sudo); fi
    "${sudo_cmd[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends \
        "${missing[@]}" >/dev/null
else
    echo "All build and test dependencies are installed."
fi
