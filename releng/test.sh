#!/usr/bin/env bash
# README command 2: installs what the tests need, then builds everything and runs every test
# (unit, integration with real swtpm/QEMU/qemu-img, and UI tests in the real workbench under Xvfb).
set -euo pipefail
cd "$(dirname "$0")/.."
bash releng/install-system-packages.sh
exec xvfb-run -a -s "-screen 0 1280x800x24" ./mvnw -B verify "$@"
