#!/usr/bin/env bash
# Regenerates the EMF model code of bundles/org.vtpmconsole.model from its source, model/fleet.ecore + fleet.genmodel.
#
# How it works: releng/model-generator/ is a small standalone Maven project (not a module of the root reactor) that
# runs EMF's own generator (org.eclipse.emf.codegen.ecore, from Maven Central, every version pinned) outside OSGi.
# It first brings fleet.genmodel in line with fleet.ecore (like Eclipse's "Reload"; the file is rewritten only if
# that changed it), then generates into a scratch directory and replaces src-gen/ and plugin.xml with the result.
# MANIFEST.MF and build.properties are not touched. The output depends on the model alone: running it twice gives
# no diff. Edit the .ecore (or the .genmodel's settings), run this, commit model/, src-gen/ and plugin.xml together.
#
# Usage: releng/generate-model.sh [extra Maven options, e.g. -o]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
exec ./mvnw -q -B -f releng/model-generator/pom.xml "$@" compile exec:java \
  -Dmodel.bundle="$root/bundles/org.vtpmconsole.model" -Dmodel.genmodel=model/fleet.genmodel
