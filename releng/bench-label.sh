#!/usr/bin/env bash
# Label decode benchmark: releng/bench-label.sh [ROUNDS] (default 2000000). Prints µs per decoded label.
set -euo pipefail
cd "$(dirname "$0")/.."
source releng/label-jars.sh
exec java -cp "$LABEL_CLASSPATH" org.vtpmconsole.label.LabelBench "${1:-2000000}"
