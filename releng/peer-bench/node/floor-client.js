// SPDX-License-Identifier: EPL-2.0
// The client of the floor gateways (floor/GatewayFloor.java, floor-gateway.js; docs/performance.md, "The floor"):
// keeps three 100-byte "requests" outstanding, as an OPC UA client keeps Publish requests queued, sends one more for
// each message it receives, and prints, as client.js does, `name=value unit` lines for the window after a warm-up:
// register change -> arrival latency, changes per second, and the floor process's CPU and RSS (/proc).
// Usage: node floor-client.js <prefix> <folder with port> <gateway pid> <warm-up s> <window s>
"use strict";
const net = require("net");
const fs = require("fs");
const { latencyOf, startWindow, emitLatencies } = require("./proc");

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
    const window = startWindow(pid);
    measuring = true;
    setTimeout(() => {
        measuring = false;
        const { seconds, cpuPerMinute, rssMaxMb } = window.stop();
        emitLatencies(emit, latencies);
        emit("notifications_per_s", (changes / seconds).toFixed(0), "1/s");
        emit("cpu", cpuPerMinute.toFixed(2), "CPU-s/min");
        emit("rss", rssMaxMb.toFixed(0), "MB");
        process.exit(0);
    }, Number(windowS) * 1000);
}, Number(warmupS) * 1000);
