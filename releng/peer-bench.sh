#!/bin/sh
# SPDX-License-Identifier: EPL-2.0
# Runs the same workloads through Fieldbridge and through the peers a plant engineer would otherwise pick, in one
# go on 127.0.0.1, and prints each comparison as `name=value unit` lines and `ratio.<comparison>=<value>` (also
# written to target/peer-bench.txt). docs/performance.md explains every line and records a run. Not a test and
# not part of the test command: it installs the peers from their registries and takes several minutes.
#   releng/peer-bench.sh              install the peers, build Fieldbridge's benches (no tests), run everything
#   releng/peer-bench.sh --no-build   use the peers and the jars of the last run
# Peers: Apache PLC4X's Modbus driver (Maven Central, releng/peer-bench/modbus, a standalone project outside the
# reactor), pandas (Debian's python3-pandas), Node-RED with node-red-contrib-modbus and node-red-contrib-opcua
# and node-opcua (npm, releng/peer-bench/node; the gateway and fan-out comparisons, releng/peer-bench/gateway.sh).
# Beside the gateways, the floor: the least a gateway does for the same job, one thread and no library, in Java
# and in Node.js (releng/peer-bench/floor, node/floor-*.js): what the host charges for the workload alone; and
# Milo alone (floor/MiloAlone.java): the OPC UA library the runtime is built on, with nothing of Fieldbridge's.
# Last, every figure more than 20% worse than releng/peer-bench-baseline.txt is printed as a REGRESSION line (the
# peers' own cost as HOST-SLOWER, with host.slower: how much slower the host ran than in the baseline's run), and
# issue 15's targets are read against the run (releng/peer-bench-targets.sh: met, NOT-MET or not-measured).
set -eu
cd "$(dirname "$0")/.."
. ./.mvn/select-jdk.sh
root=$(pwd)
out=target/peer-bench
mkdir -p "$out"
report=target/peer-bench.txt
: > "$report.tmp"
emit() { [ -z "$1" ] || echo "$1" | tee -a "$report.tmp"; }  # an empty line (no ratio) is left out
. releng/peer-bench/report.sh
python=/usr/bin/python3  # Debian's, where python3-pandas installs

if [ "${1-}" != "--no-build" ]; then
  echo "# installing the peers" >&2
  if ! "$python" -c 'import pandas' 2>/dev/null; then
    apt-get install -y -q python3-pandas >&2 || { apt-get update -q >&2 && apt-get install -y -q python3-pandas >&2; }
  fi
  (cd releng/peer-bench/modbus && "$root/mvnw" -B -q package)
  (cd releng/peer-bench/node && npm install --no-audit --no-fund --loglevel=error >&2)
  echo "# building Fieldbridge's benches" >&2
  ./mvnw -B -q verify -DskipTests -am \
    -pl "$(ls -d bundles/org.fieldbridge.milo.osgi.* | paste -sd, -),maven/fieldbridge-runtime-libraries,bundles/org.fieldbridge.simulator,tests/org.fieldbridge.runtime.modbus.tests,tests/org.fieldbridge.simulator.tests"
fi

fb_cp=$(releng/runtime-classpath.sh tests/org.fieldbridge.tests.support tests/org.fieldbridge.tests.support.opcua \
  tests/org.fieldbridge.runtime.modbus.tests tests/org.fieldbridge.simulator.tests)
plc4x_cp="$root/releng/peer-bench/modbus/target/classes:$(cat releng/peer-bench/modbus/target/classpath.txt)"
java="$JAVA_HOME/bin/java -Xmx2g -Dslf4j.internal.verbosity=ERROR -Dorg.slf4j.simpleLogger.defaultLogLevel=warn"

# versions, as the registries delivered them
emit "version.java=$("$JAVA_HOME/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/ *java.version = //p') -"
emit "version.plc4x=$(tr ':' '\n' < releng/peer-bench/modbus/target/classpath.txt | sed -n 's/.*plc4j-driver-modbus-\(.*\)\.jar/\1/p') -"
emit "version.pandas=$("$python" -c 'import pandas; print(pandas.__version__)') -"
emit "version.numpy=$("$python" -c 'import numpy; print(numpy.__version__)') -"
for module in node-red node-red-contrib-modbus node-red-contrib-opcua node-opcua; do
  v=$(node -p "require('./releng/peer-bench/node/node_modules/$module/package.json').version" 2>/dev/null || echo missing)
  emit "version.$module=$v -"
done
emit "host.cores=$(nproc) cores"
emit "host.load_before=$(cut -d' ' -f1 /proc/loadavg) load"

# a) Modbus acquisition: the same 10,000-tag map from one j2mod slave (its own process, counting requests)
rm -rf "$out/slave"
$java -cp "$fb_cp" org.fieldbridge.runtime.modbus.PeerBenchSlave "$out/slave" > "$out/slave.log" 2>&1 &
slave=$!
trap 'kill $slave 2>/dev/null || true' EXIT INT TERM
while [ ! -s "$out/slave/port" ] || [ ! -s "$out/slave/requests" ]; do sleep 0.2; done
warm=${PEER_BENCH_WARMUP:-30}
cycles=${PEER_BENCH_CYCLES:-200}
for round in 1 2; do  # alternating, so that neither side gets the quieter minute
  $java -cp "$fb_cp" org.fieldbridge.runtime.modbus.PeerBenchPoll "$out/slave" "$warm" "$cycles" > "$out/fieldbridge-$round.txt"
  $java -cp "$plc4x_cp" org.fieldbridge.peerbench.Plc4xPoll "$out/slave" "$warm" "$cycles" > "$out/plc4x-$round.txt" 2>"$out/plc4x-$round.log"
done
# Fieldbridge with every gap bridged (PLC4X's rule) for reference: what the cost model chose instead
$java -cp "$fb_cp" org.fieldbridge.runtime.modbus.PeerBenchPoll "$out/slave" "$warm" "$cycles" bridge-all > "$out/bridge-all.txt"
kill $slave 2>/dev/null || true
# the better round of each side (lower CPU among the rounds that read every tag), then the ratios
# Fieldbridge / PLC4X (below 1: Fieldbridge needs less)
best() {
  f=$(for r in 1 2; do
        if grep -q "good_tags=1.000e+04" "$out/$1-$r.txt"; then
          printf '%s %s\n' "$(sed -n 's/.*cpu_per_million_reads=\([^ ]*\).*/\1/p' "$out/$1-$r.txt")" "$out/$1-$r.txt"
        fi
      done | sort -g | head -n 1 | cut -d' ' -f2)
  if [ -z "$f" ]; then f="$out/$1-2.txt"; echo "# $1 did not read every tag in any round" >&2; fi
  grep -v '^#' "$f"; }
best fieldbridge > "$out/fieldbridge.txt"; best plc4x > "$out/plc4x.txt"
while read -r line; do emit "$line"; done < "$out/fieldbridge.txt"
while read -r line; do emit "$line"; done < "$out/plc4x.txt"
grep -v '^#' "$out/bridge-all.txt" | while read -r line; do emit "$line"; done
grep -h '^#' "$out"/fieldbridge-*.txt >&2 || true
for m in requests_per_cycle cycle.p50 cycle.p99 cpu_per_million_reads; do
  emit "$(ratio "modbus.$m" "modbus.fieldbridge.$m" "modbus.plc4x.$m" "$report.tmp")"
done

# b) alignment: 10,000 signals at mixed rates onto a 1 s grid, Fieldbridge streaming vs pandas long and wide
$java -cp "$fb_cp" org.fieldbridge.runtime.bench.PeerBenchAlignment "$out/alignment" > "$out/alignment-fieldbridge.txt"
"$python" releng/peer-bench/alignment.py "$out/alignment" > "$out/alignment-pandas.txt"
while read -r line; do emit "$line"; done < "$out/alignment-fieldbridge.txt"
while read -r line; do emit "$line"; done < "$out/alignment-pandas.txt"
for m in hold linear mean; do  # above 1: Fieldbridge aligns more samples per second
  emit "$(ratio "alignment.$m.vs_pandas_long" "alignment.fieldbridge.$m" "alignment.pandas_long.$m" "$report.tmp")"
  emit "$(ratio "alignment.$m.vs_pandas_wide" "alignment.fieldbridge.$m" "alignment.pandas_wide.$m" "$report.tmp")"
done

# Fieldbridge's own end-to-end latency at 10,000 tags (register change -> OPC UA data change at an independent
# client; EndToEndLatencyBench, docs/runtime.md) with the settings docs/performance.md gives for sub-50 ms: Modbus
# poll 25 ms, OPC UA publishing 2 ms; also the runtime's own added latency (response arrived -> notification) as the
# client sees it (runtime.added.*) and as the server measures it where it ends (runtime.added.server.*: the
# PublishResponse written to the connection, diagnostics switch measurePublishLatency)
e2e_poll=${PEER_BENCH_E2E_POLL:-25}
e2e_publishing=${PEER_BENCH_E2E_PUBLISHING:-2}
$java -cp "$fb_cp" org.fieldbridge.simulator.bench.EndToEndLatencyBench 300 "$e2e_publishing" 10000 0 probes "$e2e_poll" \
  > "$out/e2e.txt" 2>/dev/null || true
grep -E '^(e2e|runtime\.added|modbus\.poll_period|opcua\.publishing_interval)\.?[a-z0-9_.]*=' "$out/e2e.txt" \
  | while read -r line; do emit "$line"; done

# c) gateway end to end vs a Node-RED flow and d) OPC UA fan-out vs node-opcua (releng/peer-bench/gateway.sh)
releng/peer-bench/gateway.sh "$report.tmp"
emit "host.load_after=$(cut -d' ' -f1 /proc/loadavg) load"

# regressions: a figure more than 20% worse than its line in releng/peer-bench-baseline.txt
releng/peer-bench-regressions.sh releng/peer-bench-baseline.txt "$report.tmp" | while read -r line; do emit "$line"; done
# issue 15's targets read against this run: met, NOT-MET or not-measured, one line each
releng/peer-bench-targets.sh "$report.tmp" | while read -r line; do emit "$line"; done
mv "$report.tmp" "$report"
echo "# written to $report" >&2
