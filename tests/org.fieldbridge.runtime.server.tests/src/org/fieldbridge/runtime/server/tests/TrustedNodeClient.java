/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.fieldbridge.runtime.server.TwinOpcUaServer;
import org.fieldbridge.tests.support.opcua.ApplicationCertificate;

/**
 * A node-opcua client the server under test trusts, as the interop scripts expect it: its application certificate
 * and key and the server's certificate written where the scripts read them, and the environment every script reads
 * for a secured connection.
 */
final class TrustedNodeClient {

    private final TwinOpcUaServer server;
    private final Path folder;
    private final Path files;
    private final String applicationUri;

    private TrustedNodeClient(TwinOpcUaServer server, Path folder, Path files, String applicationUri) {
        this.server = server;
        this.folder = folder;
        this.files = files;
        this.applicationUri = applicationUri;
    }

    /**
     * Makes an application certificate for {@code applicationUri}, has {@code server} trust it, and writes it, its key
     * and the server's certificate into {@code folder}/node-client.
     */
    static TrustedNodeClient of(TwinOpcUaServer server, Path folder, String name, String applicationUri)
            throws Exception {
        ApplicationCertificate client = ApplicationCertificate.create(name, applicationUri);
        server.trustClient(client.certificate());
        Path files = Files.createDirectories(folder.resolve("node-client"));
        client.writeCertificatePem(files.resolve("client_certificate.pem"));
        client.writePrivateKeyPem(files.resolve("client_private_key.pem"));
        Files.write(files.resolve("server_certificate.der"), server.certificate().getEncoded());
        return new TrustedNodeClient(server, folder, files, applicationUri);
    }

    /** @return where the certificates are (a test may add its user's files there) */
    Path files() {
        return files;
    }

    /**
     * @param run names this run's own node-opcua PKI folder
     * @return FB_ENDPOINT (the server's first), FB_PKI, FB_CLIENT_CERT, FB_CLIENT_KEY, FB_SERVER_CERT and
     *         FB_APPLICATION_URI, to which the test adds its script's own settings
     */
    Map<String, String> environment(String run) {
        Map<String, String> env = new HashMap<>();
        env.put("FB_ENDPOINT", server.endpointUrls().get(0));
        env.put("FB_PKI", folder.resolve("node-pki-" + run).toString());
        env.put("FB_CLIENT_CERT", files.resolve("client_certificate.pem").toString());
        env.put("FB_CLIENT_KEY", files.resolve("client_private_key.pem").toString());
        env.put("FB_SERVER_CERT", files.resolve("server_certificate.der").toString());
        env.put("FB_APPLICATION_URI", applicationUri);
        return env;
    }
}
