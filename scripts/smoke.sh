#!/usr/bin/env bash
# Smoke test for the Balai desktop app:
#   1. fill a throw-away database with demo data (bin/balai demo),
#   2. open the GUI on it under a private Xvfb display,
#   3. wait for the "Balai" window, screenshot the screen and check that the
#      window is not blank and that the app is still running.
#
# Env: SMOKE_SHOT   where to write the screenshot (default: a temp dir; a copy
#                   always goes to bin/smoke.png)
#      SMOKE_KEEP=1 keep the temp dir (database, app log) and print its path
#      SMOKE_SEEKERS number of demo job seekers (default 2000)
# Needs: Xvfb, xdotool, ImageMagick (make deps installs them).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
export PATH="/usr/local/go/bin:$PATH"

bin="$root/bin/balai"
seekers=${SMOKE_SEEKERS:-2000}
window_timeout=30 # seconds to wait for the window

log() { printf 'smoke: %s\n' "$*" >&2; }
die() { log "FAIL: $*"; exit 1; }

for tool in Xvfb xdotool import convert; do
  command -v "$tool" >/dev/null 2>&1 || die "$tool not found (run: make deps)"
done

# Fyne reads LC_ALL/LC_MESSAGES/LANG, then LANGUAGE; with a "C"/"POSIX"/empty
# locale it logs "Error parsing user locale C".
eff_locale=${LC_ALL:-${LC_MESSAGES:-${LANG:-}}}
case "$eff_locale" in
  "" | C | POSIX) export LC_ALL=C.UTF-8 LANG=C.UTF-8 ;;
esac
export LANGUAGE=${LANGUAGE:-en_US:en}

if [[ ! -x $bin ]]; then
  log "building $bin"
  CGO_ENABLED=1 go build -tags migrated_fynedo -o "$bin" .
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/balai-smoke.XXXXXX")
out=${SMOKE_SHOT:-$tmp/smoke.png}
app_pid="" xvfb_pid=""

cleanup() {
  local rc=$?
  if [[ -n $app_pid ]] && kill -0 "$app_pid" 2>/dev/null; then
    kill "$app_pid" 2>/dev/null || true
    for _ in $(seq 1 20); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$app_pid" 2>/dev/null || true
  fi
  if [[ -n $xvfb_pid ]] && kill -0 "$xvfb_pid" 2>/dev/null; then
    kill "$xvfb_pid" 2>/dev/null || true
    for _ in $(seq 1 20); do kill -0 "$xvfb_pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$xvfb_pid" 2>/dev/null || true
  fi
  wait 2>/dev/null || true
  if [[ ${SMOKE_KEEP:-0} == 1 ]]; then
    log "kept $tmp"
  else
    rm -rf "$tmp"
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

show_app_log() {
  if [[ -s $tmp/app.log ]]; then
    log "last lines of the app's output:"
    tail -n 40 "$tmp/app.log" | sed 's/^/  | /' >&2
  fi
}

# 1. Demo database.
log "filling $tmp/demo.db with $seekers demo job seekers"
"$bin" --db "$tmp/demo.db" demo --seekers "$seekers" >"$tmp/demo.log" 2>&1 || {
  tail -n 40 "$tmp/demo.log" | sed 's/^/  | /' >&2
  die "'balai --db ... demo --seekers $seekers' failed"
}
[[ -s $tmp/demo.db ]] || die "demo did not create $tmp/demo.db"

# 1b. The demo's finished class gets its certificates; the QR code on the
# first page, rendered at 100 dpi, holds a code that verifies.
class=$(grep -o 'balai certificates --class [A-Z0-9-]*' "$tmp/demo.log" | awk '{print $4}')
[[ -n $class ]] || die "demo did not name a class ready for certificates"
"$bin" --db "$tmp/demo.db" certificates --class "$class" --out "$tmp/sertifikat.pdf" >"$tmp/cert.log" 2>&1 ||
  die "'balai certificates --class $class' failed: $(tail -n 3 "$tmp/cert.log")"
summary=$(tail -n 1 "$tmp/cert.log")
[[ $summary =~ ^issued\ [1-9][0-9]*,\ reprinted\ 0,\ not\ eligible\ [0-9]+$ ]] || die "certificates: last line '$summary'"
if command -v zbarimg >/dev/null && command -v pdftoppm >/dev/null; then
  pdftoppm -png -r 100 -f 1 -l 1 "$tmp/sertifikat.pdf" "$tmp/cert"
  code=$(zbarimg --raw -q "$tmp"/cert*.png 2>/dev/null) || die "no QR code found on the first certificate"
  "$bin" --db "$tmp/demo.db" verify "$code" >"$tmp/verify.log" || die "verify of the printed code: $(head -n 1 "$tmp/verify.log")"
  altered="${code:0:10}$([[ ${code:10:1} == A ]] && echo B || echo A)${code:11}"
  if "$bin" --db "$tmp/demo.db" verify "$altered" >/dev/null; then die "an altered code verified"; fi
  log "certificates: $summary; the QR code verifies, an altered code does not"
fi

# 2. Private X display: the first free one of :99, :98, ... :50.
display=""
for n in $(seq 99 -1 50); do
  [[ -e /tmp/.X$n-lock || -e /tmp/.X11-unix/X$n ]] && continue
  Xvfb ":$n" -screen 0 1280x800x24 -nolisten tcp >"$tmp/xvfb.log" 2>&1 &
  xvfb_pid=$!
  for _ in $(seq 1 50); do # up to 5 s for the server to accept clients
    if ! kill -0 "$xvfb_pid" 2>/dev/null; then break; fi
    if DISPLAY=":$n" xdotool getdisplaygeometry >/dev/null 2>&1; then
      display=":$n"
      break 2
    fi
    sleep 0.1
  done
  # Lost a race for this display number, or it did not come up: try the next.
  kill "$xvfb_pid" 2>/dev/null || true
  wait "$xvfb_pid" 2>/dev/null || true
  xvfb_pid=""
done
[[ -n $display ]] || die "could not start Xvfb on any display :99..:50 (see Xvfb -help)"
export DISPLAY=$display
log "Xvfb on $DISPLAY"

# 3. The app.
LIBGL_ALWAYS_SOFTWARE=1 "$bin" --db "$tmp/demo.db" >"$tmp/app.log" 2>&1 &
app_pid=$!

wid=""
deadline=$((SECONDS + window_timeout))
while ((SECONDS < deadline)); do
  if ! kill -0 "$app_pid" 2>/dev/null; then
    rc=0
    wait "$app_pid" || rc=$?
    app_pid=""
    show_app_log
    die "the app exited (status $rc) before its window appeared"
  fi
  wid=$(xdotool search --onlyvisible --name Balai 2>/dev/null | head -n 1 || true)
  [[ -n $wid ]] && break
  sleep 0.5
done
if [[ -z $wid ]]; then
  show_app_log
  die "no visible window named *Balai* within ${window_timeout}s"
fi
log "window $wid: $(xdotool getwindowname "$wid" 2>/dev/null || echo '?')"

sleep 2 # let it render
mkdir -p "$(dirname "$out")"
import -display "$DISPLAY" -window root "$out"

if ! kill -0 "$app_pid" 2>/dev/null; then
  show_app_log
  die "the app died while (or right after) the screenshot was taken"
fi

# Not blank: both the whole screen and the window's own area must vary in colour
# (a white or black unrendered window on the black root would pass a whole-screen
# check alone).
stddev() { convert "$@" -format '%[fx:standard_deviation]' info:; }
is_flat() { awk -v s="$1" 'BEGIN { exit !(s + 0 < 0.01) }'; }

screen_sd=$(stddev "$out")
is_flat "$screen_sd" && die "screenshot $out is blank (std-dev $screen_sd)"

eval "$(xdotool getwindowgeometry --shell "$wid")" # sets X Y WIDTH HEIGHT
((X < 0)) && { WIDTH=$((WIDTH + X)); X=0; }
((Y < 0)) && { HEIGHT=$((HEIGHT + Y)); Y=0; }
if ((WIDTH < 50 || HEIGHT < 50)); then
  die "the window is only ${WIDTH}x${HEIGHT}"
fi
win_sd=$(stddev "$out" -crop "${WIDTH}x${HEIGHT}+${X}+${Y}" +repage)
is_flat "$win_sd" && die "the window area ${WIDTH}x${HEIGHT}+${X}+${Y} is a single colour (std-dev $win_sd)"
log "window ${WIDTH}x${HEIGHT}+${X}+${Y}, std-dev screen $screen_sd, window $win_sd"

mkdir -p "$root/bin"
[[ $out -ef $root/bin/smoke.png ]] || cp "$out" "$root/bin/smoke.png"
if [[ -n ${SMOKE_SHOT:-} ]]; then shown=$out; else shown=$root/bin/smoke.png; fi
echo "smoke: ok (screenshot $shown)"
