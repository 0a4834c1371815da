#!/bin/sh
# SPDX-License-Identifier: EPL-2.0
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
. releng/plain-java.sh
cp="$(jars_of bundles/org.fieldbridge.core bundles/org.fieldbridge.cli tests/org.fieldbridge.cli.tests bundles/org.fieldbridge.codegen \
  bundles/org.fieldbridge.dsl bundles/org.fieldbridge.model bundles/org.fieldbridge.simulator \
  bundles/org.fieldbridge.runtime.app bundles/org.fieldbridge.runtime bundles/org.fieldbridge.runtime.modbus \
  bundles/org.fieldbridge.runtime.opcua bundles/org.fieldbridge.runtime.server bundles/org.fieldbridge.runtime.sparkplug)"
exec "$JAVA_HOME/bin/java" -Dorg.slf4j.simpleLogger.defaultLogLevel=warn $(unsafe_memory_access_flag) \
  -Dfieldbridge.runtime.classpath="$(generated_runtime_classpath)" -cp "$cp$(library_classpath)" \
  org.fieldbridge.cli.RuntimeStartupBench "$@"
