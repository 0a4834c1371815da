#!/bin/sh
# Prints the runtime benchmark figures (docs/runtime.md records them). Not a test: nothing is asserted.
#   releng/bench.sh            build the runtime bundles and the benches (no tests), then run the benches
#   releng/bench.sh --no-build use the jars of the last build
# All sockets of the benches are on 127.0.0.1.
set -eu
cd "$(dirname "$0")/.."
. ./.mvn/select-jdk.sh
if [ "${1-}" != "--no-build" ]; then
  fragments=$(ls -d bundles/org.fieldbridge.milo.osgi.* | paste -sd, -)
  ./mvnw -B -q verify -DskipTests -am \
    -pl "$fragments,tests/org.fieldbridge.runtime.modbus.tests,tests/org.fieldbridge.simulator.tests"
fi
jar_of() {
  ls "$1"/target/*.jar 2>/dev/null | grep -v -e '-sources' | head -n 1
}
m2=${MAVEN_REPO:-$HOME/.m2/repository}
libs=$(ls "$m2"/com/ghgande/j2mod/3.3.0/j2mod-3.3.0.jar "$m2"/org/slf4j/slf4j-api/2.0.17/slf4j-api-2.0.17.jar \
  "$m2"/org/eclipse/milo/*/1.1.2/*-1.1.2.jar "$m2"/io/netty/netty-*/4.1.127.Final/netty-*-4.1.127.Final.jar \
  "$m2"/org/bouncycastle/*/1.84/*-1.84.jar "$m2"/org/jspecify/jspecify/1.0.0/jspecify-1.0.0.jar \
  "$m2"/com/digitalpetri/fsm/strict-machine/*/*.jar "$m2"/com/digitalpetri/netty/netty-channel-fsm/*/*.jar \
  | grep -v -e '-sources' | paste -sd: -)
cp=""
for b in bundles/org.fieldbridge.runtime bundles/org.fieldbridge.runtime.modbus bundles/org.fieldbridge.runtime.opcua \
  bundles/org.fieldbridge.runtime.server bundles/org.fieldbridge.simulator tests/org.fieldbridge.runtime.modbus.tests \
  tests/org.fieldbridge.simulator.tests; do
  cp="$cp$(jar_of "$b"):"
done
cp="$cp$libs"
java="$JAVA_HOME/bin/java -Xmx2g -Dslf4j.internal.verbosity=ERROR -Dorg.slf4j.simpleLogger.defaultLogLevel=warn"
$java -cp "$cp" org.fieldbridge.runtime.bench.RuntimeBench
$java -cp "$cp" org.fieldbridge.runtime.modbus.ModbusPollBench
$java -cp "$cp" org.fieldbridge.runtime.bench.BehaviourThroughputBench
$java -cp "$cp" org.fieldbridge.simulator.bench.EndToEndLatencyBench 2>&1 | grep -v -e '^WARNING: .*Unsafe' -e '^WARNING: Please consider'
