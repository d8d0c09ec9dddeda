# Sourced by fuzz-label.sh and bench-label.sh: builds the label bundle and its test fragment if their jars are
# missing or older than the sources, then sets LABEL_CLASSPATH to the two jars (the codec needs no OSGi).
label_jar() { ls "$1"/target/"$(basename "$1")"-*.jar 2>/dev/null | grep -v sources | head -n 1; }
bundle_jar=$(label_jar bundles/org.vtpmconsole.label)
tests_jar=$(label_jar tests/org.vtpmconsole.label.tests)
if [[ -z "$bundle_jar" || -z "$tests_jar" ]] \
	|| [[ -n "$(find bundles/org.vtpmconsole.label/src tests/org.vtpmconsole.label.tests/src -newer "$tests_jar" -name '*.java')" ]]; then
	echo "building the label bundle and its tests (tests skipped)..." >&2
	releng/build-modules.sh tests/org.vtpmconsole.label.tests
	bundle_jar=$(label_jar bundles/org.vtpmconsole.label)
	tests_jar=$(label_jar tests/org.vtpmconsole.label.tests)
fi
LABEL_CLASSPATH="$bundle_jar:$tests_jar"
