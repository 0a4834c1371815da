// SPDX-License-Identifier: EPL-2.0
// What releng/peer-bench's clients read of the measured process in /proc, and the percentile they report.
"use strict";
const fs = require("fs");

const ticks = 100; // USER_HZ on Linux

/** CPU seconds (user + system) the process has used. */
function cpuSeconds(pid) {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / ticks; // utime, stime
}

/** The process's resident set in MB. */
function rssMb(pid) {
    const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) / 1024 : 0;
}

/** The p-th percentile (0..1) of sorted numbers, NaN when there are none. */
function pct(sorted, p) {
    return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * p) - 1)] : NaN;
}

/** Register change -> arrival in ms, from the controller's wall-clock milliseconds modulo 32,768 (same clock). */
function latencyOf(value) {
    return ((Date.now() & 0x7fff) - value + 32768) % 32768;
}

module.exports = { cpuSeconds, rssMb, pct, latencyOf };
