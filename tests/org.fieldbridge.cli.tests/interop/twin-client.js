// An independent OPC UA client (node-opcua) for the end-to-end tests of a generated runtime: it connects
// over Basic256Sha256 / SignAndEncrypt as a user and prints JSON lines. Run by GeneratedRuntimeEndToEndTest
// with node-opcua from tests/org.fieldbridge.runtime.server.tests/interop (NODE_PATH). Settings come from
// the environment so that no secret is on the command line:
//   FB_PKI, FB_APPLICATION_URI   this client's PKI folder and application URI
//   FB_ENDPOINT, FB_NAMESPACE_URI, FB_USER, FB_PASSWORD, FB_SERVER_CERT (DER file of the server certificate)
// Commands:
//   init                          create this client's certificate; prints {"certificate": path}
//   read ID...                    value, status, unit, range and data type of signals (ids of the twin namespace)
//   await ID EXPECTED SECONDS     subscribe until the value equals EXPECTED (JSON), collecting events
//   await-bad ID SECONDS          subscribe until the value's status is Bad
"use strict";

const fs = require("fs");
const path = require("path");
const {
    AttributeIds, BrowseDirection, TimestampsToReturn, ClientSubscription, ClientMonitoredItem, constructEventFilter
} = require("node-opcua-client");
// the session set-up shared with the server's interop client, next to the node-opcua installation
const { env, certificateManager, withSecureSession } =
    require("../../org.fieldbridge.runtime.server.tests/interop/secure-session.js");

async function init() {
    const manager = await certificateManager();
    const certificate = path.join(manager.rootDir, "own/certs/client.pem");
    if (!fs.existsSync(certificate)) {
        await manager.createSelfSignedCertificate({
            applicationUri: env("FB_APPLICATION_URI"),
            subject: "/CN=Fieldbridge end-to-end test client (node-opcua)",
            dns: ["localhost"],
            startDate: new Date(Date.now() - 24 * 3600 * 1000),
            validity: 30,
            outputFile: certificate
        });
    }
    console.log(JSON.stringify({ certificate, privateKey: path.join(manager.rootDir, "own/private/private_key.pem") }));
}

async function withSession(action) {
    const options = {
        applicationName: "Fieldbridge end-to-end test client (node-opcua)",
        certificate: (manager) => ({
            certificateFile: path.join(manager.rootDir, "own/certs/client.pem"),
            privateKeyFile: path.join(manager.rootDir, "own/private/private_key.pem")
        }),
        connectionStrategy: { maxRetry: 3, initialDelay: 500, maxDelay: 1000 },
        sessionTimeout: 60000
    };
    await withSecureSession(options, async (session, client) => {
        const namespaces = await session.readNamespaceArray();
        const index = namespaces.indexOf(env("FB_NAMESPACE_URI"));
        if (index < 0) {
            throw new Error("namespace " + env("FB_NAMESPACE_URI") + " not found in " + JSON.stringify(namespaces));
        }
        await action(session, (id) => "ns=" + index + ";s=" + id, client);
    });
}

function status(dataValue) {
    return { statusCode: dataValue.statusCode.value >>> 0, status: dataValue.statusCode.name };
}

async function read(session, nodeId, ids) {
    for (const id of ids) {
        const node = nodeId(id);
        const [value, dataType] = await session.read([
            { nodeId: node, attributeId: AttributeIds.Value },
            { nodeId: node, attributeId: AttributeIds.DataType }], TimestampsToReturn.Both);
        const result = Object.assign({ id, value: value.value.value, dataType: dataType.value.value.toString(),
            sourceTimestamp: value.sourceTimestamp ? value.sourceTimestamp.toISOString() : null }, status(value));
        const browsed = await session.browse({ nodeId: node, browseDirection: BrowseDirection.Forward,
            referenceTypeId: "HasProperty", includeSubtypes: true, resultMask: 0x3f });
        for (const reference of browsed.references || []) {
            const property = await session.read({ nodeId: reference.nodeId, attributeId: AttributeIds.Value });
            const v = property.value.value;
            if (reference.browseName.name === "EngineeringUnits" && v) {
                result.unit = { namespaceUri: v.namespaceUri, unitId: v.unitId, displayName: v.displayName.text };
            } else if (reference.browseName.name === "EURange" && v) {
                result.range = { low: v.low, high: v.high };
            }
        }
        console.log(JSON.stringify(result));
    }
}

async function await_(session, nodeId, id, predicate, seconds) {
    const subscription = ClientSubscription.create(session, { requestedPublishingInterval: 100, requestedLifetimeCount: 600,
        requestedMaxKeepAliveCount: 20, publishingEnabled: true });
    const events = [];
    const fields = ["EventType", "SourceName", "Message", "Severity", "Time"];
    const eventItem = ClientMonitoredItem.create(subscription, { nodeId: "i=2253", attributeId: AttributeIds.EventNotifier },
        { samplingInterval: 0, queueSize: 100, filter: constructEventFilter(fields) }, TimestampsToReturn.Both);
    eventItem.on("changed", (variants) => {
        events.push({ sourceName: String(variants[1].value), message: variants[2].value ? variants[2].value.text : null,
            severity: variants[3].value });
    });
    const item = ClientMonitoredItem.create(subscription, { nodeId: nodeId(id), attributeId: AttributeIds.Value },
        { samplingInterval: 100, queueSize: 10, discardOldest: true }, TimestampsToReturn.Both);
    const result = await new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error("no matching value of " + id + " within " + seconds + " s; events "
            + JSON.stringify(events))), seconds * 1000);
        item.on("changed", (dataValue) => {
            if (predicate(dataValue)) {
                clearTimeout(timer);
                resolve(Object.assign({ id, value: dataValue.value.value }, status(dataValue)));
            }
        });
    });
    await new Promise((r) => setTimeout(r, 500)); // let the event of the same transition arrive
    result.events = events;
    console.log(JSON.stringify(result));
    await subscription.terminate();
}

async function main(args) {
    const command = args[0];
    if (command === "init") {
        return init();
    }
    return withSession(async (session, nodeId) => {
        if (command === "read") {
            return read(session, nodeId, args.slice(1));
        }
        if (command === "await") {
            const expected = JSON.parse(args[2]);
            return await_(session, nodeId, args[1], (dv) => JSON.stringify(dv.value.value) === JSON.stringify(expected),
                Number(args[3]));
        }
        if (command === "await-bad") {
            return await_(session, nodeId, args[1], (dv) => (dv.statusCode.value >>> 30) === 2, Number(args[2]));
        }
        throw new Error("unknown command " + command);
    });
}

main(process.argv.slice(2)).then(() => process.exit(0), (error) => {
    console.error("twin client failed: " + (error && error.message ? error.message : error));
    process.exit(1);
});
