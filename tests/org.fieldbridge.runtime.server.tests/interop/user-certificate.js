// SPDX-License-Identifier: EPL-2.0
// An OPC UA client that is not ours (node-opcua) opens a session with an X.509 user certificate
// (userIdentityInfo type Certificate) and reads signals; it prints one line of JSON:
//   {"session": "Good", "<node id>": "Good" | <status name>, ...}   when the server accepted the certificate
//   {"session": <status name>}                                       when it refused it (e.g. Bad_IdentityTokenRejected)
// Run by NodeOpcUaUserCertificateTest. Everything comes from the environment:
//   FB_ENDPOINT, FB_PKI, FB_CLIENT_CERT, FB_CLIENT_KEY, FB_SERVER_CERT, FB_APPLICATION_URI   as for role-matrix.js
//   FB_USER_CERT   DER file of the user certificate
//   FB_USER_KEY    PEM file of its private key (a key made by the test)
//   FB_READ        node ids to read, separated by ","
"use strict";

const fs = require("fs");
const { AttributeIds, StatusCodes, UserTokenType } = require("node-opcua-client");
const { env, withSecureSession } = require("./secure-session.js");

/** @return "Good" or the symbolic id as OPC 10000-4 writes it (node-opcua says BadIdentityTokenRejected) */
function name(statusName) {
    return statusName === "Good" ? "Good" : statusName.replace(/^(Bad|Uncertain|Good)(?=[A-Z])/, "$1_");
}

async function main() {
    const options = {
        applicationName: "Fieldbridge user certificate (node-opcua)",
        certificate: () => ({ certificateFile: env("FB_CLIENT_CERT"), privateKeyFile: env("FB_CLIENT_KEY") }),
        connectionStrategy: { maxRetry: 0, initialDelay: 100, maxDelay: 200 },
        sessionTimeout: 20000,
        identity: () => ({
            type: UserTokenType.Certificate,
            certificateData: fs.readFileSync(env("FB_USER_CERT")),
            privateKey: fs.readFileSync(env("FB_USER_KEY"), "utf8")
        })
    };
    try {
        await withSecureSession(options, async (session) => {
            const row = { session: "Good" };
            for (const nodeId of env("FB_READ").split(",")) {
                const read = await session.read({ nodeId, attributeId: AttributeIds.Value });
                row[nodeId] = read.statusCode.value === StatusCodes.Good.value ? "Good" : name(read.statusCode.name);
            }
            console.log(JSON.stringify(row));
        });
    } catch (e) {
        const message = e && e.message ? e.message : String(e);
        const status = /Bad[A-Za-z]+/.exec(message);
        if (!status) {
            throw e;
        }
        console.log(JSON.stringify({ session: name(status[0]) }));
    }
}

main().catch((e) => {
    console.error(e && e.message ? e.message : String(e));
    process.exit(1);
});
