#!/bin/sh
# Prints the runtime benchmark figures (docs/runtime.md records them). Not a test: nothing is asserted.
#   releng/bench.sh            build the runtime bundles and the bench (no tests), then run the benches
#   releng/bench.sh --no-build use the jars of the last build
# All sockets of the Modbus bench are on 127.0.0.1.
set -eu
cd "$(dirname "$0")/.."
. ./.mvn/select-jdk.sh
if [ "${1-}" != "--no-build" ]; then
  ./mvnw -B -q verify -DskipTests -pl tests/org.fieldbridge.runtime.modbus.tests -am
fi
jar_of() {
  ls "$1"/target/*.jar 2>/dev/null | grep -v -e '-sources' | head -n 1
}
m2=${MAVEN_REPO:-$HOME/.m2/repository}
j2mod=$(ls "$m2"/com/ghgande/j2mod/3.3.0/j2mod-3.3.0.jar)
slf4j=$(ls "$m2"/org/slf4j/slf4j-api/2.0.17/slf4j-api-2.0.17.jar)
runtime=$(jar_of bundles/org.fieldbridge.runtime)
modbus=$(jar_of bundles/org.fieldbridge.runtime.modbus)
bench=$(jar_of tests/org.fieldbridge.runtime.modbus.tests)
cp="$runtime:$modbus:$bench:$j2mod:$slf4j"
"$JAVA_HOME/bin/java" -Xmx1g -cp "$cp" org.fieldbridge.runtime.bench.RuntimeBench
"$JAVA_HOME/bin/java" -Xmx1g -Dslf4j.internal.verbosity=ERROR -cp "$cp" org.fieldbridge.runtime.modbus.ModbusPollBench
"$JAVA_HOME/bin/java" -Xmx2g -cp "$cp" org.fieldbridge.runtime.bench.BehaviourThroughputBench
