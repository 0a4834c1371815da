#!/bin/sh
# SPDX-License-Identifier: EPL-2.0
# Prints the code generator's benchmark figures (docs/codegen.md records them). Not a test.
#   releng/codegen-bench.sh [mappings] [rounds]            build the bundles (no tests), then run the bench
#   FIELDBRIDGE_NO_BUILD=1 releng/codegen-bench.sh ...     use the jars of the last build
set -eu
cd "$(dirname "$0")/.."
. ./.mvn/select-jdk.sh
if [ "${FIELDBRIDGE_NO_BUILD:-0}" != 1 ]; then
  ./mvnw -B -q verify -DskipTests -am -pl tests/org.fieldbridge.codegen.tests
fi
. releng/plain-java.sh
cp="$(jars_of bundles/org.fieldbridge.core bundles/org.fieldbridge.codegen bundles/org.fieldbridge.dsl bundles/org.fieldbridge.model \
  bundles/org.fieldbridge.runtime bundles/org.fieldbridge.runtime.app bundles/org.fieldbridge.runtime.modbus \
  bundles/org.fieldbridge.runtime.opcua bundles/org.fieldbridge.runtime.server bundles/org.fieldbridge.runtime.sparkplug tests/org.fieldbridge.codegen.tests)"
exec "$JAVA_HOME/bin/java" -Xmx2g $(unsafe_memory_access_flag) -cp "$cp$(library_classpath)" \
  org.fieldbridge.codegen.bench.GenerationBench "$@"
