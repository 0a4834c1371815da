// SPDX-License-Identifier: EPL-2.0
// A misconfigured client that is not ours (node-opcua) insists on SecurityPolicy None / mode None and an anonymous
// session, although the server offers no None endpoint (endpointMustExist false, as a client set to "None" by hand
// behaves). node-opcua's createSession refuses client-side when the server lists no such endpoint, so the script
// then sends the CreateSessionRequest itself on the open None channel (node-opcua's performMessageTransaction, as a
// client that ignores the endpoint list does). The server answers it with Bad_SecurityPolicyRejected; AuditTrailTest
// then reads the audit file. Prints one line of flat JSON: {"connect": "Good" | <error>, "session": <node-opcua's own
// refusal>, "createSession": "Good" | <status name>}.
// Settings from the environment: FB_ENDPOINT, FB_PKI (a folder for this client's PKI), FB_APPLICATION_URI.
"use strict";

const { OPCUAClient, MessageSecurityMode, SecurityPolicy, UserTokenType, CreateSessionRequest,
    ApplicationType } = require("node-opcua-client");
const { OPCUACertificateManager } = require("node-opcua-certificate-manager");
const { env } = require("./secure-session.js");

/** @return the status name in an error message of node-opcua, e.g. Bad_SecurityPolicyRejected, or the message */
function statusOf(error) {
    const text = error && error.message ? error.message : String(error);
    const match = text.match(/Bad_?[A-Za-z]+/);
    return match ? match[0].replace(/^Bad(?=[A-Z])/, "Bad_") : text.split("\n")[0];
}

/** Sends a CreateSessionRequest on the client's open channel; @return "Good" or the status name of the answer */
function createSessionDirectly(client) {
    const request = new CreateSessionRequest({
        clientDescription: { applicationUri: env("FB_APPLICATION_URI"), applicationName: { text: "Fieldbridge"
            + " misconfigured client (node-opcua)" }, applicationType: ApplicationType.Client },
        endpointUrl: env("FB_ENDPOINT"),
        sessionName: "none-session",
        clientNonce: Buffer.alloc(32),
        requestedSessionTimeout: 10000,
        maxResponseMessageSize: 0
    });
    return new Promise((resolve) => {
        const timer = setTimeout(() => resolve("no answer within 10 s"), 10000);
        client.performMessageTransaction(request, (err, response) => {
            clearTimeout(timer);
            resolve(err ? statusOf(err) : response.responseHeader.serviceResult.name);
        });
    });
}

async function main() {
    const manager = new OPCUACertificateManager({ rootFolder: env("FB_PKI"), automaticallyAcceptUnknownCertificate: false });
    await manager.initialize();
    const client = OPCUAClient.create({
        applicationName: "Fieldbridge misconfigured client (node-opcua)",
        applicationUri: env("FB_APPLICATION_URI"),
        securityMode: MessageSecurityMode.None,
        securityPolicy: SecurityPolicy.None,
        endpointMustExist: false,
        clientCertificateManager: manager,
        connectionStrategy: { maxRetry: 0, initialDelay: 100, maxDelay: 200 }
    });
    const row = {};
    try {
        await client.connect(env("FB_ENDPOINT"));
        row.connect = "Good";
        try {
            const session = await client.createSession({ type: UserTokenType.Anonymous });
            row.session = "Good";
            await session.close();
        } catch (e) {
            row.session = statusOf(e);
        }
        if (row.session !== "Good") {
            row.createSession = await createSessionDirectly(client);
        }
    } catch (e) {
        row.connect = statusOf(e);
    } finally {
        await client.disconnect().catch(() => {});
    }
    console.log(JSON.stringify(row));
}

main().catch((e) => {
    console.error(e && e.message ? e.message : String(e));
    process.exit(1);
});
