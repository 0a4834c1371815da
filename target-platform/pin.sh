#!/usr/bin/env bash
# Regenerates fieldbridge.target from roots/pom.xml: Maven resolves the roots (nearest-wins, one
# version per artifact) and every resolved artifact is written as a depth-none Maven location
# entry, so the target platform is a fully pinned, repeatable list. Run after changing a root;
# commit both files. Usage: target-platform/pin.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
list=$(mktemp)
trap 'rm -f "$list"' EXIT
"$here/../mvnw" -q -f "$here/roots/pom.xml" dependency:list -DincludeScope=runtime -Dsort=true \
  -DoutputFile="$list" -DoutputAbsoluteArtifactFilename=false -DexcludeTransitive=false
python3 "$here/write-target.py" "$list" > "$here/fieldbridge.target"
echo "wrote $here/fieldbridge.target ($(grep -c '<dependency>' "$here/fieldbridge.target") artifacts)"
