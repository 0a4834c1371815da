// SPDX-License-Identifier: EPL-2.0
// An OPC UA client that is not ours (node-opcua) works an alarm as an operator's alarm list does: it subscribes to
// the Server object's events, calls ConditionRefresh (OPC 10000-9 §5.5.7) to get the retained conditions, looks for
// the alarm FB_SOURCE_NAME, acknowledges it with a comment (§5.7.3) and waits for the acknowledged state. It prints
// one line of flat JSON: {"refresh": "RefreshStart,<source names>,RefreshEnd", "seen": true|false, "active": ...,
// "acked": ..., "acknowledgeBy": "own" (the condition's own method node, found by browsing) | "type" (i=9111),
// "acknowledge": "Good" | <status name>, "ackedAfter": ..., "comment": ..., "user": ...}.
// Run by NodeOpcUaAlarmTest; settings from the environment (no secret on the command line):
//   FB_ENDPOINT, FB_USER, FB_PASSWORD, FB_PKI, FB_CLIENT_CERT, FB_CLIENT_KEY, FB_SERVER_CERT, FB_APPLICATION_URI
//                        as for role-matrix.js
//   FB_SOURCE_NAME       the alarm's SourceName, e.g. BathTooHot
//   FB_COMMENT           the comment given with the acknowledgement
"use strict";

const { AttributeIds, BrowseDirection, TimestampsToReturn, DataType, ClientSubscription, ClientMonitoredItem,
    StatusCodes, constructEventFilter } = require("node-opcua-client");
const { env, withSecureSession } = require("./secure-session.js");

const FIELDS = ["EventId", "EventType", "SourceName", "Message", "Retain", "ActiveState.Id", "AckedState.Id",
    "Comment", "ClientUserId", "ConditionId"];
const REFRESH_START = "ns=0;i=2787";
const REFRESH_END = "ns=0;i=2788";

function name(statusCode) {
    if (statusCode.value === StatusCodes.Good.value) {
        return "Good";
    }
    return statusCode.name.replace(/^(Bad|Uncertain|Good)(?=[A-Z])/, "$1_");
}

function toEvent(variants) {
    const event = {};
    FIELDS.forEach((field, i) => {
        const v = variants[i] ? variants[i].value : null;
        event[field] = v && v.text !== undefined ? v.text : v;
    });
    event.EventType = event.EventType ? event.EventType.toString() : "";
    return event;
}

/** @return the first event of events[from..] that matches, waiting up to seconds */
async function waitFor(events, from, matches, seconds) {
    const end = Date.now() + seconds * 1000;
    while (Date.now() < end) {
        const found = events.slice(from).find(matches);
        if (found) {
            return found;
        }
        await new Promise((r) => setTimeout(r, 50));
    }
    return null;
}

async function acknowledgeMethod(session, conditionId) {
    const browsed = await session.browse({ nodeId: conditionId, browseDirection: BrowseDirection.Forward,
        referenceTypeId: "HasComponent", includeSubtypes: true, resultMask: 0x3f });
    const own = (browsed.references || []).find((r) => r.browseName.name === "Acknowledge");
    return own ? { nodeId: own.nodeId, by: "own" } : { nodeId: "ns=0;i=9111", by: "type" }; // the type's Acknowledge
}

async function main() {
    const source = env("FB_SOURCE_NAME");
    const options = {
        applicationName: "Fieldbridge alarm list (node-opcua)",
        certificate: () => ({ certificateFile: env("FB_CLIENT_CERT"), privateKeyFile: env("FB_CLIENT_KEY") }),
        connectionStrategy: { maxRetry: 0, initialDelay: 100, maxDelay: 200 },
        sessionTimeout: 20000
    };
    await withSecureSession(options, async (session) => {
        const subscription = ClientSubscription.create(session, { requestedPublishingInterval: 100,
            requestedLifetimeCount: 100, requestedMaxKeepAliveCount: 10, publishingEnabled: true });
        await new Promise((resolve) => subscription.on("started", resolve));
        const events = [];
        const item = ClientMonitoredItem.create(subscription, { nodeId: "i=2253", attributeId: AttributeIds.EventNotifier },
            { samplingInterval: 0, queueSize: 100, filter: constructEventFilter(FIELDS) }, TimestampsToReturn.Both);
        item.on("changed", (variants) => events.push(toEvent(variants)));
        await new Promise((resolve) => item.on("initialized", resolve));

        const row = {};
        const refreshed = await session.call({ objectId: "ns=0;i=2782", methodId: "ns=0;i=3875",
            inputArguments: [{ dataType: DataType.UInt32, value: subscription.subscriptionId }] });
        row.refreshCall = name(refreshed.statusCode);
        await waitFor(events, 0, (e) => e.EventType === REFRESH_END, 10);
        const start = events.findIndex((e) => e.EventType === REFRESH_START);
        const endIndex = events.findIndex((e) => e.EventType === REFRESH_END);
        row.refresh = events.slice(start, endIndex + 1).map((e) => e.EventType === REFRESH_START ? "RefreshStart"
            : e.EventType === REFRESH_END ? "RefreshEnd" : e.SourceName).join(",");
        const alarm = events.slice(start, endIndex + 1).find((e) => e.SourceName === source);
        row.seen = Boolean(alarm);
        if (alarm) {
            row.active = alarm["ActiveState.Id"];
            row.acked = alarm["AckedState.Id"];
            row.retain = alarm.Retain;
            const count = events.length;
            const method = await acknowledgeMethod(session, alarm.ConditionId);
            row.acknowledgeBy = method.by;
            const result = await session.call({
                objectId: alarm.ConditionId,
                methodId: method.nodeId,
                inputArguments: [
                    { dataType: DataType.ByteString, value: alarm.EventId },
                    { dataType: DataType.LocalizedText, value: { text: env("FB_COMMENT") } }
                ]
            });
            row.acknowledge = name(result.statusCode);
            if (row.acknowledge === "Good") {
                const acked = await waitFor(events, count, (e) => e.SourceName === source && e["AckedState.Id"], 10);
                row.ackedAfter = Boolean(acked);
                row.comment = acked ? acked.Comment : null;
                row.user = acked ? acked.ClientUserId : null;
            }
        }
        await subscription.terminate();
        console.log(JSON.stringify(row));
    });
}

main().catch((e) => {
    console.error(e && e.message ? e.message : String(e));
    process.exit(1);
});
