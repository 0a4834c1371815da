#!/bin/sh
# Start-up time and heap of a generated runtime with 10,000 tags against a 100-tag baseline measured in the
# same run (docs/codegen.md records the figures). Not a test.
#   releng/runtime-bench.sh [tags] [baseline tags] [seconds of polling before the heap is measured]
#   FIELDBRIDGE_NO_BUILD=1 releng/runtime-bench.sh ...   use the jars of the last build
set -eu
cd "$(dirname "$0")/.."
. ./.mvn/select-jdk.sh
if [ "${FIELDBRIDGE_NO_BUILD:-0}" != 1 ]; then
  ./mvnw -B -q verify -DskipTests -am -pl "$(ls -d bundles/org.fieldbridge.milo.osgi.* | paste -sd,),tests/org.fieldbridge.cli.tests"
fi
libs=target-platform/roots/target/classpath.txt
if [ ! -s "$libs" ]; then
  ./mvnw -B -q -f target-platform/roots/pom.xml dependency:build-classpath -Dmdep.includeScope=runtime \
    -Dmdep.outputFile=target/classpath.txt
fi
jar_of() { ls "$1"/target/*.jar 2>/dev/null | grep -v -e '-sources' | head -n 1; }
runtime_cp=$(releng/runtime-classpath.sh bundles/org.fieldbridge.runtime.app | tr ':' '\n' \
  | grep -v -e 'org.fieldbridge.simulator' | paste -sd: -)
cp=""
for b in bundles/org.fieldbridge.cli tests/org.fieldbridge.cli.tests bundles/org.fieldbridge.codegen bundles/org.fieldbridge.dsl \
  bundles/org.fieldbridge.model bundles/org.fieldbridge.simulator bundles/org.fieldbridge.runtime.app bundles/org.fieldbridge.runtime \
  bundles/org.fieldbridge.runtime.modbus bundles/org.fieldbridge.runtime.opcua bundles/org.fieldbridge.runtime.server; do
  cp="$cp$(pwd)/$(jar_of "$b"):"
done
java_opts="-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"
if "$JAVA_HOME/bin/java" --sun-misc-unsafe-memory-access=allow -version >/dev/null 2>&1; then
  java_opts="$java_opts --sun-misc-unsafe-memory-access=allow"
fi
exec "$JAVA_HOME/bin/java" $java_opts -Dfieldbridge.runtime.classpath="$runtime_cp" -cp "$cp$(cat "$libs")" \
  org.fieldbridge.cli.RuntimeStartupBench "$@"
