// SPDX-License-Identifier: EPL-2.0
// Writes the Node-RED side of the gateway comparison in releng/peer-bench.sh into a user directory: flows.json,
// settings.js and the node ids file for the client. The flow does the job of Fieldbridge's generated runtime
// the way a Node-RED user would build it with batched reads:
//   modbus-client (127.0.0.1, unit 1)  <-  one modbus-read per 125 holding registers (FC 3, every 100 ms)
//     -> a function per read that keeps the last values and sends only the changed ones, as one array of
//        {messageType: "Variable", ...} (node-red-contrib-opcua's server sets them in one message)
//     -> OpcUa-Server (node-red-contrib-opcua; None + anonymous only, on 127.0.0.1)
//   inject -> functions that add the N Int32 variables ns=1;s=t<i> to that server once it runs.
// Usage: node nodered-flow.js <user dir> <modbus port> <tags> <opc ua port> <editor port>
"use strict";
const fs = require("fs");
const path = require("path");

const [dir, modbusPort, count, opcuaPort, editorPort] = process.argv.slice(2);
const tags = Number(count);
const flow = [{ id: "bench", type: "tab", label: "peer bench" }];
flow.push({ id: "modbusclient", type: "modbus-client", name: "controller", clienttype: "tcp", bufferCommands: true,
    stateLogEnabled: false, queueLogEnabled: false, failureLogEnabled: false, tcpHost: "127.0.0.1",
    tcpPort: String(modbusPort), tcpType: "DEFAULT", unit_id: 1, commandDelay: 1, clientTimeout: 1000,
    reconnectOnTimeout: true, reconnectTimeout: 2000, parallelUnitIdsAllowed: true });
flow.push({ id: "server", z: "bench", type: "OpcUa-Server", name: "twin", port: String(opcuaPort),
    endpoint: "peerbench", usersFile: "", nodesetDir: "", autoAcceptUnknownCertificate: true,
    registerToDiscovery: false, constructDefaultAddressSpace: true, allowAnonymous: true, endpointNone: true,
    endpointSign: false, endpointSignEncrypt: false, endpointBasic128Rsa15: false, endpointBasic256: false,
    endpointBasic256Sha256: false, maxConnectionsPerEndpoint: 20, maxSessions: 20,
    // the node's defaults (4,096 bytes) cannot carry one publish response for 1,000 items
    maxMessageSize: 64 * 1024 * 1024, maxBufferSize: 65535, maxMonitoredItemsPerCall: 0, wires: [["added"]] });
// node-red-contrib-opcua's server starts a while after the flow (certificates): add t0 every 3 s until the server
// answers it, then the others in one go (adding a node twice would fail)
flow.push({ id: "start", z: "bench", type: "inject", name: "add variables", props: [], repeat: "3",
    once: true, onceDelay: "1", wires: [["add"]] });
flow.push({ id: "add", z: "bench", type: "function", name: "add t0", outputs: 1,
    func: `if (flow.get("variables")) return null;\n` +
        `return { topic: "ns=1;s=t0;datatype=Int32", payload: { opcuaCommand: "addVariable" } };`, wires: [["server"]] });
flow.push({ id: "added", z: "bench", type: "function", name: "add the others", outputs: 1,
    func: `if (flow.get("variables") || !(msg.topic || "").startsWith("ns=1;s=t0;")) return null;\n` +
        `flow.set("variables", true);\nconst out = [];\nfor (let i = 1; i < ${tags}; i++) {\n` +
        `  out.push({ topic: "ns=1;s=t" + i + ";datatype=Int32", payload: { opcuaCommand: "addVariable" } });\n}\n` +
        `return [out];`, wires: [["server"]] });
for (let base = 0, k = 0; base < tags; base += 125, k++) {
    const quantity = Math.min(125, tags - base);
    flow.push({ id: `read${k}`, z: "bench", type: "modbus-read", name: `read ${base}`, topic: "",
        showStatusActivities: false, logIOActivities: false, showErrors: false, unitid: "",
        dataType: "HoldingRegister", adr: String(base), quantity: String(quantity), rate: "100", rateUnit: "ms",
        delayOnStart: true, startDelayTime: "4", server: "modbusclient", useIOFile: false, ioFile: "",
        useIOForPayload: false, emptyMsgOnFail: false, wires: [[`changed${k}`], []] });
    flow.push({ id: `changed${k}`, z: "bench", type: "function", name: `changed ${base}`, outputs: 1,
        func: `const last = context.get("last") || [];\nconst out = [];\n` +
            `msg.payload.forEach((v, i) => {\n  if (last[i] !== v) {\n    last[i] = v;\n` +
            `    out.push({ messageType: "Variable", namespace: 1, variableName: "t" + (${base} + i), variableValue: v, datatype: "Int32" });\n  }\n});\n` +
            `context.set("last", last);\nreturn out.length ? { payload: out } : null;`,
        wires: [["server"]] });
}
fs.mkdirSync(dir, { recursive: true });
fs.writeFileSync(path.join(dir, "flows.json"), JSON.stringify(flow, null, 1));
fs.writeFileSync(path.join(dir, "settings.js"), `// SPDX-License-Identifier: EPL-2.0
module.exports = { uiHost: "127.0.0.1", uiPort: ${Number(editorPort)}, flowFile: "flows.json",
    logging: { console: { level: "warn" } }, editorTheme: { tours: false }, telemetry: { enabled: false },
    diagnostics: { enabled: false }, externalModules: { autoInstall: false } };
`);
const nodes = [];
for (let i = 0; i < tags; i++) nodes.push(`ns=1;s=t${i}`);
fs.writeFileSync(path.join(dir, "nodes"), nodes.join("\n") + "\n");
fs.writeFileSync(path.join(dir, "endpoint"), `opc.tcp://127.0.0.1:${opcuaPort}/peerbench`);
