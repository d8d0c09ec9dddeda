#!/usr/bin/env bash
# Prints the Maven -pl list that builds the given reactor modules: target-platform, the modules, and every reactor
# bundle they need, followed through Require-Bundle and Fragment-Host of each META-INF/MANIFEST.MF. Worked out from
# the manifests each time, so a bench or fuzz command cannot fall behind a new requirement.
# releng/reactor-modules.sh MODULE_DIR... (e.g. tests/org.vtpmconsole.label.tests); run from the repository root.
set -euo pipefail
cd "$(dirname "$0")/.."

# reactor bundles a module's manifest names in Require-Bundle or Fragment-Host
requirements() {
	awk '
		/^[A-Za-z-]+:/ { header = $0; sub(/:.*/, "", header); inside = (header == "Require-Bundle" || header == "Fragment-Host") }
		inside { print }
	' "$1/META-INF/MANIFEST.MF" | sed 's/^[A-Za-z-]*://' | tr ',' '\n' | sed 's/;.*//; s/[[:space:]]//g' \
		| grep '^org\.vtpmconsole\.' || true
}

declare -A seen=()
pending=("$@")
while ((${#pending[@]})); do
	module=${pending[0]%/}
	pending=("${pending[@]:1}")
	[[ -n "${seen[$module]:-}" ]] && continue
	[[ -f "$module/META-INF/MANIFEST.MF" ]] || { echo "reactor-modules.sh: $module is no bundle of this repository" >&2; exit 2; }
	seen[$module]=1
	for name in $(requirements "$module"); do
		for dir in "bundles/$name" "tests/$name"; do
			if [[ -d "$dir" ]]; then
				pending+=("$dir")
			fi
		done
	done
done
printf 'target-platform'
printf ',%s' $(printf '%s\n' "${!seen[@]}" | sort)
echo
