#!/usr/bin/env bash
# vTPM gateway overhead: TPM command round trips (GetRandom, PCR_Read, PCR_Extend, ECDSA Sign, ECC CreatePrimary)
# directly to swtpm vs through the gateway's data relay (real swtpm): median, p99 and their ratios. Then, if a C
# compiler is there, the floor under any user-space relay on this machine (releng/bench-relay-floor.c).
# releng/bench-gateway.sh [ROUNDS [EXPENSIVE_ROUNDS]] (defaults 5000 and ROUNDS/20, at least 50).
set -euo pipefail
cd "$(dirname "$0")/.."
modules=target-platform,tests/org.vtpmconsole.testing,bundles/org.vtpmconsole.model,bundles/org.vtpmconsole.tpm
modules=$modules,bundles/org.vtpmconsole.label,bundles/org.vtpmconsole.pki,bundles/org.vtpmconsole.protocol
modules=$modules,bundles/org.vtpmconsole.daemon,bundles/org.vtpmconsole.cli,bundles/org.vtpmconsole.agent
modules=$modules,tests/org.vtpmconsole.agent.tests
./mvnw -B -q -o verify -DskipTests -pl "$modules" >&2 || ./mvnw -B -q verify -DskipTests -pl "$modules" >&2
jar() { ls "$1"/target/"$(basename "$1")"-*.jar | grep -v sources | head -n 1; }
repo=${MAVEN_REPO:-$HOME/.m2/repository}
cp="$(jar bundles/org.vtpmconsole.agent):$(jar tests/org.vtpmconsole.agent.tests):$(jar bundles/org.vtpmconsole.label)"
cp="$cp:$(jar bundles/org.vtpmconsole.tpm):$repo/net/java/dev/jna/jna/5.18.1/jna-5.18.1.jar"
rounds=${1:-5000}
java -cp "$cp" org.vtpmconsole.agent.gateway.GatewayBench "$rounds" ${2:+"$2"}
if command -v cc >/dev/null; then
	floor=$(mktemp -d)
	trap 'rm -rf "$floor"' EXIT
	cc -O2 -pthread -o "$floor/bench-relay-floor" releng/bench-relay-floor.c
	"$floor/bench-relay-floor" "$rounds"
fi
