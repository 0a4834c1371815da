#!/bin/sh
# Prints the code generator's benchmark figures (docs/codegen.md records them). Not a test.
#   releng/codegen-bench.sh [mappings] [rounds]            build the bundles (no tests), then run the bench
#   FIELDBRIDGE_NO_BUILD=1 releng/codegen-bench.sh ...     use the jars of the last build
set -eu
cd "$(dirname "$0")/.."
. ./.mvn/select-jdk.sh
if [ "${FIELDBRIDGE_NO_BUILD:-0}" != 1 ]; then
  ./mvnw -B -q verify -DskipTests -am -pl tests/org.fieldbridge.codegen.tests
fi
libs=target-platform/roots/target/classpath.txt
if [ ! -s "$libs" ]; then
  ./mvnw -B -q -f target-platform/roots/pom.xml dependency:build-classpath -Dmdep.includeScope=runtime \
    -Dmdep.outputFile=target/classpath.txt
fi
jar_of() { ls "$1"/target/*.jar 2>/dev/null | grep -v -e '-sources' | head -n 1; }
cp=""
for b in bundles/org.fieldbridge.codegen bundles/org.fieldbridge.dsl bundles/org.fieldbridge.model \
  bundles/org.fieldbridge.runtime bundles/org.fieldbridge.runtime.app bundles/org.fieldbridge.runtime.modbus \
  bundles/org.fieldbridge.runtime.opcua bundles/org.fieldbridge.runtime.server tests/org.fieldbridge.codegen.tests; do
  cp="$cp$(pwd)/$(jar_of "$b"):"
done
java_opts="-Xmx2g"
if "$JAVA_HOME/bin/java" --sun-misc-unsafe-memory-access=allow -version >/dev/null 2>&1; then
  java_opts="$java_opts --sun-misc-unsafe-memory-access=allow"
fi
exec "$JAVA_HOME/bin/java" $java_opts -cp "$cp$(cat "$libs")" org.fieldbridge.codegen.bench.GenerationBench "$@"
