#!/bin/sh
# SPDX-License-Identifier: EPL-2.0
# Part of releng/peer-bench.sh (docs/performance.md, "c) Gateway end to end" and "d) OPC UA fan-out"): appends
# `name=value unit` lines to the report file it is given (and prints them). Everything on 127.0.0.1, every
# process its own, measured through /proc by the same node-opcua client (releng/peer-bench/node/client.js).
#   c) gateway: one Modbus controller (PeerBenchGatewaySlave, its own JVM) with N INT16 holding registers,
#      a tenth of them changed every 100 ms; Fieldbridge (a generated runtime: a .plant and a .twin with the N
#      registers, 100 ms poll, built with `./fieldbridge build` and started with its generated start script, heap
#      its default unless PEER_BENCH_GATEWAY_HEAP, more JVM options from PEER_BENCH_GATEWAY_JAVA_OPTS) and a
#      Node-RED flow (nodered-flow.js: batched modbus-read every 100 ms -> changed values ->
#      node-red-contrib-opcua's server), one after the other, at each tag count of PEER_BENCH_GATEWAY_TAGS;
#      Node-RED only up to PEER_BENCH_NODERED_MAX_TAGS.
#      The floor at each tag count up to PEER_BENCH_FLOOR_MAX_TAGS (default 1000): the least a gateway does for the
#      same job, one thread and no library, in Java (floor/GatewayFloor.java) and in Node.js (node/floor-gateway.js),
#      measured by node/floor-client.js the same way: what the host charges for the workload's wake-ups alone.
#      Milo alone at each tag count up to PEER_BENCH_MILO_ALONE_MAX_TAGS (default 10000): Eclipse Milo's server with
#      the same variables and changes and nothing of Fieldbridge's (floor/MiloAlone.java), started with the JVM
#      options the generated runtime got from its start script, measured by client.js: what the library costs.
#   d) fan-out: 10,000 items changing at PEER_BENCH_FANOUT_RATE changes/s, Fieldbridge's server (PeerBenchFanOut)
#      then a node-opcua server (fanout-server.js), the client subscribed to every item.
# Usage: releng/peer-bench/gateway.sh <report file> (after releng/peer-bench.sh has built and installed)
set -eu
cd "$(dirname "$0")/../.."
. ./.mvn/select-jdk.sh
report=$1
out=target/peer-bench
node_dir=releng/peer-bench/node
emit() { [ -z "$1" ] || echo "$1" | tee -a "$report"; }  # an empty line (no ratio) is left out
. releng/peer-bench/report.sh
fb_cp=$(releng/runtime-classpath.sh tests/org.fieldbridge.tests.support tests/org.fieldbridge.tests.support.opcua \
  tests/org.fieldbridge.simulator.tests)
heap=${PEER_BENCH_GATEWAY_HEAP:-}  # empty: the generated start script's default (FIELDBRIDGE_HEAP unset)
java="$JAVA_HOME/bin/java -Dslf4j.internal.verbosity=ERROR -Dorg.slf4j.simpleLogger.defaultLogLevel=warn"
warmup=${PEER_BENCH_GATEWAY_WARMUP:-15}
window=${PEER_BENCH_GATEWAY_SECONDS:-60}
pids=""
trap 'for p in $pids; do kill "$p" 2>/dev/null || true; done' EXIT INT TERM
wait_for() { n=0; while [ ! -s "$1" ]; do sleep 0.5; n=$((n + 1)); if [ $n -gt 240 ]; then echo "# $1 never appeared" >&2; return 1; fi; done; }
stop() { kill "$1" 2>/dev/null || true; wait "$1" 2>/dev/null || true; }
free_port() { node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }
# client <mode> <prefix> <folder> <pid> <window s> <publishing ms> <sampling ms> <queue size> -> lines into $report
# runtime <folder> <tags>: generates and builds the Fieldbridge runtime of N INT16 holding registers (unit 1,
# offsets 0..N-1, 100 ms poll) of equipment E0.. with 100 signals S0..S99 each (the last one fewer), and the
# node ids the client subscribes to (ns=2: the twin's namespace, after the runtime's own)
runtime() {
  mkdir -p "$1/models"
  awk -v n="$2" 'BEGIN {
    print "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
    print "<plant:Plant xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:plant=\"https://fieldbridge.org/plant/1.0\">"
    print "  <enterprises name=\"Bench\"><sites name=\"Site\"><areas name=\"Area\"><lines name=\"Line\">"
    for (i = 0; i < n; i++) {
      if (i % 100 == 0) printf "    <equipment name=\"E%d\">\n", i / 100
      printf "      <signals name=\"S%d\" quantity=\"temperature\" unit=\"CEL\"/>\n", i % 100
      if (i % 100 == 99 || i == n - 1) print "    </equipment>"
    }
    print "  </lines></areas></sites></enterprises>"
    print "  <units commonCode=\"CEL\" displayName=\"°C\" description=\"degree Celsius\"/>"
    print "</plant:Plant>"
  }' > "$1/models/bench.plant"
  awk -v n="$2" 'BEGIN {
    print "package bench.plant"; print "import \"bench.plant\""
    print "connection P modbus tcp \"127.0.0.1:502\" unit 1 { poll 100 ms addressing zero-based }"
    for (i = 0; i < n; i++) printf "map P holding %d int16 -> E%d.S%d\n", i, i / 100, i % 100
  }' > "$1/models/bench.twin"
  awk -v n="$2" 'BEGIN { for (i = 0; i < n; i++) printf "ns=2;s=Bench.Site.Area.Line.E%d.S%d\n", i / 100, i % 100 }' > "$1/nodes"
  ./fieldbridge build "$1/models" -o "$1/runtime" > "$1/build.log" 2>&1
}
# runtime_config <folder> <Modbus port>: None + anonymous for the bench client (allowInsecure), no users
runtime_config() {
  printf '%s\n' "server.port=$(free_port)" server.hostnames=127.0.0.1 server.keyStorePassword=env:FB_BENCH_KEYSTORE \
    server.allowInsecure=true connection.P.host=127.0.0.1 "connection.P.port=$2" > "$1/runtime/bench.properties"
}
# wait_running <log> <endpoint file>: the start banner's "Running", then its endpoint into the file
wait_running() {
  n=0
  while ! grep -q '^Running' "$1" 2>/dev/null; do
    sleep 0.5; n=$((n + 1))
    if [ $n -gt 240 ]; then echo "# the runtime did not start: $(tail -n 3 "$1" | tr '\n' ' ')" >&2; return 1; fi
  done
  sed -n 's/^ *OPC UA endpoint: *//p' "$1" | head -n 1 > "$2"
}

# floor <name> <folder> <command...>: a floor gateway against the controller on $port, measured by floor-client.js
floor() {
  name=$1; fdir=$2; shift 2
  rm -rf "$fdir"; mkdir -p "$fdir"
  "$@" "$port" "$tags" "$fdir" > "$fdir/gateway.log" 2>&1 &
  fl=$!; pids="$pids $fl"
  if wait_for "$fdir/port" && node "$node_dir/floor-client.js" "gateway.$name.$tags" "$fdir" "$fl" "$warmup" "$window" \
      > "$fdir/client.txt" 2> "$fdir/client.log"; then
    grep '^[a-z][a-z0-9_.]*=' "$fdir/client.txt" | while read -r line; do emit "$line"; done
  else
    emit "# gateway.$name.$tags failed: $(tail -n 3 "$fdir/gateway.log" "$fdir/client.log" | tr '\n' ' ')"
  fi
  stop "$fl"
}

client() {
  if node "$node_dir/client.js" "$1" "$2" "$3" "$4" "$warmup" "$5" "$6" "$7" "$8" > "$3/client.txt" 2> "$3/client.log"; then
    grep '^[a-z][a-z0-9_.]*=' "$3/client.txt" | while read -r line; do emit "$line"; done
  else
    emit "# $2 failed: $(tail -n 3 "$3/client.log" | tr '\n' ' ')"
  fi
}

# a stand-in java for start_script_options: answers the start script's version probe with the real java and prints
# the malloc setting, then every option before -jar, one a line, instead of starting the runtime
shim="$(pwd)/$out/java-shim"
mkdir -p "$shim/bin"
cat > "$shim/bin/java" <<EOF
#!/bin/sh
case "\$*" in *-XshowSettings:properties*) exec "$JAVA_HOME/bin/java" "\$@" ;; esac
echo "\${MALLOC_MMAP_THRESHOLD_:-}"
for a in "\$@"; do [ "\$a" = -jar ] && break; echo "\$a"; done
EOF
chmod +x "$shim/bin/java"
# start_script_options <runtime folder>: the JVM options the generated start script gives that runtime, one a line,
# after a first line with its malloc setting (the stand-in java's output)
start_script_options() {
  (cd "$1" && env JAVA_HOME="$shim" ${heap:+FIELDBRIDGE_HEAP=$heap} FIELDBRIDGE_JAVA_OPTS="${PEER_BENCH_GATEWAY_JAVA_OPTS:-}" bin/plant)
}

# milo_alone <folder>: Eclipse Milo alone (floor/MiloAlone.java) with the bench's address space and changes, started
# with the JVM options the generated runtime of the same tag count got, measured by the same client
milo_alone() {
  mdir=$1
  rm -rf "$mdir"; mkdir -p "$mdir"
  if ! start_script_options "$dir/fieldbridge/runtime" > "$mdir/options" 2> "$mdir/options.log"; then
    emit "# gateway.milo_alone.$tags failed: no JVM options from the start script: $(tail -n 2 "$mdir/options.log" | tr '\n' ' ')"
    return 0
  fi
  malloc=$(head -n 1 "$mdir/options")
  awk -v n="$tags" 'BEGIN { for (i = 0; i < n; i++) printf "ns=2;s=E%d.S%d\n", i / 100, i % 100 }' > "$mdir/nodes"
  # shellcheck disable=SC2046 # one JVM option a line
  env ${malloc:+MALLOC_MMAP_THRESHOLD_=$malloc} "$JAVA_HOME/bin/java" $(tail -n +2 "$mdir/options") \
    -Dslf4j.internal.verbosity=ERROR -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
    -cp "$out/floor-milo:$fb_cp" MiloAlone "$(free_port)" "$tags" "$mdir" > "$mdir/server.log" 2>&1 &
  ma=$!; pids="$pids $ma"
  if wait_for "$mdir/endpoint"; then
    client latency "gateway.milo_alone.$tags" "$mdir" "$ma" "$window" 50 0 1
  else
    emit "# gateway.milo_alone.$tags failed: $(tail -n 3 "$mdir/server.log" | tr '\n' ' ')"
  fi
  stop "$ma"
}

floor_java="$JAVA_HOME/bin/java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xmx64m -cp $out/floor GatewayFloor"
"$JAVA_HOME/bin/javac" -d "$out/floor" releng/peer-bench/floor/GatewayFloor.java
milo_alone_tags=${PEER_BENCH_MILO_ALONE_MAX_TAGS:-10000}
if ! "$JAVA_HOME/bin/javac" -d "$out/floor-milo" -cp "$fb_cp" releng/peer-bench/floor/MiloAlone.java \
    > "$out/floor-milo.log" 2>&1; then
  emit "# gateway.milo_alone failed: MiloAlone.java does not compile: $(head -n 3 "$out/floor-milo.log" | tr '\n' ' ')"
  milo_alone_tags=0
fi
emit "gateway.heap.fieldbridge=${heap:-default} -"
emit "gateway.java_opts.fieldbridge=${PEER_BENCH_GATEWAY_JAVA_OPTS:-none} -"
for tags in ${PEER_BENCH_GATEWAY_TAGS:-100 1000 10000}; do
  dir="$out/gateway-$tags"
  rm -rf "$dir"; mkdir -p "$dir/slave" "$dir/fieldbridge" "$dir/nodered"
  if ! runtime "$dir/fieldbridge" "$tags"; then
    emit "# gateway.fieldbridge.$tags failed: $(tail -n 3 "$dir/fieldbridge/build.log" | tr '\n' ' ')"
  fi
  $java -Xmx512m -cp "$fb_cp" org.fieldbridge.simulator.bench.PeerBenchGatewaySlave "$dir/slave" "$tags" > "$dir/slave.log" 2>&1 &
  slave=$!; pids="$pids $slave"
  wait_for "$dir/slave/port"
  port=$(cat "$dir/slave/port")
  # Fieldbridge: publishing 50 ms, sampling 0 (fastest the server grants), queue 1, as an HMI or historian asks.
  # The start script execs java: $! is the runtime's JVM.
  if [ -x "$dir/fieldbridge/runtime/bin/plant" ]; then
    runtime_config "$dir/fieldbridge" "$port"
    (cd "$dir/fieldbridge/runtime" && exec env FB_BENCH_KEYSTORE="bench-$(date +%s%N)" ${heap:+FIELDBRIDGE_HEAP=$heap} \
      FIELDBRIDGE_JAVA_OPTS="${PEER_BENCH_GATEWAY_JAVA_OPTS:-}" bin/plant --config bench.properties) \
      > "$dir/fieldbridge.log" 2>&1 &
    fb=$!; pids="$pids $fb"
    if wait_running "$dir/fieldbridge.log" "$dir/fieldbridge/endpoint"; then
      client latency "gateway.fieldbridge.$tags" "$dir/fieldbridge" "$fb" "$window" 50 0 1
    fi
    stop "$fb"
  fi
  if [ "$tags" -le "${PEER_BENCH_NODERED_MAX_TAGS:-10000}" ]; then
    ln -sfn "$(pwd)/$node_dir/node_modules" "$dir/nodered/node_modules"
    node "$node_dir/nodered-flow.js" "$dir/nodered" "$port" "$tags" "$(free_port)" "$(free_port)"
    node "$node_dir/node_modules/node-red/red.js" --userDir "$dir/nodered" --settings "$dir/nodered/settings.js" \
      > "$dir/nodered.log" 2>&1 &
    nr=$!; pids="$pids $nr"
    client latency "gateway.nodered.$tags" "$dir/nodered" "$nr" "$window" 50 0 1
    stop "$nr"
  fi
  if [ "$tags" -le "${PEER_BENCH_FLOOR_MAX_TAGS:-1000}" ]; then
    floor floor_java "$dir/floor-java" $floor_java
    floor floor_node "$dir/floor-node" node "$node_dir/floor-gateway.js"
  fi
  if [ "$tags" -le "$milo_alone_tags" ] && [ -x "$dir/fieldbridge/runtime/bin/plant" ]; then
    milo_alone "$dir/milo-alone"
  fi
  stop "$slave"
  # below 1, Fieldbridge needs less than Node-RED; the least a Java gateway reached against Node-RED (the floor);
  # Fieldbridge against that floor
  emit "$(ratio "gateway.cpu.$tags" "gateway.fieldbridge.$tags.cpu" "gateway.nodered.$tags.cpu" "$report")"
  emit "$(ratio "gateway.latency.p99.$tags" "gateway.fieldbridge.$tags.latency.p99" "gateway.nodered.$tags.latency.p99" "$report")"
  emit "$(ratio "gateway.cpu.$tags.floor_java" "gateway.floor_java.$tags.cpu" "gateway.nodered.$tags.cpu" "$report")"
  emit "$(ratio "gateway.cpu.$tags.fieldbridge_vs_floor_java" "gateway.fieldbridge.$tags.cpu" "gateway.floor_java.$tags.cpu" "$report")"
  # Fieldbridge against Milo alone: what the runtime adds to the library it serves OPC UA with
  emit "$(ratio "gateway.cpu.$tags.fieldbridge_vs_milo_alone" "gateway.fieldbridge.$tags.cpu" "gateway.milo_alone.$tags.cpu" "$report")"
  emit "$(ratio "gateway.rss.$tags.fieldbridge_vs_milo_alone" "gateway.fieldbridge.$tags.rss" "gateway.milo_alone.$tags.rss" "$report")"
done

# d) fan-out: publishing 100 ms, sampling 0, queue 10 (so that Overflow can show when a queue is outrun)
items=${PEER_BENCH_FANOUT_ITEMS:-10000}
rate=${PEER_BENCH_FANOUT_RATE:-100000}
fwindow=${PEER_BENCH_FANOUT_SECONDS:-30}
if [ "$items" -le 0 ]; then exit 0; fi  # PEER_BENCH_FANOUT_ITEMS=0: the gateway comparison only
emit "fanout.items=$items items"
emit "fanout.target_rate=$rate 1/s"
dir="$out/fanout"; rm -rf "$dir"; mkdir -p "$dir/fieldbridge" "$dir/nodeopcua"
$java -Xmx1g -cp "$fb_cp" org.fieldbridge.simulator.bench.PeerBenchFanOut "$dir/fieldbridge" "$items" "$rate" > "$dir/fieldbridge.log" 2>&1 &
fb=$!; pids="$pids $fb"
if wait_for "$dir/fieldbridge/endpoint"; then
  client fanout fanout.fieldbridge "$dir/fieldbridge" "$fb" "$fwindow" 100 0 10
fi
stop "$fb"
node "$node_dir/fanout-server.js" "$dir/nodeopcua" "$items" "$rate" "$(free_port)" > "$dir/nodeopcua.log" 2>&1 &
no=$!; pids="$pids $no"
if wait_for "$dir/nodeopcua/endpoint"; then
  client fanout fanout.nodeopcua "$dir/nodeopcua" "$no" "$fwindow" 100 0 10
fi
stop "$no"
for m in notifications_per_s cpu; do  # Fieldbridge / node-opcua
  emit "$(ratio "fanout.$m" "fanout.fieldbridge.$m" "fanout.nodeopcua.$m" "$report")"
done
