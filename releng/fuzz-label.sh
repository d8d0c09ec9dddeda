#!/usr/bin/env bash
# Long fuzz run of the label decoder: releng/fuzz-label.sh [COUNT] [SEED] (defaults: 1000000, 20250601).
# Prints inputs/s and refusals by kind; exits non-zero, with the offending input in hex, if anything but
# LabelFormatException escapes the decoder or a decoded label re-encodes to different bytes.
set -euo pipefail
cd "$(dirname "$0")/.."
source releng/label-jars.sh
exec java -cp "$LABEL_CLASSPATH" org.vtpmconsole.label.LabelFuzzer "${1:-1000000}" "${2:-20250601}"
