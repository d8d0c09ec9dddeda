#!/usr/bin/env bash
# Label costs against real swtpm: decode+verify without TPM (µs), create and exchange (ms, TPM commands, ratio of
# wall time to the TPM operations' own time). releng/bench-label-tpm.sh [ROUNDS] (default 200).
set -euo pipefail
cd "$(dirname "$0")/.."
releng/build-modules.sh tests/org.vtpmconsole.label.tests
jar() { ls "$1"/target/"$(basename "$1")"-*.jar | grep -v sources | head -n 1; }
repo=${MAVEN_REPO:-$HOME/.m2/repository}
cp="$(jar bundles/org.vtpmconsole.label):$(jar tests/org.vtpmconsole.label.tests):$(jar bundles/org.vtpmconsole.tpm)"
cp="$cp:$(jar tests/org.vtpmconsole.testing):$repo/com/microsoft/azure/TSS.Java/1.0.0/TSS.Java-1.0.0.jar"
cp="$cp:$repo/org/bouncycastle/bcprov-jdk18on/1.83/bcprov-jdk18on-1.83.jar"
exec java -cp "$cp" org.vtpmconsole.label.LabelTpmBench "${1:-200}"
