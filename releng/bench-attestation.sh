#!/usr/bin/env bash
# Batch attestation costs on a real provisioned swtpm with a real fleet CA's AIK certificate: one quote, per-vm and
# merkle mode for 1/10/25 synthetic VMs (answer and verification), Merkle proofs for 1,000 and 10,000 leaves.
# releng/bench-attestation.sh [ROUNDS] (default 20). The gateway capture and real guests come later.
set -euo pipefail
cd "$(dirname "$0")/.."
modules=target-platform,bundles/org.vtpmconsole.tpm,bundles/org.vtpmconsole.label,bundles/org.vtpmconsole.pki,bundles/org.vtpmconsole.protocol,bundles/org.vtpmconsole.daemon,bundles/org.vtpmconsole.ca,bundles/org.vtpmconsole.agent,bundles/org.vtpmconsole.verify,bundles/org.vtpmconsole.trail,bundles/org.vtpmconsole.attest,tests/org.vtpmconsole.testing,tests/org.vtpmconsole.attest.tests
./mvnw -B -q -o verify -DskipTests -pl "$modules" >&2 || ./mvnw -B -q verify -DskipTests -pl "$modules" >&2
jar() { ls "$1"/target/"$(basename "$1")"-*.jar | grep -v sources | head -n 1; }
repo=${MAVEN_REPO:-$HOME/.m2/repository}
cp="$(jar bundles/org.vtpmconsole.attest):$(jar tests/org.vtpmconsole.attest.tests):$(jar bundles/org.vtpmconsole.tpm)"
cp="$cp:$(jar bundles/org.vtpmconsole.pki):$(jar bundles/org.vtpmconsole.verify):$(jar bundles/org.vtpmconsole.trail):$(jar tests/org.vtpmconsole.testing)"
cp="$cp:$repo/com/microsoft/azure/TSS.Java/1.0.0/TSS.Java-1.0.0.jar"
for artifact in bcprov bcpkix bcutil; do
	cp="$cp:$repo/org/bouncycastle/$artifact-jdk18on/1.83/$artifact-jdk18on-1.83.jar"
done
for artifact in jackson-core jackson-databind jackson-annotations; do
	cp="$cp:$repo/com/fasterxml/jackson/core/$artifact/2.18.2/$artifact-2.18.2.jar"
done
exec java -cp "$cp" org.vtpmconsole.attest.AttestationBench "${1:-20}"
