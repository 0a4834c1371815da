// SPDX-License-Identifier: EPL-2.0
// An OPC UA client that is not ours (node-opcua) logs in with a JWT of the enterprise identity provider in an
// IssuedIdentityToken and reads signals. node-opcua's createSession knows Anonymous, UserName and Certificate
// identities only, so the script uses node-opcua's public lower-level pieces: OPCUAClient opens the SignAndEncrypt
// channel (Basic256Sha256, or FB_SECURITY_POLICY); GetEndpoints gives the server's JWT user token policy; the
// CreateSession, ActivateSession, Read and CloseSession requests (node-opcua-types) go over that channel with
// performMessageTransaction. The token data is encrypted as OPC 10000-4 §7.41.2.2 asks for the policy's security
// policy (the endpoint's when the policy names none): length (UInt32, little endian) | JWT | server nonce, with that
// policy's asymmetric encryption (node-opcua's own CryptoFactory, as node-opcua encrypts passwords: RSA-OAEP for
// Basic256Sha256, RSA-OAEP-SHA256 for Aes256_Sha256_RsaPss) and the server certificate's key; the ActivateSession
// carries the client signature over server certificate + server nonce. No node_modules file is changed.
// Prints one line of JSON:
//   {"policyId": <id>, "encryption": <algorithm URI or "none">, "session": "Good", "<node id>": "Good" | <status>}
//   {"policyId": <id>, "encryption": ..., "session": <status name>}   when the server refused the token
// Run by NodeOpcUaJwtTest. Everything comes from the environment (the token is never on the command line):
//   FB_ENDPOINT, FB_PKI, FB_CLIENT_CERT, FB_CLIENT_KEY, FB_SERVER_CERT, FB_APPLICATION_URI   as for role-matrix.js
//   FB_JWT    the JWT (compact serialization)
//   FB_READ   node ids to read, separated by ","
//   FB_SECURITY_POLICY   optional: the channel's security policy, Basic256Sha256 (default) or Aes256_Sha256_RsaPss
"use strict";

const crypto = require("crypto");
const { ActivateSessionRequest, ApplicationType, AttributeIds, CloseSessionRequest, CreateSessionRequest,
    IssuedIdentityToken, MessageSecurityMode, OPCUAClient, ReadRequest, SecurityPolicy, StatusCodes,
    TimestampsToReturn, UserTokenType, computeSignatureAsync, fromURI, getCryptoFactory,
    verifySignature } = require("node-opcua-client");
const fs = require("fs");
const { certificateManager, env } = require("./secure-session.js");

const JWT_TOKEN_TYPE = "http://opcfoundation.org/UA/UserToken#JWT";

/** @return the channel's security policy (a node-opcua SecurityPolicy URI) */
function channelPolicy() {
    const policy = SecurityPolicy[process.env.FB_SECURITY_POLICY || "Basic256Sha256"];
    if (!policy || policy === SecurityPolicy.None) {
        throw new Error("FB_SECURITY_POLICY is not a secure policy node-opcua knows: " + process.env.FB_SECURITY_POLICY);
    }
    return policy;
}

/** @return "Good" or the symbolic id as OPC 10000-4 writes it (node-opcua says BadIdentityTokenRejected) */
function name(statusName) {
    return statusName === "Good" ? "Good" : statusName.replace(/^(Bad|Uncertain|Good)(?=[A-Z])/, "$1_");
}

/** Sends a request on the client's secure channel; @return the response; throws {status} on a service fault */
function send(client, request, authenticationToken) {
    if (authenticationToken) {
        request.requestHeader.authenticationToken = authenticationToken;
    }
    return new Promise((resolve, reject) => {
        client.performMessageTransaction(request, (err, response) => {
            if (err) {
                const status = /Bad_?[A-Za-z]+/.exec(err.message || String(err));
                return reject(status ? Object.assign(err, { status: name(status[0]) }) : err);
            }
            const result = response.responseHeader.serviceResult;
            if (result.value !== StatusCodes.Good.value) {
                return reject(Object.assign(new Error(result.toString()), { status: name(result.name) }));
            }
            resolve(response);
        });
    });
}

/** @return the server's JWT user token policy on the channel's SignAndEncrypt endpoint (from GetEndpoints) */
async function jwtPolicy(client) {
    const endpoints = await client.getEndpoints();
    const endpoint = endpoints.find((e) => e.securityMode === MessageSecurityMode.SignAndEncrypt
        && e.securityPolicyUri === channelPolicy());
    if (!endpoint) {
        throw new Error("the server offers no SignAndEncrypt endpoint with " + channelPolicy());
    }
    const policy = (endpoint.userIdentityTokens || []).find((p) => p.tokenType === UserTokenType.IssuedToken
        && p.issuedTokenType === JWT_TOKEN_TYPE);
    if (!policy) {
        throw new Error("the endpoint offers no IssuedToken policy of type " + JWT_TOKEN_TYPE);
    }
    return { endpoint, policy };
}

/**
 * @return the IssuedIdentityToken carrying the JWT for the policy: encrypted with the server certificate's key by the
 * asymmetric encryption of the policy's security policy (the endpoint's when the policy names none), plain when that
 * security policy is None (OPC 10000-4 §7.41.2.2, the legacy secret format)
 */
function issuedIdentityToken(endpoint, policy, jwt, serverCertificate, serverNonce) {
    let securityPolicy = fromURI(policy.securityPolicyUri);
    if (securityPolicy === SecurityPolicy.Invalid) {
        securityPolicy = fromURI(endpoint.securityPolicyUri);
    }
    const token = Buffer.from(jwt, "ascii");
    if (securityPolicy === SecurityPolicy.None) {
        return new IssuedIdentityToken({ policyId: policy.policyId, tokenData: token, encryptionAlgorithm: null });
    }
    const cryptoFactory = getCryptoFactory(securityPolicy);
    const length = Buffer.alloc(4);
    length.writeUInt32LE(token.length + serverNonce.length, 0);
    const publicKey = new crypto.X509Certificate(serverCertificate).publicKey;
    return new IssuedIdentityToken({
        policyId: policy.policyId,
        tokenData: cryptoFactory.asymmetricEncrypt(Buffer.concat([length, token, serverNonce]), publicKey),
        encryptionAlgorithm: cryptoFactory.asymmetricEncryptionAlgorithm
    });
}

/** CreateSession as node-opcua's own client sends it; @return the response, the server's signature checked */
async function createSession(client) {
    const clientNonce = crypto.randomBytes(32);
    const response = await send(client, new CreateSessionRequest({
        clientCertificate: client.getCertificate(),
        clientDescription: { applicationUri: env("FB_APPLICATION_URI"), applicationType: ApplicationType.Client,
            applicationName: { text: "Fieldbridge JWT login (node-opcua)" }, productUri: "NodeOPCUA-Client" },
        clientNonce,
        endpointUrl: env("FB_ENDPOINT"),
        maxResponseMessageSize: 800000,
        requestedSessionTimeout: 20000,
        sessionName: "jwt-session"
    }));
    if (!verifySignature(client.getCertificate(), clientNonce, response.serverSignature, response.serverCertificate,
        channelPolicy())) {
        throw new Error("the server's signature over the client certificate and nonce does not verify");
    }
    return response;
}

/** @return the flat JSON row of the login and the reads */
async function login(client) {
    const { endpoint, policy } = await jwtPolicy(client);
    const created = await createSession(client);
    const token = issuedIdentityToken(endpoint, policy, env("FB_JWT"), created.serverCertificate, created.serverNonce);
    const row = { policyId: policy.policyId, encryption: token.encryptionAlgorithm || "none" };
    try {
        await send(client, new ActivateSessionRequest({
            clientSignature: await computeSignatureAsync(created.serverCertificate, created.serverNonce,
                client.getPrivateKey(), channelPolicy()),
            clientSoftwareCertificates: [],
            localeIds: [],
            userIdentityToken: token,
            userTokenSignature: {}
        }), created.authenticationToken);
    } catch (e) {
        if (!e.status) {
            throw e;
        }
        row.session = e.status;
        return row;
    }
    row.session = "Good";
    try {
        const nodeIds = env("FB_READ").split(",");
        const read = await send(client, new ReadRequest({ maxAge: 0, timestampsToReturn: TimestampsToReturn.Both,
            nodesToRead: nodeIds.map((nodeId) => ({ nodeId, attributeId: AttributeIds.Value })) }),
            created.authenticationToken);
        nodeIds.forEach((nodeId, i) => {
            const status = read.results[i].statusCode;
            row[nodeId] = status.value === StatusCodes.Good.value ? "Good" : name(status.name);
        });
    } finally {
        await send(client, new CloseSessionRequest({ deleteSubscriptions: true }), created.authenticationToken)
            .catch(() => {});
    }
    return row;
}

async function main() {
    const manager = await certificateManager();
    await manager.trustCertificate(fs.readFileSync(env("FB_SERVER_CERT")));
    const client = OPCUAClient.create({
        applicationName: "Fieldbridge JWT login (node-opcua)",
        applicationUri: env("FB_APPLICATION_URI"),
        securityMode: MessageSecurityMode.SignAndEncrypt,
        securityPolicy: channelPolicy(),
        endpointMustExist: true,
        clientCertificateManager: manager,
        certificateFile: env("FB_CLIENT_CERT"),
        privateKeyFile: env("FB_CLIENT_KEY"),
        connectionStrategy: { maxRetry: 0, initialDelay: 100, maxDelay: 200 }
    });
    await client.connect(env("FB_ENDPOINT"));
    try {
        console.log(JSON.stringify(await login(client)));
    } finally {
        await client.disconnect();
    }
}

main().catch((e) => {
    console.error(e && e.message ? e.message : String(e));
    process.exit(1);
});
