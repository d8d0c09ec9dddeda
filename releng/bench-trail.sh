#!/usr/bin/env bash
# Trail replay benchmark: releng/bench-trail.sh [EVENTS] (default 500000). Prints replay speed in events/s, of
# parsed events and of the whole check of the log's bytes (parse, chain, fold, replay), outside OSGi.
set -euo pipefail
cd "$(dirname "$0")/.."
modules=target-platform,bundles/org.vtpmconsole.model,bundles/org.vtpmconsole.tpm,bundles/org.vtpmconsole.label,bundles/org.vtpmconsole.pki,bundles/org.vtpmconsole.protocol,bundles/org.vtpmconsole.daemon,bundles/org.vtpmconsole.ca,bundles/org.vtpmconsole.client,bundles/org.vtpmconsole.agent,bundles/org.vtpmconsole.verify,bundles/org.vtpmconsole.trail,tests/org.vtpmconsole.testing,tests/org.vtpmconsole.trail.tests
jar() { ls "$1"/target/"$(basename "$1")"-*.jar 2>/dev/null | grep -v sources | head -n 1; }
if [[ -z "$(jar tests/org.vtpmconsole.trail.tests)" ]] \
	|| [[ -n "$(find bundles/org.vtpmconsole.trail/src tests/org.vtpmconsole.trail.tests/src -newer "$(jar tests/org.vtpmconsole.trail.tests)" -name '*.java')" ]]; then
	echo "building the trail bundle and its tests (tests skipped)..." >&2
	./mvnw -B -q -o verify -DskipTests -pl "$modules" >&2 || ./mvnw -B -q verify -DskipTests -pl "$modules" >&2
fi
cp="$(jar bundles/org.vtpmconsole.trail):$(jar tests/org.vtpmconsole.trail.tests):$(jar bundles/org.vtpmconsole.tpm)"
exec java -Xmx4g -cp "$cp" org.vtpmconsole.trail.TrailBench "${1:-500000}"
