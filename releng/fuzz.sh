#!/usr/bin/env bash
# Coverage-guided fuzzing of one parser with Jazzer (docs/fuzzing.md).
#   releng/fuzz.sh list               the targets: name, @FuzzTest class and method, committed inputs
#   releng/fuzz.sh TARGET [SECONDS]   fuzz TARGET (default 600 s); prints executions, exec/s, coverage and findings
#   releng/fuzz.sh seeds              rewrite the committed seed corpus (needs swtpm and qemu-img)
# Each run works in target/fuzz/TARGET/: corpus/ (inputs that found new coverage, kept between runs), findings/
# (crashing inputs: copy one into the target's inputs directory to make it a regression test) and fuzz.log.
# Exits 1 if the run had findings.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
FUZZ=tests/org.vtpmconsole.fuzz
# the fuzz module and every reactor module it reads (the seed generator's swtpm helper needs the testing bundle)
MODULES=target-platform,bundles/org.vtpmconsole.tpm,bundles/org.vtpmconsole.label,bundles/org.vtpmconsole.pki,bundles/org.vtpmconsole.protocol,bundles/org.vtpmconsole.daemon,bundles/org.vtpmconsole.ca,bundles/org.vtpmconsole.agent,tests/org.vtpmconsole.testing,$FUZZ
CLASSPATH_FILE=$FUZZ/target/fuzz-classpath.txt

usage() { sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
[[ $# -ge 1 ]] || usage

# Builds (tests skipped) when a source of the parsers or targets is newer than the last build's class path
# (the build itself writes .tycho-consumer-pom.xml beside each pom, which does not count).
build() {
	local sources=(bundles/org.vtpmconsole.{tpm,label,pki,protocol,daemon,ca,agent} tests/org.vtpmconsole.testing $FUZZ)
	if [[ -f $CLASSPATH_FILE && -z "$(find "${sources[@]}" -newer "$CLASSPATH_FILE" -type f -not -path '*/target/*' \
		\( -name '*.java' -o -name MANIFEST.MF -o -name pom.xml -o -path '*/src/test/resources/*' \) | head -n 1)" ]]; then
		return
	fi
	echo "building the parsers and the fuzz targets (tests skipped)..." >&2
	local goals=(verify dependency:build-classpath -DskipTests -Dmdep.includeScope=test -Dmdep.outputFile=target/fuzz-classpath.txt -pl "$MODULES")
	./mvnw -B -q -o "${goals[@]}" >&2 || ./mvnw -B -q "${goals[@]}" >&2
	# the dependency plugin leaves an unchanged class path file as it was, so mark the build's time on it
	touch "$CLASSPATH_FILE"
}

build
CLASSPATH=$ROOT/$FUZZ/target/test-classes:$(cat "$CLASSPATH_FILE")

case "$1" in
list)
	exec java -cp "$CLASSPATH" org.vtpmconsole.fuzz.FuzzTarget
	;;
seeds)
	exec java -cp "$CLASSPATH" org.vtpmconsole.fuzz.SeedCorpus "$ROOT/$FUZZ/src/test/resources"
	;;
esac

TARGET=$1
SECONDS_TO_RUN=${2:-600}
[[ $SECONDS_TO_RUN =~ ^[0-9]+$ ]] || usage
read -r _ CLASS METHOD _ < <(java -cp "$CLASSPATH" org.vtpmconsole.fuzz.FuzzTarget | awk -v t="$TARGET" '$1 == t') \
	|| { echo "unknown target '$TARGET'; releng/fuzz.sh list names them" >&2; exit 2; }

OUT=$ROOT/target/fuzz/$TARGET
mkdir -p "$OUT/corpus" "$OUT/findings"
LOG=$OUT/fuzz.log
STARTED=$OUT/.started
touch "$STARTED"
echo "fuzzing $TARGET ($CLASS.$METHOD) for $SECONDS_TO_RUN s; corpus $OUT/corpus, findings $OUT/findings" >&2
# In-process libFuzzer through Jazzer's driver, which runs the @FuzzTest through JUnit. The bundles are jars, so
# instrumentation is asked for by package (Jazzer's default only covers class directories). The corpus directory
# collects new inputs; Jazzer adds the committed inputs (from the class path) as seeds. The working directory is
# $OUT, so Jazzer writes nothing into the source tree.
set +e
(cd "$OUT" && java -Xmx1g -cp "$CLASSPATH" com.code_intelligence.jazzer.Jazzer \
	--target_class="$CLASS" --target_method="$METHOD" \
	--instrumentation_includes='org.vtpmconsole.**' --custom_hook_includes='org.vtpmconsole.**' \
	--reproducer_path="$OUT/findings" \
	-max_total_time="$SECONDS_TO_RUN" -print_final_stats=1 -artifact_prefix="$OUT/findings/" \
	"$OUT/corpus") >"$LOG" 2>&1
STATUS=$?
set -e

executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$LOG" | tail -n 1)
per_second=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$LOG" | tail -n 1)
last=$(grep -E '^#[0-9]+.*cov: ' "$LOG" | tail -n 1 || true)
edges=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$last")
features=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$last")
corpus=$(sed -n 's/.* corp: \([0-9]*\/[0-9a-zA-Z]*\).*/\1/p' <<<"$last")
findings=$(find "$OUT/findings" -type f -newer "$STARTED" \( -name 'crash-*' -o -name 'timeout-*' -o -name 'oom-*' -o -name 'leak-*' \) | wc -l)
printf '%s: %s s, %s executions, %s exec/s, coverage %s edges / %s features, corpus %s, findings %s (exit %s)\n' \
	"$TARGET" "$SECONDS_TO_RUN" "${executions:-?}" "${per_second:-?}" "${edges:-?}" "${features:-?}" "${corpus:-?}" "$findings" "$STATUS"
if [[ $findings -gt 0 || $STATUS -ne 0 ]]; then
	grep -E -A12 '^== Java Exception|^== Java Assertion|Uncaught exception' "$LOG" | head -n 40 >&2 || true
	echo "log: $LOG; findings: $OUT/findings" >&2
	exit 1
fi
echo "log: $LOG" >&2
