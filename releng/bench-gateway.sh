#!/usr/bin/env bash
# vTPM gateway overhead: TPM2_GetRandom round trip directly to swtpm vs through the gateway's data relay (real swtpm),
# median and p99 and their ratio. releng/bench-gateway.sh [ROUNDS] (default 5000).
set -euo pipefail
cd "$(dirname "$0")/.."
modules=target-platform,tests/org.vtpmconsole.testing,bundles/org.vtpmconsole.tpm,bundles/org.vtpmconsole.label,bundles/org.vtpmconsole.agent,tests/org.vtpmconsole.agent.tests
./mvnw -B -q -o verify -DskipTests -pl "$modules" >&2 || ./mvnw -B -q verify -DskipTests -pl "$modules" >&2
jar() { ls "$1"/target/"$(basename "$1")"-*.jar | grep -v sources | head -n 1; }
repo=${MAVEN_REPO:-$HOME/.m2/repository}
cp="$(jar bundles/org.vtpmconsole.agent):$(jar tests/org.vtpmconsole.agent.tests):$(jar bundles/org.vtpmconsole.label)"
cp="$cp:$(jar bundles/org.vtpmconsole.tpm):$repo/net/java/dev/jna/jna/5.18.1/jna-5.18.1.jar"
exec java -cp "$cp" org.vtpmconsole.agent.gateway.GatewayBench "${1:-5000}"
