#!/usr/bin/env bash
# Builds Balai for Windows (64-bit) from Linux; "make windows" runs it. Writes
#   dist/Balai-VERSION-windows-amd64.zip  Balai.exe, README (id, en), licences
#   dist/Balai-Setup-VERSION.exe          the per-user installer (NSIS)
# Balai.exe carries the icon, the version information and the manifest
# (go-winres, packaging/windows/winres.json) and is a GUI program; see
# console_windows.go for its command line.
#
# Env (the Makefile sets them): VERSION (FyneApp.toml), COMMIT, DATE, LDFLAGS
# (the -X flags for balai/app/buildinfo), PUBLISHER; GO_WINRES (go-winres
# module@version); TAGS.
# Needs: mingw-w64, nsis, zip, ImageMagick ("make deps-windows" installs them).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
export PATH="/usr/local/go/bin:$PATH"

: "${VERSION:?VERSION is not set (run through make windows)}"
: "${LDFLAGS:?LDFLAGS is not set (run through make windows)}"
COMMIT=${COMMIT:-unknown} DATE=${DATE:-unknown}
PUBLISHER=${PUBLISHER:-Proyek Balai}
GO_WINRES=${GO_WINRES:-github.com/tc-hib/go-winres@v0.3.3}
TAGS=${TAGS:-migrated_fynedo}

log() { printf 'windows: %s\n' "$*" >&2; }
die() { log "FAIL: $*"; exit 1; }

[[ $VERSION =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]] || die "version '$VERSION' is not MAJOR.MINOR.PATCH (FyneApp.toml)"
version4=$VERSION.0 # Windows' version resources have four numbers
for tool in x86_64-w64-mingw32-gcc makensis zip convert; do
  command -v "$tool" >/dev/null 2>&1 || die "$tool not found (run: make deps-windows)"
done

stage=$root/build/windows
dist=$root/dist
zip_name=Balai-$VERSION-windows-amd64.zip
setup_name=Balai-Setup-$VERSION.exe
rm -rf "$stage"
mkdir -p "$stage/lisensi" "$dist"

# Files get the commit's time, so the zip of one commit is the same every time.
epoch=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}

# 1. Icon, version information and manifest, as a .syso that go build links in.
convert assets/icon.png -define icon:auto-resize=256,64,48,32,24,16 "$stage/balai.ico"
sed -e "s/@VERSION@/$VERSION/g" -e "s/@VERSION4@/$version4/g" -e "s/@COMMIT@/$COMMIT/g" \
  -e "s/@DATE@/$DATE/g" -e "s/@PUBLISHER@/$PUBLISHER/g" \
  packaging/windows/winres.json >"$stage/winres.json"
syso=$root/rsrc_windows_amd64.syso
trap 'rm -f "$syso"' EXIT # only this build should link it
log "resources ($GO_WINRES)"
(cd "$stage" && go run "$GO_WINRES" make --in winres.json --arch amd64 --out rsrc)
mv "$stage/rsrc_windows_amd64.syso" "$syso"

# 2. Balai.exe: a GUI program (no console window on a double-click).
log "go build Balai.exe $VERSION ($COMMIT, $DATE)"
CGO_ENABLED=1 GOOS=windows GOARCH=amd64 CC=x86_64-w64-mingw32-gcc \
  go build -tags "$TAGS" -trimpath -ldflags "-H windowsgui -s -w $LDFLAGS" -o "$stage/Balai.exe" .
rm -f "$syso"

# 3. READMEs (CRLF, for Notepad) and licences: the fonts embedded in the
# PDFs, Go's, and those of every module linked into Balai.exe.
crlf() { sed -e 's/\r$//' -e 's/$/\r/'; }
for f in BACA-SAYA.txt README.txt; do
  sed "s/@VERSION@/$VERSION/g" "packaging/windows/$f" | crlf >"$stage/$f"
done
crlf <assets/fonts/OFL.txt >"$stage/lisensi/NotoSans-OFL.txt"
{
  printf 'Balai.exe is built with Go and the libraries below. Their licences follow.\n'
  printf '\n==== Go %s (the Go standard library and runtime) ====\n\n' "$(go env GOVERSION)"
  cat "$(go env GOROOT)/LICENSE"
  CGO_ENABLED=1 GOOS=windows GOARCH=amd64 go list -deps -tags "$TAGS" \
    -f '{{with .Module}}{{if not .Main}}{{.Path}} {{.Version}} {{.Dir}}{{end}}{{end}}' . | sort -u |
    while read -r path version dir; do
      for lic in "$dir"/LICENSE* "$dir"/LICENCE* "$dir"/COPYING*; do
        [[ -f $lic ]] || continue
        printf '\n==== %s %s (%s) ====\n\n' "$path" "$version" "$(basename "$lic")"
        cat "$lic"
      done
    done
} | crlf >"$stage/lisensi/Go-dan-pustaka.txt"

# 4. The zip: the files at its root, so "Extract all" gives one folder.
find "$stage" -exec touch -h -d "@$epoch" {} +
rm -f "$dist/$zip_name"
(cd "$stage" && TZ=UTC zip -X -q -9 "$dist/$zip_name" Balai.exe BACA-SAYA.txt README.txt lisensi/*.txt)

# 5. The installer.
log "makensis $setup_name"
makensis -V2 -INPUTCHARSET UTF8 -DVERSION="$VERSION" -DVERSION4="$version4" -DPUBLISHER="$PUBLISHER" \
  -DSTAGE="$stage" -DOUTFILE="$dist/$setup_name" packaging/windows/installer.nsi

ls -l "$dist/$zip_name" "$dist/$setup_name" | awk '{printf "windows: %s (%.1f MB)\n", $NF, $5 / 1e6}' >&2
