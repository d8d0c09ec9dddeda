#!/usr/bin/env bash
# vTPM gateway overhead: TPM command round trips (GetRandom, PCR_Read, PCR_Extend, ECDSA Sign, ECC CreatePrimary)
# directly to swtpm vs through the gateway's data relay (real swtpm): median, p99 and their ratios. Then, if a C
# compiler is there, the floor under any user-space relay on this machine (releng/bench-relay-floor.c).
# releng/bench-gateway.sh [ROUNDS [EXPENSIVE_ROUNDS]] (defaults 5000 and ROUNDS/20, at least 50).
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-5000}
releng/bench-agent.sh org.vtpmconsole.agent.gateway.GatewayBench "$rounds" ${2:+"$2"}
if command -v cc >/dev/null; then
	floor=$(mktemp -d)
	trap 'rm -rf "$floor"' EXIT
	cc -O2 -pthread -o "$floor/bench-relay-floor" releng/bench-relay-floor.c
	"$floor/bench-relay-floor" "$rounds"
fi
