#!/usr/bin/env bash
# README command 1: installs what the console needs, builds the products (tests skipped: that is command 2)
# and starts the console. Without a display (a server, CI) the console runs in a virtual X server and a
# screenshot lands in target/console.png.
set -euo pipefail
cd "$(dirname "$0")/.."
bash releng/install-system-packages.sh
./mvnw -B -DskipTests verify
console=product/target/products/org.vtpmconsole.product.console/linux/gtk/x86_64/vtpm-console/vtpm-console
if [ -n "${DISPLAY:-}" ]; then
  exec "$console" "$@"
fi
echo "console.sh: no DISPLAY; starting the console under Xvfb"
exec xvfb-run -a -s "-screen 0 1280x800x24" bash releng/shoot-console.sh "$console" "$@"
