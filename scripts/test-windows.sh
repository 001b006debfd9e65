#!/usr/bin/env bash
# Tests the Windows release under Wine, as an office would use it ("make
# test-windows" runs it after "make windows"):
#   1. a fresh 64-bit Wine prefix, with the ProcessPrng shim Go needs
#      (packaging/windows/wine/bcryptprimitives.c),
#   2. Balai-Setup-VERSION.exe /S installs per user: files, shortcuts, the
#      "Apps & features" entry with version and publisher,
#   3. the installed Balai.exe: version; demo into the default database
#      (%LOCALAPPDATA%\Balai); the sample list imported into a database and from
#      a file whose paths have spaces, with the expected counts; the CSV sample
#      imported from a UNC path (\\server\share) and an export written there in
#      the form Indonesian Excel opens; the demo
#      class's certificates, whose first QR code (100 dpi render) verifies while
#      an altered code does not; a command's output in the console of the
#      program that started it (AttachConsole) with its exit status,
#   4. the window under Xvfb at 1366x768: a screenshot that is not blank; Setup
#      refuses to replace a running Balai.exe; Alt+F4 ends Balai with status 0
#      and its database closed; Setup /S again over the installed version,
#   5. Uninstall.exe /S removes the program and keeps the data folder.
#
# Env: VERSION (FyneApp.toml's; the Makefile sets it), PUBLISHER,
#      WINTEST_KEEP=1  keep the temp dir (prefix, logs, screenshots; ~700 MB),
#      WINTEST_SEEKERS demo job seekers (default 1000),
#      WINE_TIMEOUT    seconds allowed to each Wine command (default 180).
# Every Wine command runs under a timeout: a hang fails the test, not CI.
# Screenshots are copied to bin/windows-*.png.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

: "${VERSION:?VERSION is not set (run through make test-windows)}"
PUBLISHER=${PUBLISHER:-Proyek Balai}
seekers=${WINTEST_SEEKERS:-1000}
wine_timeout=${WINE_TIMEOUT:-180}
setup=$root/dist/Balai-Setup-$VERSION.exe
zip=$root/dist/Balai-$VERSION-windows-amd64.zip

log() { printf 'test-windows: [%3d s] %s\n' "$SECONDS" "$*" >&2; }
die() { log "FAIL: $*"; exit 1; }

for tool in wine wineboot wineserver winepath x86_64-w64-mingw32-gcc strings Xvfb xdotool import convert pdftoppm zbarimg unzip; do
  command -v "$tool" >/dev/null 2>&1 || die "$tool not found (run: make deps-windows)"
done
[[ -f $setup && -f $zip ]] || die "$setup or $zip not found (run: make windows)"
entries=$(unzip -Z1 "$zip") || die "$zip is not a zip"
for f in Balai.exe BACA-SAYA.txt README.txt lisensi/NotoSans-OFL.txt lisensi/Go-dan-pustaka.txt; do
  grep -qx "$f" <<<"$entries" || die "$zip lacks $f"
done

tmp=$(mktemp -d "${TMPDIR:-/tmp}/balai-wine.XXXXXX")
xvfb_pid="" gui_pid=""

# Wine keeps everything under the temp dir: its prefix, and HOME, where it
# would link Desktop and Documents and add menu entries for the shortcuts.
export WINEPREFIX=$tmp/prefix WINEARCH=win64 WINEDEBUG=-all HOME=$tmp/home
# No Mono/Gecko download prompts, no host menu entries.
export WINEDLLOVERRIDES="mscoree=;mshtml=;winemenubuilder.exe=d"
export LIBGL_ALWAYS_SOFTWARE=1
mkdir -p "$HOME"

cleanup() {
  local rc=$?
  [[ -n $gui_pid ]] && kill "$gui_pid" 2>/dev/null
  timeout 30 wineserver -k 2>/dev/null || true
  if [[ -n $xvfb_pid ]]; then
    kill "$xvfb_pid" 2>/dev/null || true
  fi
  wait 2>/dev/null || true
  if [[ ${WINTEST_KEEP:-0} == 1 ]]; then # the prefix alone is about 700 MB
    log "kept $tmp"
  else
    rm -rf "$tmp"
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# w ARGS...: wine ARGS under the timeout.
w() { timeout -k 10 "$wine_timeout" wine "$@"; }
# settle: let every program of the prefix end (an uninstaller copies itself
# and runs on after its first process has returned).
settle() { timeout -k 10 "$wine_timeout" wineserver -w || die "Wine programs still running after ${wine_timeout}s"; }

# 1. Display, prefix, shim.
for n in $(seq 99 -1 50); do
  [[ -e /tmp/.X$n-lock || -e /tmp/.X11-unix/X$n ]] && continue
  Xvfb ":$n" -screen 0 1366x768x24 -nolisten tcp >"$tmp/xvfb.log" 2>&1 &
  xvfb_pid=$!
  for _ in $(seq 1 50); do
    kill -0 "$xvfb_pid" 2>/dev/null || break
    if DISPLAY=":$n" xdotool getdisplaygeometry >/dev/null 2>&1; then
      export DISPLAY=":$n"
      break 2
    fi
    sleep 0.1
  done
  kill "$xvfb_pid" 2>/dev/null || true
  wait "$xvfb_pid" 2>/dev/null || true
  xvfb_pid=""
done
[[ -n $xvfb_pid ]] || die "could not start Xvfb on any display :99..:50"
log "Xvfb on $DISPLAY; Wine prefix $WINEPREFIX"

timeout -k 10 "$wine_timeout" wineboot --init >"$tmp/wineboot.log" 2>&1 || die "wineboot --init failed: $(tail -n 3 "$tmp/wineboot.log")"
settle
x86_64-w64-mingw32-gcc -shared -O2 -s -Wall -Wextra -o "$tmp/bcryptprimitives.dll" \
  packaging/windows/wine/bcryptprimitives.c -ladvapi32
cp "$tmp/bcryptprimitives.dll" "$WINEPREFIX/drive_c/windows/system32/"

# unixpath WINDOWS-PATH
unixpath() { timeout 60 winepath -u "$1" | tr -d '\r'; }
localappdata_win=$(w cmd /c echo %LOCALAPPDATA% | tr -d '\r')
[[ $localappdata_win == C:\\* ]] || die "no %LOCALAPPDATA% in the prefix ('$localappdata_win')"
localappdata=$(unixpath "$localappdata_win")
instdir=$localappdata/Programs/Balai
datadir=$localappdata/Balai
exe=$instdir/Balai.exe
log "%LOCALAPPDATA% is $localappdata_win"

# 2. Install silently.
t0=$SECONDS
w "$setup" /S >"$tmp/setup.log" 2>&1 || die "Setup /S exited with status $? ($(tail -n 3 "$tmp/setup.log"))"
settle
for f in Balai.exe Uninstall.exe BACA-SAYA.txt README.txt lisensi/NotoSans-OFL.txt lisensi/Go-dan-pustaka.txt; do
  [[ -f $instdir/$f ]] || die "Setup did not install $f into $instdir"
done
appdata=$(unixpath "$(w cmd /c echo %APPDATA% | tr -d '\r')")
desktop=$(unixpath "$(w cmd /c echo %USERPROFILE% | tr -d '\r')")/Desktop
[[ -f "$appdata/Microsoft/Windows/Start Menu/Programs/Balai.lnk" ]] || die "no Start menu shortcut"
[[ -f $desktop/Balai.lnk ]] || die "no desktop shortcut in $desktop"
ukey='HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\Balai'
w reg query "$ukey" >"$tmp/uninstall-key.txt" 2>&1 || die "no uninstall entry $ukey"
for want in "DisplayName.*REG_SZ.*Balai" "DisplayVersion.*REG_SZ.*$VERSION" "Publisher.*REG_SZ.*$PUBLISHER" \
  'UninstallString.*Uninstall\.exe' 'QuietUninstallString.*Uninstall\.exe" /S'; do
  grep -Eq "$want" "$tmp/uninstall-key.txt" || die "the uninstall entry lacks /$want/: $(cat "$tmp/uninstall-key.txt")"
done
unzip -p "$zip" Balai.exe | cmp -s - "$instdir/Balai.exe" || die "the installed Balai.exe differs from the zip's"
strings -el "$instdir/Balai.exe" | grep -qx "$VERSION (.*)" || die "Balai.exe's version information does not say $VERSION"
log "installed into $instdir in $((SECONDS - t0)) s: shortcuts, Apps & features entry $VERSION by $PUBLISHER"

# 3. The command line.
out=$(w "$exe" version | tr -d '\r') || die "Balai.exe version failed"
[[ $out =~ ^balai\ $VERSION\ \(commit\ [0-9a-f]{7,},\ built\ [0-9]{4}-[0-9]{2}-[0-9]{2}\)$ ]] || die "version printed '$out'"
log "$out"

t0=$SECONDS
w "$exe" demo --seekers "$seekers" >"$tmp/demo.log" 2>&1 || die "demo failed: $(tail -n 5 "$tmp/demo.log")"
[[ -s $datadir/balai.db ]] || die "demo did not create the default database $datadir/balai.db"
log "demo ($seekers seekers) into %LOCALAPPDATA%\\Balai\\balai.db in $((SECONDS - t0)) s"

# The sample list, from and into a folder whose name has a space.
sample=$(find data -name pencaker_contoh.xlsx -path '*testdata*' | head -n 1)
[[ -n $sample ]] || die "no pencaker_contoh.xlsx under data/"
expect=${sample%.xlsx}.expect.json
counts=$(tr -d ' \n' <"$expect" | grep -o '"counts":{[^}]*}')
count() { sed -E "s/.*\"$1\":([0-9]+).*/\1/" <<<"$counts"; }
want="imported $(count imported), updated 0, unchanged 0, rejected $(count rejected), blank $(count blank)"
docs_win='C:\Users\Nama Pengguna\Documents'
docs=$(unixpath "$docs_win")
mkdir -p "$docs"
cp "$sample" "$docs/pencaker contoh.xlsx"
w "$exe" --db "$docs_win\\balai kantor.db" import seekers "$docs_win\\pencaker contoh.xlsx" >"$tmp/import.log" 2>&1 ||
  die "import failed: $(tail -n 3 "$tmp/import.log")"
got=$(tail -n 1 "$tmp/import.log" | tr -d '\r')
[[ $got == "$want" ]] || die "import: got '$got', want '$want'"
[[ -s "$docs/balai kantor.db" ]] || die "no database at $docs_win\\balai kantor.db"
log "import seekers of $(basename "$sample") into $docs_win\\balai kantor.db: $got"

# The CSV sample imported from a share, and a CSV export to it (Wine serves
# \\kantor-blk\data from dosdevices/unc).
mkdir -p "$WINEPREFIX/dosdevices/unc/kantor-blk/data"
cp "${sample%.xlsx}.csv" "$WINEPREFIX/dosdevices/unc/kantor-blk/data/pencaker contoh.csv"
w "$exe" --db "$docs_win\\dari share.db" import seekers '\\kantor-blk\data\pencaker contoh.csv' >"$tmp/import-unc.log" 2>&1 ||
  die "import from a UNC path failed: $(tail -n 3 "$tmp/import-unc.log")"
got=$(tail -n 1 "$tmp/import-unc.log" | tr -d '\r')
[[ $got == "$want" ]] || die "import from \\\\kantor-blk\\data: got '$got', want '$want'"
log "import seekers from \\\\kantor-blk\\data\\pencaker contoh.csv: $got"
share_csv=$WINEPREFIX/dosdevices/unc/kantor-blk/data/pencaker.csv
w "$exe" --db "$docs_win\\balai kantor.db" export seekers '\\kantor-blk\data\pencaker.csv' >"$tmp/export.log" 2>&1 ||
  die "export to a UNC path failed: $(tail -n 3 "$tmp/export.log")"
[[ -s $share_csv ]] || die "export wrote nothing to \\\\kantor-blk\\data\\pencaker.csv"
[[ $(head -c 3 "$share_csv" | od -An -tx1 | tr -d ' ') == efbbbf ]] || die "the CSV does not start with a UTF-8 BOM"
head -n 1 "$share_csv" | grep -q ';' || die "the CSV header is not separated by ';'"
lines=$(wc -l <"$share_csv")
crlf=$(grep -c $'\r$' "$share_csv" || true)
((lines == $(count imported) + 1 && crlf == lines)) || die "the CSV has $lines lines ($crlf ending CRLF), want $(($(count imported) + 1)) CRLF lines"
log "export seekers to \\\\kantor-blk\\data\\pencaker.csv: $lines lines, ';', BOM, CRLF"

# Certificates of the demo's finished class; the printed QR code verifies.
class=$(grep -o 'balai certificates --class [A-Z0-9-]*' "$tmp/demo.log" | awk '{print $4}')
[[ -n $class ]] || die "demo did not name a class ready for certificates"
w "$exe" certificates --class "$class" --out "$docs_win\\sertifikat $class.pdf" >"$tmp/cert.log" 2>&1 ||
  die "certificates --class $class failed: $(tail -n 3 "$tmp/cert.log")"
summary=$(tail -n 1 "$tmp/cert.log" | tr -d '\r')
[[ $summary =~ ^issued\ [1-9][0-9]*,\ reprinted\ 0,\ not\ eligible\ [0-9]+$ ]] || die "certificates: last line '$summary'"
pdftoppm -png -r 100 -f 1 -l 1 "$docs/sertifikat $class.pdf" "$tmp/cert"
code=$(zbarimg --raw -q "$tmp"/cert*.png 2>/dev/null) || die "no QR code found on the first certificate"
w "$exe" verify "$code" >"$tmp/verify.log" 2>&1 || die "verify of the printed code exited $?: $(head -n 1 "$tmp/verify.log")"
[[ $(head -n 1 "$tmp/verify.log" | tr -d '\r') == VALID* ]] || die "verify: $(head -n 1 "$tmp/verify.log")"
altered="${code:0:10}$([[ ${code:10:1} == A ]] && echo B || echo A)${code:11}"
rc=0
w "$exe" verify "$altered" >"$tmp/verify-altered.log" 2>&1 || rc=$?
((rc == 1)) || die "verify of an altered code exited $rc, want 1"
log "certificates --class $class: $summary; the QR code verifies, an altered code exits 1"

# A command started from a console program prints there, with its exit status
# (console_windows.go attaches to the parent's console).
x86_64-w64-mingw32-gcc -O2 -s -Wall -o "$tmp/console-check.exe" packaging/windows/wine/console_check.c
w "$tmp/console-check.exe" "$(timeout 60 winepath -w "$exe" | tr -d '\r')" verify "$altered" >"$tmp/console.log" 2>&1 || die "console-check: $(cat "$tmp/console.log")"
grep -q '^exit 1$' "$tmp/console.log" || die "console-check: no exit status 1: $(cat "$tmp/console.log")"
grep -q '^INVALID' "$tmp/console.log" || die "console-check: the console did not show INVALID: $(cat "$tmp/console.log")"
log "Balai.exe verify started from a console program: INVALID shown in its console, exit status 1"

# 4. The window.
settle
t0=$SECONDS
w "$exe" >"$tmp/gui.log" 2>&1 &
gui_pid=$!
wid=""
deadline=$((SECONDS + 90))
while ((SECONDS < deadline)); do
  kill -0 "$gui_pid" 2>/dev/null || die "Balai.exe exited before its window appeared: $(tail -n 5 "$tmp/gui.log")"
  wid=$(xdotool search --onlyvisible --name '^Balai' 2>/dev/null | head -n 1 || true)
  [[ -n $wid ]] && break
  sleep 1
done
[[ -n $wid ]] || die "no window named Balai… within 90 s"
sleep 5 # let it draw
shot=$tmp/window.png
import -display "$DISPLAY" -window root "$shot"
kill -0 "$gui_pid" 2>/dev/null || die "Balai.exe died while its window was shown"
stddev() { convert "$@" -format '%[fx:standard_deviation]' info:; }
is_flat() { awk -v s="$1" 'BEGIN { exit !(s + 0 < 0.01) }'; }
eval "$(xdotool getwindowgeometry --shell "$wid")" # X Y WIDTH HEIGHT
((WIDTH >= 400 && HEIGHT >= 300)) || die "the window is only ${WIDTH}x${HEIGHT}"
((X < 0)) && { WIDTH=$((WIDTH + X)); X=0; }
((Y < 0)) && { HEIGHT=$((HEIGHT + Y)); Y=0; }
screen_sd=$(stddev "$shot")
win_sd=$(stddev "$shot" -crop "${WIDTH}x${HEIGHT}+${X}+${Y}" +repage)
is_flat "$screen_sd" && die "the screenshot is blank (std-dev $screen_sd)"
is_flat "$win_sd" && die "the window is a single colour (std-dev $win_sd)"
mkdir -p bin
cp "$shot" bin/windows-window.png
log "window after $((SECONDS - t0)) s: ${WIDTH}x${HEIGHT}+${X}+${Y}, std-dev screen $screen_sd, window $win_sd (bin/windows-window.png)"

# While Balai runs, Setup cannot replace it: silently, it stops with status 2.
rc=0
w "$setup" /S >"$tmp/setup-busy.log" 2>&1 || rc=$?
((rc == 2)) || die "Setup /S while Balai.exe runs exited $rc, want 2"
log "Setup /S while Balai runs: exit status 2"

# Alt+F4 closes the window as on Windows: Balai ends with status 0 and
# closes its database cleanly (SQLite folds the -wal file back in).
timeout 20 xdotool windowfocus --sync "$wid" || die "could not focus the window"
timeout 20 xdotool key alt+F4
for _ in $(seq 1 40); do kill -0 "$gui_pid" 2>/dev/null || break; sleep 0.5; done
kill -0 "$gui_pid" 2>/dev/null && die "Balai.exe still runs 20 s after Alt+F4"
rc=0
wait "$gui_pid" || rc=$?
gui_pid=""
((rc == 0)) || die "Balai.exe exited with status $rc after Alt+F4: $(tail -n 5 "$tmp/gui.log")"
[[ ! -e $datadir/balai.db-wal ]] || die "Balai.exe left balai.db-wal: the database was not closed"
settle
log "Alt+F4: Balai.exe ended with status 0, database closed"

# Installing again over the installed version (an update) works.
w "$setup" /S >"$tmp/setup-again.log" 2>&1 || die "Setup /S over the installed version exited with status $?"
settle
out=$(w "$exe" version | tr -d '\r') || die "Balai.exe version failed after the second install"
log "Setup /S again over the installed version: $out"

# 5. Uninstall silently: the program goes, the data stays.
w "$instdir/Uninstall.exe" /S >"$tmp/uninstall.log" 2>&1 || die "Uninstall.exe /S exited with status $?"
settle
for f in Balai.exe Uninstall.exe BACA-SAYA.txt lisensi; do
  [[ ! -e $instdir/$f ]] || die "the uninstaller left $instdir/$f"
done
[[ ! -e $instdir ]] || die "the uninstaller left $instdir: $(ls -A "$instdir")"
[[ ! -e "$appdata/Microsoft/Windows/Start Menu/Programs/Balai.lnk" && ! -e $desktop/Balai.lnk ]] || die "the uninstaller left a shortcut"
if w reg query "$ukey" >/dev/null 2>&1; then die "the uninstaller left $ukey"; fi
[[ -s $datadir/balai.db ]] || die "the uninstaller removed the data: $datadir/balai.db is gone"
log "uninstalled; $localappdata_win\\Balai\\balai.db kept"

echo "test-windows: ok (Balai $VERSION installed, run and uninstalled under $(wine --version))"
