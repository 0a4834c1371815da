// SPDX-License-Identifier: EPL-2.0
// The client of the floor gateways (floor/GatewayFloor.java, floor-gateway.js; docs/performance.md, "The floor"):
// keeps three 100-byte "requests" outstanding, as an OPC UA client keeps Publish requests queued, sends one more for
// each message it receives, and prints, as client.js does, `name=value unit` lines for the window after a warm-up:
// register change -> arrival latency, changes per second, and the floor process's CPU and RSS (/proc).
// Usage: node floor-client.js <prefix> <folder with port> <gateway pid> <warm-up s> <window s>
"use strict";
const net = require("net");
const fs = require("fs");
const { cpuSeconds, rssMb, pct, latencyOf } = require("./proc");

const [prefix, folder, pid, warmupS, windowS] = process.argv.slice(2);
const emit = (name, value, unit) => console.log(`${prefix}.${name}=${value} ${unit}`);
const request = Buffer.alloc(100);
const latencies = [];
let measuring = false, changes = 0, pending = Buffer.alloc(0);

const socket = net.connect(Number(fs.readFileSync(`${folder}/port`, "utf8")), "127.0.0.1", () => {
    socket.setNoDelay(true);
    for (let i = 0; i < 3; i++) socket.write(request);
});
socket.on("data", d => {
    pending = pending.length ? Buffer.concat([pending, d]) : d;
    while (pending.length >= 4 && pending.length >= pending.readInt32BE(0)) {
        const length = pending.readInt32BE(0), count = pending.readInt32BE(4);
        if (measuring) {
            changes += count;
            for (let i = 0, o = 16; i < count; i++, o += 14) {
                const v = pending.readInt16BE(o + 4);
                if (v > 0) latencies.push(latencyOf(v));
            }
        }
        pending = pending.subarray(length);
        socket.write(request);
    }
});
socket.on("error", e => { console.error(`${prefix}: ${e.message}`); process.exit(1); });

setTimeout(() => {
    const cpu0 = cpuSeconds(pid), t0 = process.hrtime.bigint();
    let rssMax = rssMb(pid);
    measuring = true;
    const sampler = setInterval(() => { rssMax = Math.max(rssMax, rssMb(pid)); }, 1000);
    setTimeout(() => {
        measuring = false;
        clearInterval(sampler);
        const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
        const cpu = cpuSeconds(pid) - cpu0;
        rssMax = Math.max(rssMax, rssMb(pid));
        latencies.sort((a, b) => a - b);
        emit("latency.p50", pct(latencies, 0.5), "ms");
        emit("latency.p99", pct(latencies, 0.99), "ms");
        emit("latency.max", latencies.length ? latencies[latencies.length - 1] : NaN, "ms");
        emit("notifications_per_s", (changes / seconds).toFixed(0), "1/s");
        emit("cpu", (cpu / seconds * 60).toFixed(2), "CPU-s/min");
        emit("rss", rssMax.toFixed(0), "MB");
        process.exit(0);
    }, Number(windowS) * 1000);
}, Number(warmupS) * 1000);
