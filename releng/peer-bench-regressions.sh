#!/bin/sh
# SPDX-License-Identifier: EPL-2.0
# Compares the `name=value unit` lines of a bench run with a baseline of `name=value unit better` lines (better:
# lower or higher) and prints `REGRESSION name=value unit (baseline B, N% worse)` for every figure more than 20%
# worse, then `regressions=<count> figures`. A baseline figure missing from the run is printed as
# `MISSING name` (the bench that makes it failed or was skipped). Lines whose `better` is `host` are the peers'
# own cost, which no change of Fieldbridge's moves: more than 20% above the baseline, they are printed as
# `HOST-SLOWER name=value unit (baseline B, N times)`, not counted, and `host.slower=<largest N> times` says by how
# much the host ran slower than in the baseline's run (read Fieldbridge's CPU and latency regressions against it).
#   releng/peer-bench-regressions.sh releng/peer-bench-baseline.txt target/peer-bench.txt
set -eu
awk -v tolerance="${BENCH_REGRESSION_TOLERANCE:-0.20}" '
  FNR == NR {
    if ($0 ~ /^#/ || $0 !~ /=/) next
    split($0, kv, "="); split(kv[2], rest, " ")
    base[kv[1]] = rest[1] + 0; unit[kv[1]] = rest[2]; better[kv[1]] = rest[3]; order[++n] = kv[1]
    next
  }
  /=/ { split($0, kv, "="); split(kv[2], rest, " "); run[kv[1]] = rest[1] + 0; seen[kv[1]] = 1 }
  END {
    count = 0; slower = 1
    for (i = 1; i <= n; i++) {
      name = order[i]
      if (!(name in seen)) { printf "MISSING %s -\n", name; continue }
      b = base[name]; v = run[name]
      if (better[name] == "host") {
        if (b > 0 && v / b > 1 + tolerance) {
          printf "HOST-SLOWER %s=%g %s (baseline %g, %.2f times)\n", name, v, unit[name], b, v / b
          if (v / b > slower) slower = v / b
        }
        continue
      }
      if (better[name] == "higher") worse = (b > 0) ? (b - v) / b : 0
      else worse = (b > 0) ? (v - b) / b : (v > 0 ? 1 : 0)
      if (worse > tolerance) {
        printf "REGRESSION %s=%g %s (baseline %g, %.0f%% worse)\n", name, v, unit[name], b, worse * 100
        count++
      }
    }
    if (slower > 1) printf "host.slower=%.2f times\n", slower
    printf "regressions=%d figures\n", count
  }' "$1" "$2"
