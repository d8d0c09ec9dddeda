#!/usr/bin/env bash
# Runs one of the agent's benchmark mains (tests/org.vtpmconsole.agent.tests) outside OSGi on real swtpm.
# releng/bench-agent.sh MAIN_CLASS [ARGS...]; called by bench-gateway.sh and bench-rotation.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
releng/build-modules.sh tests/org.vtpmconsole.agent.tests
jar() { ls "$1"/target/"$(basename "$1")"-*.jar | grep -v sources | head -n 1; }
repo=${MAVEN_REPO:-$HOME/.m2/repository}
cp="$(jar bundles/org.vtpmconsole.agent):$(jar tests/org.vtpmconsole.agent.tests):$(jar bundles/org.vtpmconsole.label)"
cp="$cp:$(jar bundles/org.vtpmconsole.tpm):$repo/net/java/dev/jna/jna/5.18.1/jna-5.18.1.jar"
exec java -cp "$cp" "$@"
