#!/usr/bin/env bash
# Builds the given reactor modules and every reactor bundle they need (tests skipped), offline when ~/.m2 has
# everything, else online: what the bench and fuzz commands run before their Java entry point.
# releng/build-modules.sh MODULE_DIR...   With VTPM_BENCH_SKIP_BUILD=1 it builds nothing: the test suite runs the
# commands after the reactor has built the jars (tests/org.vtpmconsole.product.tests, BenchCommandsTest).
set -euo pipefail
cd "$(dirname "$0")/.."
[[ "${VTPM_BENCH_SKIP_BUILD:-}" == 1 ]] && exit 0
modules=$(releng/reactor-modules.sh "$@")
./mvnw -B -q -o verify -DskipTests -pl "$modules" >&2 || ./mvnw -B -q verify -DskipTests -pl "$modules" >&2
