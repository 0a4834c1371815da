// SPDX-License-Identifier: EPL-2.0
// The node-opcua side of the OPC UA fan-out comparison in releng/peer-bench.sh: an OPCUAServer on 127.0.0.1
// (SecurityPolicy None, anonymous; node-opcua's defaults otherwise) with N Int32 variables in folders of 100, fed
// a new value per variable round robin at a target rate (changes/s) in batches every 10 ms with
// setValueFromSource, as PeerBenchFanOut feeds Fieldbridge's server. Writes endpoint, nodes and, every second,
// changes ("<total published> <ms>") into the folder. Runs until killed.
// Usage: node fanout-server.js <folder> <variables> <changes per second> <port>
"use strict";
const fs = require("fs");
const { OPCUAServer, DataType, Variant, MessageSecurityMode, SecurityPolicy, StatusCodes } = require("node-opcua");

const [folder, count, rate, port] = process.argv.slice(2);
const write = (name, text) => { fs.writeFileSync(`${folder}/${name}.tmp`, text); fs.renameSync(`${folder}/${name}.tmp`, `${folder}/${name}`); };

async function main() {
    const server = new OPCUAServer({
        port: Number(port), hostname: "127.0.0.1", resourcePath: "/peerbench",
        securityModes: [MessageSecurityMode.None], securityPolicies: [SecurityPolicy.None], allowAnonymous: true,
        serverCapabilities: { maxMonitoredItems: 100000, maxMonitoredItemsPerSubscription: 100000,
            operationLimits: { maxMonitoredItemsPerCall: 100000 } },
        maxConnectionsPerEndpoint: 10,
    });
    await server.initialize();
    const namespace = server.engine.addressSpace.getOwnNamespace();
    const objects = server.engine.addressSpace.rootFolder.objects;
    const variables = [];
    let folderNode;
    for (let i = 0; i < Number(count); i++) {
        if (i % 100 === 0) folderNode = namespace.addFolder(objects, { browseName: `E${String(i / 100).padStart(3, "0")}` });
        variables.push(namespace.addVariable({ componentOf: folderNode, browseName: `v${i}`, nodeId: `s=Bench.v${i}`,
            dataType: "Int32", minimumSamplingInterval: 0, value: new Variant({ dataType: DataType.Int32, value: 0 }) }));
    }
    await server.start();
    write("nodes", variables.map(v => v.nodeId.toString()).join("\n") + "\n");
    write("endpoint", `opc.tcp://127.0.0.1:${port}/peerbench`);
    const values = new Int32Array(variables.length);
    const start = process.hrtime.bigint();
    let published = 0, next = 0, lastWrite = 0;
    setInterval(() => {
        const elapsedMs = Number(process.hrtime.bigint() - start) / 1e6;
        const due = Math.floor(elapsedMs * Number(rate) / 1000);
        const now = new Date();
        for (; published < due; published++) {
            values[next]++;
            variables[next].setValueFromSource(new Variant({ dataType: DataType.Int32, value: values[next] }), StatusCodes.Good, now);
            next = (next + 1) % variables.length;
        }
        if (elapsedMs - lastWrite > 1000) {
            lastWrite = elapsedMs;
            write("changes", `${published} ${Math.round(elapsedMs)}`);
        }
    }, 10);
}

main().catch(e => { console.error(`# node-opcua server failed: ${e.message}`); process.exit(1); });
