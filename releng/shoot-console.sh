#!/usr/bin/env bash
# Runs inside an X server without a desktop: starts a window manager (for title bars) and the console,
# saves a screenshot of the whole screen to target/console.png once the window is up, and keeps the
# console running until it is closed (or SCREENSHOT_ONLY=1 stops it after the screenshot).
set -euo pipefail
console=$1; shift
mkdir -p target
openbox >/dev/null 2>&1 &
"$console" "$@" &
pid=$!
for _ in $(seq 1 60); do
  sleep 1
  if xwininfo -root -tree 2>/dev/null | grep -q '"vtpm-console"'; then
    sleep 2
    import -window root target/console.png
    echo "shoot-console.sh: screenshot in target/console.png"
    break
  fi
done
if [ "${SCREENSHOT_ONLY:-0}" = 1 ]; then
  kill "$pid"
  wait "$pid" || true
  exit 0
fi
wait "$pid"
