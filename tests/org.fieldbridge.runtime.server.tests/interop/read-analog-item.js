// An OPC UA client that is not ours (node-opcua) reads one AnalogItem of the Fieldbridge runtime
// server over SecurityPolicy Basic256Sha256 / SignAndEncrypt with a user name and password, and
// prints what it read as one line of JSON. Run by NodeOpcUaInteropTest; everything comes from the
// environment so that no secret is on the command line:
//   FB_ENDPOINT        opc.tcp://127.0.0.1:<port>/fieldbridge
//   FB_NODE_ID         ns=<idx>;s=<signal id>
//   FB_USER, FB_PASSWORD
//   FB_PKI             folder for this client's PKI (created), holding its trust list
//   FB_CLIENT_CERT, FB_CLIENT_KEY   PEM files of this client's application instance certificate and key
//   FB_SERVER_CERT     DER file of the server certificate to trust
//   FB_APPLICATION_URI the application URI in the client certificate
//   FB_COUNTER_NODE_ID (optional) a counter without unit and range: its value, DataType, type definition and
//                      property names are printed too
"use strict";

const { MessageSecurityMode, AttributeIds, BrowseDirection, TimestampsToReturn } = require("node-opcua-client");
const { env, withSecureSession } = require("./secure-session.js");

async function main() {
    const options = {
        applicationName: "Fieldbridge interop test (node-opcua)",
        certificate: () => ({ certificateFile: env("FB_CLIENT_CERT"), privateKeyFile: env("FB_CLIENT_KEY") }),
        connectionStrategy: { maxRetry: 0, initialDelay: 100, maxDelay: 200 },
        sessionTimeout: 20000
    };
    await withSecureSession(options, async (session, client) => {
        const nodeId = env("FB_NODE_ID");
        const value = await session.read({ nodeId, attributeId: AttributeIds.Value }, TimestampsToReturn.Both);

        const browsed = await session.browse({
            nodeId,
            browseDirection: BrowseDirection.Forward,
            referenceTypeId: "HasProperty",
            includeSubtypes: true,
            resultMask: 0x3f
        });
        const property = (name) => {
            const reference = (browsed.references || []).find((r) => r.browseName.name === name);
            if (!reference) {
                throw new Error("no property " + name + " under " + nodeId);
            }
            return reference.nodeId;
        };
        const [units, range, typeDefinition] = await session.read([
            { nodeId: property("EngineeringUnits"), attributeId: AttributeIds.Value },
            { nodeId: property("EURange"), attributeId: AttributeIds.Value },
            { nodeId, attributeId: AttributeIds.DataType }
        ]);
        const eu = units.value.value;
        const euRange = range.value.value;
        const endpoint = client.endpoint || {};
        const counter = await readCounter(session);
        console.log(JSON.stringify({
            ...counter,
            value: value.value.value,
            statusCode: value.statusCode.value,
            sourceTimestamp: value.sourceTimestamp ? value.sourceTimestamp.toISOString() : null,
            unitNamespaceUri: eu.namespaceUri,
            unitId: eu.unitId,
            unitDisplayName: eu.displayName.text,
            euLow: euRange.low,
            euHigh: euRange.high,
            dataType: typeDefinition.value.value.toString(),
            securityPolicyUri: endpoint.securityPolicyUri || null,
            securityMode: MessageSecurityMode[endpoint.securityMode] || null
        }));
    });
}

async function readCounter(session) {
    const nodeId = process.env.FB_COUNTER_NODE_ID;
    if (!nodeId) {
        return {};
    }
    const [value, dataType] = await session.read([
        { nodeId, attributeId: AttributeIds.Value },
        { nodeId, attributeId: AttributeIds.DataType }
    ]);
    const browse = (referenceTypeId) => session.browse({
        nodeId,
        browseDirection: BrowseDirection.Forward,
        referenceTypeId,
        includeSubtypes: true,
        resultMask: 0x3f
    });
    const properties = await browse("HasProperty");
    const typeDefinition = await browse("HasTypeDefinition");
    return {
        counterValue: String(value.value.value),
        counterDataType: dataType.value.value.toString(),
        counterTypeDefinition: typeDefinition.references[0].nodeId.toString(),
        counterProperties: (properties.references || []).map((r) => r.browseName.name).join(",")
    };
}

main().then(
    () => process.exit(0),
    (error) => {
        // the message only: node-opcua errors do not carry the password, and neither must our output
        console.error("interop client failed: " + (error && error.message ? error.message : error));
        process.exit(1);
    }
);
