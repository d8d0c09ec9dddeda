#!/usr/bin/env bash
# vTPM gateway overhead: TPM2_GetRandom round trip directly to swtpm vs through the gateway's data relay (real swtpm),
# median and p99 and their ratio. releng/bench-gateway.sh [ROUNDS] (default 5000).
exec "$(dirname "$0")/bench-agent.sh" org.vtpmconsole.agent.gateway.GatewayBench "${1:-5000}"
