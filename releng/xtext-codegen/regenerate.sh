#!/bin/sh
# SPDX-License-Identifier: EPL-2.0
# Regenerates the Xtext artefacts of the .twin language headless, from
# bundles/org.fieldbridge.dsl/src/org/fieldbridge/dsl/Twin.xtext with the MWE2 workflow
# GenerateTwin.mwe2 next to it.
#
#   releng/xtext-codegen/regenerate.sh          regenerate and update the checked-in files
#   releng/xtext-codegen/regenerate.sh --check  regenerate into a temp dir and diff; exit 1 on any difference
#
# Generated files owned by this script (replaced wholesale, never merged):
#   bundles/org.fieldbridge.dsl/src-gen/
#   bundles/org.fieldbridge.dsl/model/generated/   (the inferred Twin.ecore and Twin.genmodel)
#   bundles/org.fieldbridge.dsl.ide/src-gen/
# Stubs the generator writes into src/ (runtime module, standalone setup, scope provider, validator,
# formatter, IDE module and setup) are copied only when missing: after the first generation they are
# hand-written code. Manifests and build.properties are hand-written (createEclipseMetaData = false).
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

work=$(mktemp -d "${TMPDIR:-/tmp}/fb-xtext-codegen.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM

"$root/mvnw" -q -f "$here/pom.xml" dependency:build-classpath \
  -Dmdep.outputFile="$work/classpath.txt" >"$work/maven.log" 2>&1 || { cat "$work/maven.log" >&2; exit 1; }

dsl=org.fieldbridge.dsl
ide=org.fieldbridge.dsl.ide
gen="$work/out"
mkdir -p "$gen/$dsl" "$gen/$ide"
# The workflow module is found on the classpath (bundles/org.fieldbridge.dsl/src).
if ! "$JAVA_HOME/bin/java" -cp "$root/bundles/$dsl/src:$(cat "$work/classpath.txt")" \
    org.eclipse.emf.mwe2.launch.runtime.Mwe2Launcher org.fieldbridge.dsl.GenerateTwin \
    -p "rootPath=$root" -p "outPath=$gen" >"$work/generator.log" 2>&1 \
    || grep -q -E 'ERROR|error\(' "$work/generator.log"; then
  cat "$work/generator.log" >&2
  echo "the Xtext generator failed" >&2
  exit 1
fi

# generated path (under $gen) | checked-in path (under $root)
pairs="$dsl/src-gen|bundles/$dsl/src-gen
$dsl/model/generated|bundles/$dsl/model/generated
$ide/src-gen|bundles/$ide/src-gen"

status=0
for pair in $pairs; do
  from="$gen/${pair%%|*}"
  to="$root/${pair#*|}"
  [ -e "$from" ] || { echo "generator produced no ${pair%%|*}" >&2; exit 1; }
  if [ "$mode" = check ]; then
    if ! diff -r -u "$to" "$from" >"$work/diff.txt" 2>&1; then
      echo "out of date: ${pair#*|} (run releng/xtext-codegen/regenerate.sh)" >&2
      head -n 60 "$work/diff.txt" >&2
      status=1
    fi
  else
    rm -rf "$to"
    mkdir -p "$(dirname "$to")"
    cp -R "$from" "$to"
  fi
done

if [ "$mode" = check ]; then
  [ "$status" -eq 0 ] && echo "Xtext generated code is up to date."
  exit "$status"
fi

# First-generation stubs: never overwrite hand-written code.
for project in $dsl $ide; do
  if [ -d "$gen/$project/src" ]; then
    mkdir -p "$root/bundles/$project/src"
    cp -R -n "$gen/$project/src/." "$root/bundles/$project/src/"
  fi
done
echo "Regenerated Xtext code into bundles/$dsl and bundles/$ide."
