#!/bin/sh
# SPDX-License-Identifier: EPL-2.0
# Start-up time and heap of a generated runtime with 10,000 tags against a 100-tag baseline measured in the
# same run (docs/codegen.md records the figures). Not a test.
#   releng/runtime-bench.sh [tags] [baseline tags] [seconds of polling before the heap is measured]
#   FIELDBRIDGE_NO_BUILD=1 releng/runtime-bench.sh ...   use the jars of the last build
#   RUNTIME_BENCH_OPTS="-Dfieldbridge.bench.heap=256m -Dfieldbridge.bench.jvm=-XX:+UseSerialGC -Dfieldbridge.bench.jfr=DIR" \
#     releng/runtime-bench.sh ...   the runtime's -Xmx, more JVM options of the runtime (comma separated) and a JFR
#     profile of each measured runtime process into DIR
set -eu
cd "$(dirname "$0")/.."
. ./.mvn/select-jdk.sh
if [ "${FIELDBRIDGE_NO_BUILD:-0}" != 1 ]; then
  ./mvnw -B -q verify -DskipTests -am -pl "$(ls -d bundles/org.fieldbridge.milo.osgi.* | paste -sd,),maven/fieldbridge-command-libraries,maven/fieldbridge-runtime-libraries,tests/org.fieldbridge.cli.tests"
fi
. releng/plain-java.sh
cp="$(jars_of bundles/org.fieldbridge.core bundles/org.fieldbridge.cli tests/org.fieldbridge.cli.tests tests/org.fieldbridge.tests.support bundles/org.fieldbridge.codegen \
  bundles/org.fieldbridge.dsl bundles/org.fieldbridge.model bundles/org.fieldbridge.simulator \
  bundles/org.fieldbridge.runtime.app bundles/org.fieldbridge.runtime bundles/org.fieldbridge.runtime.modbus \
  bundles/org.fieldbridge.runtime.opcua bundles/org.fieldbridge.runtime.server bundles/org.fieldbridge.runtime.sparkplug)"
# shellcheck disable=SC2086 # RUNTIME_BENCH_OPTS is a list of options
exec "$JAVA_HOME/bin/java" -Dorg.slf4j.simpleLogger.defaultLogLevel=warn $(unsafe_memory_access_flag) ${RUNTIME_BENCH_OPTS:-} \
  -Dfieldbridge.runtime.classpath="$(generated_runtime_classpath)" -cp "$cp$(library_classpath)" \
  org.fieldbridge.cli.RuntimeStartupBench "$@"
