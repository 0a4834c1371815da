#!/bin/sh
# SPDX-License-Identifier: EPL-2.0
# Start-up time, live heap, RSS and CPU of a generated runtime with 10,000 tags against a 100-tag baseline
# measured in the same run (docs/performance.md, "Cost of a generated runtime", records the figures). Not a test.
# Prints, besides its own lines, runtime.rss.<tags>=N MB, runtime.cpu.<tags>=N CPU-s/min, runtime.heap.<tags>=N MB
# (live, after a full GC) and runtime.heap_per_tag=N KB; with a subscribed client the names end in .subscribed.
#   releng/runtime-bench.sh [tags] [baseline tags] [seconds of polling before the heap is measured]
#   FIELDBRIDGE_NO_BUILD=1 releng/runtime-bench.sh ...   use the jars of the last build
#   RUNTIME_BENCH_OPTS="-Dfieldbridge.bench.heap=256m -Dfieldbridge.bench.jvm=-XX:+UseSerialGC -Dfieldbridge.bench.jfr=DIR" \
#     releng/runtime-bench.sh ...   the runtime's -Xmx, more JVM options of the runtime (comma separated) and a JFR
#     profile of each measured runtime process into DIR
#   -Dfieldbridge.bench.subscribed=true   an OPC UA client (in the bench's process, SecurityPolicy None) subscribes
#     to every tag (sampling and publishing 100 ms) and the simulated controller changes every value once a second
#   -Dfieldbridge.bench.histogram=DIR   writes the class histogram (live objects) and, with
#     -XX:NativeMemoryTracking=summary among the JVM options, the NMT summary of each measured runtime into DIR
#   The generated start script's JVM defaults (StartScriptTemplate.JVM_DEFAULTS; the bench starts the jar with
#   java -jar, not through the script): -Dfieldbridge.bench.jvm=-XX:+UseSerialGC,-Xms16m,-XX:MinHeapFreeRatio=10,\
#     -XX:MaxHeapFreeRatio=30 (one argument, without the line break; the script adds -XX:TieredStopAtLevel=1 up to
#     2,000 signals, -XX:-TieredCompilation above, up to 2,000 signals -Xmn8m,
#     -XX:SurvivorRatio=2,-XX:TargetSurvivorRatio=90 (StartScriptTemplate.jvmDefaultsFor), and
#     -XX:+UseCompactObjectHeaders on Java 25+, -XX:+UseStringDeduplication on Java 18+);
#     the script also exports MALLOC_MMAP_THRESHOLD_=16384 (StartScriptTemplate.MALLOC_MMAP_THRESHOLD): give the
#     bench the same (MALLOC_MMAP_THRESHOLD_=16384 releng/runtime-bench.sh ...; the runtime inherits it)
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
