#!/bin/sh
# SPDX-License-Identifier: EPL-2.0
# Regenerates the EMF code of the plant metamodel (model + edit) headless.
#
#   releng/emf-codegen/regenerate.sh          regenerate and update the checked-in files
#   releng/emf-codegen/regenerate.sh --check  regenerate into a temp dir and diff; exit 1 on any difference
#
# Generated files owned by this script (replaced wholesale, never merged):
#   bundles/org.fieldbridge.model/model/plant.genmodel   (rebuilt from plant.ecore + GenModelSettings)
#   bundles/org.fieldbridge.model/src-gen/
#   bundles/org.fieldbridge.model.edit/src-gen/
#   bundles/org.fieldbridge.model.edit/plugin.properties (label strings the item providers use)
# Icons are copied only when missing, so hand-drawn icons survive.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
. "$root/.mvn/select-jdk.sh"

mode=update
case "${1-}" in
  "") ;;
  --check) mode=check ;;
  *) echo "usage: $0 [--check]" >&2; exit 2 ;;
esac

work=$(mktemp -d "${TMPDIR:-/tmp}/fb-emf-codegen.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM

"$root/mvnw" -q -f "$here/pom.xml" compile dependency:build-classpath \
  -Dmdep.outputFile="$work/classpath.txt" >"$work/maven.log" 2>&1 || { cat "$work/maven.log" >&2; exit 1; }
"$JAVA_HOME/bin/java" -cp "$here/target/classes:$(cat "$work/classpath.txt")" \
  org.fieldbridge.releng.emfcodegen.PlantCodeGenerator "$root" "$work/out"

gen="$work/out"
model=org.fieldbridge.model
edit=org.fieldbridge.model.edit
# generated path (under $gen) | checked-in path (under $root)
pairs="$model/model/plant.genmodel|bundles/$model/model/plant.genmodel
$model/src-gen|bundles/$model/src-gen
$edit/src-gen|bundles/$edit/src-gen
$edit/plugin.properties|bundles/$edit/plugin.properties"

status=0
for pair in $pairs; do
  from="$gen/${pair%%|*}"
  to="$root/${pair#*|}"
  [ -e "$from" ] || { echo "generator produced no ${pair%%|*}" >&2; exit 1; }
  if [ "$mode" = check ]; then
    if ! diff -r -u "$to" "$from" >"$work/diff.txt" 2>&1; then
      echo "out of date: ${pair#*|} (run releng/emf-codegen/regenerate.sh)" >&2
      head -n 60 "$work/diff.txt" >&2
      status=1
    fi
  else
    rm -rf "$to"
    mkdir -p "$(dirname "$to")"
    cp -R "$from" "$to"
  fi
done

if [ "$mode" = update ] && [ -d "$gen/$edit/icons" ]; then
  mkdir -p "$root/bundles/$edit/icons"
  cp -R -n "$gen/$edit/icons/." "$root/bundles/$edit/icons/"
fi

if [ "$mode" = check ]; then
  [ "$status" -eq 0 ] && echo "EMF generated code is up to date."
  exit "$status"
fi
echo "Regenerated EMF code into bundles/$model and bundles/$edit."
