#!/bin/sh
# SPDX-License-Identifier: EPL-2.0
# Reads a peer-bench report (`name=value unit` lines, the last line of a name counts) against issue 15's targets
# (docs/performance.md, "Verdict") and prints one line per target, `target.<name>=met|NOT-MET <value> <op> <bound>`
# or `target.<name>=not-measured`, then `targets.not_met=<count> targets` (not measured counts as not met):
#   Modbus poll requests <= PLC4X's; alignment >= 2x pandas long format (hold, linear, mean); end to end p99 <= 50 ms
#   and max <= 80 ms, the server's added latency p99 <= 5 ms; the gateway's CPU <= 1/5 of Node-RED's at every tag
#   count measured against it; a 10,000-tag runtime <= 0.2 of one core (12 CPU-s/min) and <= 150 MB RSS; fan-out
#   without Overflow and >= node-opcua's notifications/s, or every change offered to it delivered (within 1%: a server
#   cannot deliver more changes than it is given).
#   releng/peer-bench-targets.sh target/peer-bench.txt
set -eu
. "$(dirname "$0")/peer-bench/report.sh"  # value: the one way the bench reads its report
report=$1
missed=0
# check <target> <figure> <op> <bound>: the figure's value (empty: not measured) against the bound
check() {
  if [ -z "$2" ]; then
    echo "target.$1=not-measured"; missed=$((missed + 1)); return 0
  fi
  verdict=$(awk -v x="$2" -v op="$3" -v b="$4" 'BEGIN { print ((op == "<=") ? x + 0 <= b : x + 0 >= b) ? "met" : "NOT-MET" }')
  echo "target.$1=$verdict $2 $3 $4"
  if [ "$verdict" != met ]; then missed=$((missed + 1)); fi
}
check modbus.requests_per_cycle "$(value ratio.modbus.requests_per_cycle "$report")" "<=" 1
for method in hold linear mean; do
  check "alignment.$method" "$(value "ratio.alignment.$method.vs_pandas_long" "$report")" ">=" 2
done
check e2e.p99 "$(value e2e.p99 "$report")" "<=" 50
check e2e.max "$(value e2e.max "$report")" "<=" 80
check runtime.added.server.p99 "$(value runtime.added.server.p99 "$report")" "<=" 5
tags=$(sed -n 's/^ratio\.gateway\.cpu\.\([0-9][0-9]*\)=.*/\1/p' "$report" | sort -n -u)
if [ -z "$tags" ]; then
  echo "target.gateway.cpu=not-measured"; missed=$((missed + 1))
fi
for t in $tags; do
  check "gateway.cpu.$t" "$(value "ratio.gateway.cpu.$t" "$report")" "<=" 0.2
done
check gateway.10000.cpu "$(value gateway.fieldbridge.10000.cpu "$report")" "<=" 12
check gateway.10000.rss "$(value gateway.fieldbridge.10000.rss "$report")" "<=" 150
check fanout.overflow "$(value fanout.fieldbridge.overflow "$report")" "<=" 0
ratio=$(value ratio.fanout.notifications_per_s "$report")
# below node-opcua's (or without its figure), the share of the changes offered that Fieldbridge delivered
delivered=$(awk -v r="$ratio" -v d="$(value fanout.fieldbridge.notifications_per_s "$report")" \
  -v c="$(value fanout.fieldbridge.changes_per_s "$report")" \
  'BEGIN { if ((r == "" || r + 0 < 1) && d != "" && c > 0) printf "%.4f", d / c }')
if [ -n "$delivered" ]; then
  check fanout.notifications_per_s "$delivered" ">=" 0.99
else
  check fanout.notifications_per_s "$ratio" ">=" 1
fi
echo "targets.not_met=$missed targets"
