// SPDX-License-Identifier: EPL-2.0
// An OPC UA client that is not ours (node-opcua) tries, as one user, to browse, read, subscribe to and write
// signals of the Fieldbridge runtime server, to acknowledge each line's alarm and to call AddComment on it, and prints the status code of each try as one line of JSON
// ({"<label> browse": "Good" | "hidden" | <status name>, "<label> read": ..., ...}). Run by
// NodeOpcUaRoleMatrixTest for every user of the role matrix (docs/opcua-server.md, "Roles").
// Everything comes from the environment (no secret on the command line):
//   FB_ENDPOINT, FB_USER, FB_PASSWORD, FB_PKI, FB_CLIENT_CERT, FB_CLIENT_KEY, FB_SERVER_CERT,
//   FB_APPLICATION_URI   as for read-analog-item.js
//   FB_BROWSE_PARENT     node id of the element whose children are listed (e.g. the Finishing area)
//   FB_CELLS             label|child browse name|signal node id|alarm condition node id|EventId (hex) of its
//                        current activation, separated by ","
"use strict";

const { AttributeIds, BrowseDirection, TimestampsToReturn, DataType, ClientSubscription,
    ClientMonitoredItem, StatusCodes } = require("node-opcua-client");
const { env, withSecureSession } = require("./secure-session.js");

/** @return "Good" or the symbolic id as OPC 10000-4 writes it (node-opcua says BadUserAccessDenied) */
function name(statusCode) {
    if (statusCode.value === StatusCodes.Good.value) {
        return "Good";
    }
    return statusCode.name.replace(/^(Bad|Uncertain|Good)(?=[A-Z])/, "$1_");
}

async function browse(session, parent, child) {
    const result = await session.browse({ nodeId: parent, browseDirection: BrowseDirection.Forward,
        referenceTypeId: "HierarchicalReferences", includeSubtypes: true, resultMask: 0x3f });
    if (result.statusCode.value !== StatusCodes.Good.value) {
        return name(result.statusCode);
    }
    return (result.references || []).some((r) => r.browseName.name === child) ? "Good" : "hidden";
}

async function subscribe(session, nodeId) {
    const subscription = ClientSubscription.create(session, { requestedPublishingInterval: 100,
        requestedLifetimeCount: 100, requestedMaxKeepAliveCount: 10, publishingEnabled: true });
    await new Promise((resolve) => subscription.on("started", resolve));
    try {
        const item = ClientMonitoredItem.create(subscription, { nodeId, attributeId: AttributeIds.Value },
            { samplingInterval: 50, discardOldest: true, queueSize: 1 }, TimestampsToReturn.Both);
        const status = await new Promise((resolve) => {
            item.on("initialized", () => resolve(item.statusCode));
            item.on("err", () => resolve(item.statusCode));
        });
        return name(status);
    } finally {
        await subscription.terminate();
    }
}

/** Type-level method ids (OPC 10000-9), used when the session cannot browse the condition's own methods. */
const TYPE_METHODS = { Acknowledge: "ns=0;i=9111", AddComment: "ns=0;i=9029" };

/** Calls a method of the condition (found by browsing it, else the type's) with the EventId and a comment. */
async function callCondition(session, conditionId, methodName, eventIdHex) {
    const browsed = await session.browse({ nodeId: conditionId, browseDirection: BrowseDirection.Forward,
        referenceTypeId: "HasComponent", includeSubtypes: true, resultMask: 0x3f });
    const own = (browsed.references || []).find((r) => r.browseName.name === methodName);
    const result = await session.call({
        objectId: conditionId,
        methodId: own ? own.nodeId : TYPE_METHODS[methodName],
        inputArguments: [
            { dataType: DataType.ByteString, value: Buffer.from(eventIdHex, "hex") },
            { dataType: DataType.LocalizedText, value: { text: "role matrix (node-opcua)" } }
        ]
    });
    return name(result.statusCode);
}

async function main() {
    const options = {
        applicationName: "Fieldbridge role matrix (node-opcua)",
        certificate: () => ({ certificateFile: env("FB_CLIENT_CERT"), privateKeyFile: env("FB_CLIENT_KEY") }),
        connectionStrategy: { maxRetry: 0, initialDelay: 100, maxDelay: 200 },
        sessionTimeout: 20000
    };
    await withSecureSession(options, async (session) => {
        const row = {};
        for (const cell of env("FB_CELLS").split(",")) {
            const [label, child, nodeId, conditionId, eventIdHex] = cell.split("|");
            row[label + " browse"] = await browse(session, env("FB_BROWSE_PARENT"), child);
            const read = await session.read({ nodeId, attributeId: AttributeIds.Value });
            row[label + " read"] = name(read.statusCode);
            row[label + " subscribe"] = await subscribe(session, nodeId);
            const written = await session.write({ nodeId, attributeId: AttributeIds.Value,
                value: { value: { dataType: DataType.Double, value: 20.0 } } });
            row[label + " write"] = name(written);
            row[label + " acknowledge"] = await callCondition(session, conditionId, "Acknowledge", eventIdHex);
            row[label + " call"] = await callCondition(session, conditionId, "AddComment", eventIdHex);
        }
        console.log(JSON.stringify(row));
    });
}

main().catch((e) => {
    console.error(e && e.message ? e.message : String(e));
    process.exit(1);
});
