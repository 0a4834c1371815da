// SPDX-License-Identifier: EPL-2.0
// The independent OPC UA client of releng/peer-bench.sh (node-opcua), the same for every server it measures:
// connects with SecurityPolicy None, anonymous, subscribes to every node id of a file, and prints `name=value unit`
// lines for the measured window (after a warm-up):
//   latency mode: values are the controller's wall-clock milliseconds modulo 32,768 at the register change
//     (PeerBenchGatewaySlave), so register change -> data change = now - value (mod 32,768), same clock;
//   fan-out mode: notifications delivered per second and how many carried the Overflow info bit.
// Both: CPU seconds per minute and RSS (max of per-second samples, /proc) of the measured server process.
// Usage: node client.js <latency|fanout> <prefix> <folder with endpoint and nodes> <server pid> <warm-up s> <window s>
//        <publishing ms> <sampling ms> <queue size>
"use strict";
const fs = require("fs");
const { latencyOf, startWindow, emitLatencies } = require("./proc");
const { OPCUAClient, MessageSecurityMode, SecurityPolicy, AttributeIds, TimestampsToReturn,
    ClientMonitoredItemGroup } = require("node-opcua");

const [mode, prefix, folder, pid, warmupS, windowS, publishingMs, samplingMs, queueSize] = process.argv.slice(2);
const emit = (name, value, unit) => console.log(`${prefix}.${name}=${value} ${unit}`);

async function main() {
    const endpoint = fs.readFileSync(`${folder}/endpoint`, "utf8").trim();
    const nodes = fs.readFileSync(`${folder}/nodes`, "utf8").split("\n").filter(s => s.length);
    const client = OPCUAClient.create({
        applicationName: "peer-bench client", endpointMustExist: false,
        securityMode: MessageSecurityMode.None, securityPolicy: SecurityPolicy.None,
        connectionStrategy: { maxRetry: 60, initialDelay: 1000, maxDelay: 2000 }, keepSessionAlive: true,
        transportSettings: { maxMessageSize: 64 * 1024 * 1024, maxChunkCount: 1000 },
        defaultTransactionTimeout: 120000, // a busy peer gets two minutes per request, then counts as failed
    });
    await client.connect(endpoint);
    const session = await client.createSession();
    // a flow adds its variables after the server started: wait until the last one reads Good
    for (let tries = 0; ; tries++) {
        const last = await session.read({ nodeId: nodes[nodes.length - 1], attributeId: AttributeIds.Value });
        if (last.statusCode.value === 0) break;
        if (tries > 240) throw new Error(`${nodes[nodes.length - 1]} still reads ${last.statusCode.name} after 2 minutes`);
        await new Promise(r => setTimeout(r, 500));
    }
    const subscription = await session.createSubscription2({
        requestedPublishingInterval: Number(publishingMs), requestedLifetimeCount: 6000,
        requestedMaxKeepAliveCount: 20, maxNotificationsPerPublish: 0, publishingEnabled: true, priority: 10,
    });
    let measuring = false, notifications = 0, overflows = 0, bad = 0;
    const latencies = [];
    const onChange = (item, dataValue) => {
        if (!measuring) return;
        notifications++;
        const status = dataValue.statusCode.value;
        if ((status & 0x480) === 0x480) overflows++; // InfoType DataValue with the Overflow bit
        if (status >= 0x80000000) { bad++; return; }
        if (mode === "latency") {
            const v = Number(dataValue.value.value);
            if (v > 0) latencies.push(latencyOf(v));
        }
    };
    const chunk = 1000;
    let revised;
    for (let i = 0; i < nodes.length; i += chunk) {
        const items = nodes.slice(i, i + chunk).map(nodeId => ({ nodeId, attributeId: AttributeIds.Value }));
        const group = await new Promise((resolve, reject) => {
            const g = ClientMonitoredItemGroup.create(subscription, items,
                { samplingInterval: Number(samplingMs), discardOldest: true, queueSize: Number(queueSize) },
                TimestampsToReturn.Both);
            g.on("initialized", () => resolve(g));
            g.on("err", m => reject(new Error(m)));
        });
        group.on("changed", onChange);
        revised = revised || group.monitoredItems[0].result;
    }
    emit("monitored_items", nodes.length, "items");
    emit("publishing_interval", subscription.publishingInterval, "ms");
    if (revised) emit("revised_sampling_interval", revised.revisedSamplingInterval, "ms");
    await new Promise(r => setTimeout(r, Number(warmupS) * 1000));
    const window = startWindow(pid), own0 = process.cpuUsage();
    const changes0 = mode === "fanout" ? changesPublished() : null;
    measuring = true;
    await new Promise(r => setTimeout(r, Number(windowS) * 1000));
    measuring = false;
    const { seconds, cpuPerMinute, rssMaxMb } = window.stop();
    const own = process.cpuUsage(own0);
    if (mode === "latency") {
        emitLatencies(emit, latencies);
    } else {
        const changes1 = changesPublished();
        if (changes0 && changes1) {
            emit("changes_per_s", ((changes1[0] - changes0[0]) / ((changes1[1] - changes0[1]) / 1000)).toFixed(0), "1/s");
        }
        emit("overflow", overflows, "notifications");
    }
    emit("notifications_per_s", (notifications / seconds).toFixed(0), "1/s");
    emit("bad", bad, "notifications");
    emit("cpu", cpuPerMinute.toFixed(2), "CPU-s/min");
    emit("rss", rssMaxMb.toFixed(0), "MB");
    emit("client_cpu", ((own.user + own.system) / 1e6 / seconds * 60).toFixed(2), "CPU-s/min");
    await subscription.terminate().catch(() => {});
    await session.close().catch(() => {});
    await client.disconnect().catch(() => {});
    process.exit(0);
}

/** [total changes, at ms] as the fan-out server last wrote them, or null. */
function changesPublished() {
    try {
        return fs.readFileSync(`${folder}/changes`, "utf8").trim().split(" ").map(Number);
    } catch (e) {
        return null;
    }
}

main().catch(e => { console.error(`# client failed: ${e.message}`); process.exit(1); });
