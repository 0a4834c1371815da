#!/bin/sh
# Prints the plain-Java class path of the runtime bundles, the simulator and their libraries (from the
# last build's target/ folders and the local Maven repository), for releng/bench.sh and ./fieldbridge.
# Usage: releng/runtime-classpath.sh [extra project folders...]
set -eu
cd "$(dirname "$0")/.."
m2=${MAVEN_REPO:-$HOME/.m2/repository}
. releng/plain-java.sh
cp=""
for b in bundles/org.fieldbridge.core bundles/org.fieldbridge.runtime bundles/org.fieldbridge.runtime.modbus bundles/org.fieldbridge.runtime.opcua \
  bundles/org.fieldbridge.runtime.server bundles/org.fieldbridge.simulator "$@"; do
  jar=$(jar_of "$b")
  if [ -z "$jar" ]; then
    echo "no jar in $b/target: build first" >&2
    exit 1
  fi
  cp="$cp$(pwd)/$jar:"
done
libs=$(ls "$m2"/com/ghgande/j2mod/3.3.0/j2mod-3.3.0.jar "$m2"/org/slf4j/slf4j-api/2.0.17/slf4j-api-2.0.17.jar \
  "$m2"/org/slf4j/slf4j-simple/2.0.17/slf4j-simple-2.0.17.jar \
  "$m2"/org/eclipse/milo/*/1.1.2/*-1.1.2.jar "$m2"/io/netty/netty-*/4.1.127.Final/netty-*-4.1.127.Final.jar \
  "$m2"/org/bouncycastle/*/1.84/*-1.84.jar "$m2"/org/jspecify/jspecify/1.0.0/jspecify-1.0.0.jar \
  "$m2"/com/digitalpetri/fsm/strict-machine/*/*.jar "$m2"/com/digitalpetri/netty/netty-channel-fsm/*/*.jar \
  | grep -v -e '-sources' | paste -sd: -)
echo "$cp$libs"
