#!/usr/bin/env bash
# Prints the wall time of `vtpmctl lab up` for 1 host x 1 VM and 3 hosts x 2 VMs, each up counted until every guest
# has booted and answered `tpm2 pcrread` through its vTPM gateway (docs/lab.md), then brings the lab down again.
#   releng/bench-lab.sh [ROUNDS]     (default 1 round of each size; the products must be built: releng/console.sh
#                                     or ./mvnw -B -DskipTests verify)
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-1}
vtpmctl=product/target/products/org.vtpmconsole.product.agent/linux/gtk/x86_64/vtpm-agent/vtpmctl
[ -x "$vtpmctl" ] || { echo "bench-lab: $vtpmctl is missing: build the products first (./mvnw -B -DskipTests verify)" >&2; exit 2; }
releng/build-guest.sh target/guest >/dev/null
work=$(mktemp -d /tmp/bench-lab.XXXXXX)
trap '"$vtpmctl" lab down --dir "$work/lab" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
for size in "1 1" "3 2"; do
	set -- $size
	for round in $(seq "$rounds"); do
		start=$(date +%s.%N)
		"$vtpmctl" lab up --dir "$work/lab" --hosts "$1" --vms "$2" --guest "$PWD/target/guest" > "$work/up.out"
		end=$(date +%s.%N)
		printf 'lab up %s host(s) x %s VM(s), round %s: %.1f s wall (guests at their first TPM answer)\n' "$1" "$2" "$round" "$(echo "$end - $start" | bc)"
		sed 's/^/    /' "$work/up.out"
		start=$(date +%s.%N)
		"$vtpmctl" lab down --dir "$work/lab" > /dev/null
		end=$(date +%s.%N)
		printf 'lab down: %.1f s\n' "$(echo "$end - $start" | bc)"
	done
done
