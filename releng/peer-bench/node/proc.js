// SPDX-License-Identifier: EPL-2.0
// What releng/peer-bench's clients read of the measured process in /proc over their window, and how they report
// latencies.
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

/**
 * Starts measuring a process: its CPU from now and its RSS every second. stop() ends the window and returns its
 * length in seconds, the process's CPU seconds per minute and its largest RSS in MB.
 */
function startWindow(pid) {
    const cpu0 = cpuSeconds(pid), t0 = process.hrtime.bigint();
    let rssMax = rssMb(pid);
    const sampler = setInterval(() => { rssMax = Math.max(rssMax, rssMb(pid)); }, 1000);
    return {
        stop() {
            clearInterval(sampler);
            const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
            const cpu = cpuSeconds(pid) - cpu0;
            rssMax = Math.max(rssMax, rssMb(pid));
            return { seconds, cpuPerMinute: cpu / seconds * 60, rssMaxMb: rssMax };
        },
    };
}

/** Emits latency.p50, latency.p99 and latency.max (ms) of the latencies, which it sorts. */
function emitLatencies(emit, latencies) {
    latencies.sort((a, b) => a - b);
    emit("latency.p50", pct(latencies, 0.5), "ms");
    emit("latency.p99", pct(latencies, 0.99), "ms");
    emit("latency.max", latencies.length ? latencies[latencies.length - 1] : NaN, "ms");
}

module.exports = { latencyOf, startWindow, emitLatencies };
