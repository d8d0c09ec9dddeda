#!/usr/bin/env bash
# State-key rotation, swtpm part: the vTPM state out with the old key, in with the new key, and the proof that the
# new files open (real swtpm), median and p90. releng/bench-rotation.sh [ROUNDS] (default 50).
exec "$(dirname "$0")/bench-agent.sh" org.vtpmconsole.agent.swtpm.StateMoveBench "${1:-50}"
