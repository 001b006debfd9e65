#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages Balai needs to build (cgo + OpenGL/X11
# headers for Fyne), to smoke-test (Xvfb, xdotool, ImageMagick) and for the
# tests that read PDFs (poppler-utils) and QR codes (zbar-tools); then checks
# that Go >= 1.26 is on PATH.
#
# "deps.sh windows" also installs what "make windows" and "make test-windows"
# need: mingw-w64 (cgo for Windows, the Wine test shim), NSIS (the installer),
# zip, and 64-bit Wine to run the Windows build here; without their
# recommendations (GStreamer, Samba, ...), which the test does not use.
#
# Fast and silent when everything is present: apt-get (and apt-get update) run
# only when a package is missing. As root it installs directly; otherwise it uses
# "sudo -n" if that works without a password, else it prints the command to run.
set -euo pipefail

PACKAGES=(
  ca-certificates # the Go module proxy is reached over HTTPS
  gcc libc6-dev pkg-config # cgo
  libgl1-mesa-dev xorg-dev # Fyne's GLFW driver (OpenGL + X11 headers)
  xvfb xdotool x11-utils imagemagick # scripts/smoke.sh: virtual display, window lookup, screenshot
  poppler-utils # pdftoppm / pdftotext in report tests
  zbar-tools # zbarimg in QR-code tests
)
WINDOWS_PACKAGES=(
  gcc-mingw-w64-x86-64 # cgo for GOOS=windows; packaging/windows/wine/bcryptprimitives.c
  nsis zip # the installer (makensis) and the zip
  wine wine64 fonts-wine # run the Windows build and its installer (64-bit only)
  unzip # the test looks inside the zip
)
WANT=(base)
case "${1:-}" in
  "") ;;
  windows) WANT+=(windows) ;;
  *) printf 'usage: %s [windows]\n' "$0" >&2; exit 2 ;;
esac
GO_MIN_MAJOR=1
GO_MIN_MINOR=26

export PATH="/usr/local/go/bin:$PATH"
cd "$(dirname "${BASH_SOURCE[0]}")/.."

log() { printf 'deps: %s\n' "$*" >&2; }

# missing_packages LIST: the packages of the array named LIST not installed.
missing_packages() {
  local -n list=$1
  local p status
  for p in "${list[@]}"; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
    [[ $status == installed ]] || printf '%s\n' "$p"
  done
}

# apt_get ARGS...: runs apt-get non-interactively, waiting (up to ~10 min) while
# another apt/dpkg process holds the lock instead of failing straight away.
apt_get() {
  local out rc attempt
  out=$(mktemp)
  for attempt in $(seq 1 60); do
    set +e
    "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive \
      apt-get -o DPkg::Lock::Timeout=600 -o Dpkg::Use-Pty=0 "$@" 2>&1 | tee "$out"
    rc=${PIPESTATUS[0]}
    set -e
    if ((rc == 0)); then rm -f "$out"; return 0; fi
    if grep -qiE 'could not get lock|unable to lock|unable to acquire|is another process using it' "$out"; then
      log "apt/dpkg is locked by another process; retrying in 10 s (attempt $attempt/60)"
      sleep 10
      continue
    fi
    rm -f "$out"
    return "$rc"
  done
  rm -f "$out"
  log "gave up waiting for the apt/dpkg lock"
  return 1
}

# ensure_packages LIST [APT-GET INSTALL OPTIONS...]
ensure_packages() {
  local name=$1
  shift
  mapfile -t missing < <(missing_packages "$name")
  ((${#missing[@]} > 0)) || return 0
  log "missing system packages: ${missing[*]}"
  if ! command -v apt-get >/dev/null 2>&1; then
    log "apt-get not found: install the equivalents of these packages by hand: ${missing[*]}"
    exit 1
  fi
  if [[ $(id -u) == 0 ]]; then
    SUDO=()
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    SUDO=(sudo -n)
  else
    log "not root and no password-less sudo; run this, then retry:"
    printf '  sudo apt-get update && sudo apt-get install -y %s %s\n' "$*" "${missing[*]}" >&2
    exit 1
  fi
  if [[ -z ${APT_UPDATED:-} ]]; then
    apt_get update
    APT_UPDATED=1
  fi
  apt_get install -y "$@" "${missing[@]}"
  mapfile -t still < <(missing_packages "$name")
  if ((${#still[@]} > 0)); then
    log "still missing after apt-get install: ${still[*]}"
    exit 1
  fi
  log "installed: ${missing[*]}"
}

ensure_packages PACKAGES
if [[ " ${WANT[*]} " == *" windows "* ]]; then
  ensure_packages WINDOWS_PACKAGES --no-install-recommends
fi

if ! command -v go >/dev/null 2>&1; then
  log "Go not found on PATH (also looked in /usr/local/go/bin)."
  log "Install Go >= $GO_MIN_MAJOR.$GO_MIN_MINOR (https://go.dev/dl/, unpacked to /usr/local/go) and retry."
  exit 1
fi
# The effective toolchain for this module (honours GOTOOLCHAIN and go.mod).
gover=$(go env GOVERSION 2>/dev/null || true)
if [[ $gover =~ ^go([0-9]+)\.([0-9]+) ]]; then
  major=${BASH_REMATCH[1]} minor=${BASH_REMATCH[2]}
  if ((major < GO_MIN_MAJOR || (major == GO_MIN_MAJOR && minor < GO_MIN_MINOR))); then
    log "found $gover at $(command -v go), but Balai needs Go >= $GO_MIN_MAJOR.$GO_MIN_MINOR."
    log "Install a newer Go (https://go.dev/dl/, unpacked to /usr/local/go) and retry."
    exit 1
  fi
else
  log "warning: could not tell the Go version from 'go env GOVERSION' ('$gover'); carrying on"
fi
