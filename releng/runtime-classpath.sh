#!/bin/sh
# SPDX-License-Identifier: EPL-2.0
# Prints the plain-Java class path of the runtime bundles, the simulator and their libraries (as the build
# copied them into maven/fieldbridge-runtime-libraries/target/lib; Maven resolved them), followed by the
# jars of the given project folders' last builds, for releng/bench.sh.
# Usage: releng/runtime-classpath.sh [extra project folders...]
set -eu
cd "$(dirname "$0")/.."
. releng/plain-java.sh
cp=""
for b in bundles/org.fieldbridge.simulator "$@"; do
  jar=$(jar_of "$b")
  if [ -z "$jar" ]; then
    echo "no jar in $b/target: build first" >&2
    exit 1
  fi
  cp="$cp$(pwd)/$jar:"
done
echo "$cp$(generated_runtime_classpath)"
