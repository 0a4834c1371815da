// SPDX-License-Identifier: EPL-2.0
// The node-opcua session set-up that the interop clients share (read-analog-item.js here,
// tests/org.fieldbridge.cli.tests/interop/twin-client.js): a client with its own PKI folder that trusts
// exactly the server certificate it is given, connects over Basic256Sha256 / SignAndEncrypt and opens a
// session as a user. Every setting comes from the environment so that no secret is on a command line:
//   FB_PKI             folder for this client's PKI (created), holding its trust list
//   FB_APPLICATION_URI the application URI in the client certificate
//   FB_ENDPOINT        opc.tcp://127.0.0.1:<port>/fieldbridge
//   FB_SERVER_CERT     DER file of the server certificate to trust
//   FB_USER, FB_PASSWORD
"use strict";

const fs = require("fs");
const { OPCUAClient, MessageSecurityMode, SecurityPolicy, UserTokenType } = require("node-opcua-client");
const { OPCUACertificateManager } = require("node-opcua-certificate-manager");

/** @return the value of a required environment variable */
function env(name) {
    const value = process.env[name];
    if (!value) {
        throw new Error("environment variable " + name + " is not set");
    }
    return value;
}

/** @return this client's certificate manager on FB_PKI, unknown certificates rejected */
async function certificateManager() {
    const manager = new OPCUACertificateManager({ rootFolder: env("FB_PKI"), automaticallyAcceptUnknownCertificate: false });
    await manager.initialize();
    return manager;
}

/**
 * Runs action(session, client) in a user session over Basic256Sha256 / SignAndEncrypt, then closes both.
 * options: applicationName; certificate(manager) -> { certificateFile, privateKeyFile };
 * connectionStrategy (node-opcua's); sessionTimeout (ms); identity() -> node-opcua's userIdentityInfo (default: the
 * user name and password of FB_USER, FB_PASSWORD).
 */
async function withSecureSession(options, action) {
    const manager = await certificateManager();
    await manager.trustCertificate(fs.readFileSync(env("FB_SERVER_CERT")));
    const files = options.certificate(manager);
    const client = OPCUAClient.create({
        applicationName: options.applicationName,
        applicationUri: env("FB_APPLICATION_URI"),
        securityMode: MessageSecurityMode.SignAndEncrypt,
        securityPolicy: SecurityPolicy.Basic256Sha256,
        endpointMustExist: true,
        clientCertificateManager: manager,
        certificateFile: files.certificateFile,
        privateKeyFile: files.privateKeyFile,
        connectionStrategy: options.connectionStrategy,
        requestedSessionTimeout: options.sessionTimeout
    });
    await client.connect(env("FB_ENDPOINT"));
    try {
        const session = await client.createSession(options.identity ? options.identity() : {
            type: UserTokenType.UserName,
            userName: env("FB_USER"),
            password: env("FB_PASSWORD")
        });
        try {
            return await action(session, client);
        } finally {
            await session.close();
        }
    } finally {
        await client.disconnect();
    }
}

module.exports = { env, certificateManager, withSecureSession };
