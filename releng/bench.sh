#!/bin/sh
# SPDX-License-Identifier: EPL-2.0
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
cp=$(releng/runtime-classpath.sh tests/org.fieldbridge.tests.support tests/org.fieldbridge.tests.support.opcua \
  tests/org.fieldbridge.runtime.modbus.tests tests/org.fieldbridge.simulator.tests)
java="$JAVA_HOME/bin/java -Xmx2g -Dslf4j.internal.verbosity=ERROR -Dorg.slf4j.simpleLogger.defaultLogLevel=warn"
$java -cp "$cp" org.fieldbridge.runtime.bench.RuntimeBench
$java -cp "$cp" org.fieldbridge.runtime.modbus.ModbusPollBench
$java -cp "$cp" org.fieldbridge.runtime.bench.BehaviourThroughputBench
for publishing in 2 10; do  # OPC UA publishing interval of the client in ms
  $java -cp "$cp" org.fieldbridge.simulator.bench.EndToEndLatencyBench 300 $publishing 2>&1 \
    | grep -v -e '^WARNING: .*Unsafe' -e '^WARNING: Please consider'
done
# the settings for sub-50 ms end to end (docs/performance.md): 25 ms poll, 5 ms publishing
$java -cp "$cp" org.fieldbridge.simulator.bench.EndToEndLatencyBench 300 5 10000 0 probes 25 2>&1 \
  | grep -v -e '^WARNING: .*Unsafe' -e '^WARNING: Please consider'
for tags in 1000 10000; do  # a client subscribed to every tag, 10 ms publishing and sampling: CPU per minute (issue 15 item 4)
  $java -cp "$cp" org.fieldbridge.simulator.bench.EndToEndLatencyBench 300 10 $tags 10 all 2>&1 \
    | grep -v -e '^WARNING: .*Unsafe' -e '^WARNING: Please consider'
done
