/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Base64;

import org.eclipse.milo.opcua.stack.core.util.SelfSignedCertificateBuilder;
import org.eclipse.milo.opcua.stack.core.util.SelfSignedCertificateGenerator;

/**
 * A client application instance certificate made at test time; its subjectAltName holds the
 * application URI, which the server checks against the client's ApplicationDescription.
 */
record ClientCertificate(KeyPair keyPair, X509Certificate certificate, String applicationUri) {

    static ClientCertificate create(String commonName, String applicationUri) throws Exception {
        KeyPair keyPair = SelfSignedCertificateGenerator.generateRsaKeyPair(2048);
        X509Certificate certificate = new SelfSignedCertificateBuilder(keyPair)
                .setCommonName(commonName)
                .setOrganization("Fieldbridge tests")
                .setApplicationUri(applicationUri)
                .addIpAddress(LoopbackPort.ADDRESS)
                .build();
        return new ClientCertificate(keyPair, certificate, applicationUri);
    }

    X509Certificate[] chain() {
        return new X509Certificate[] { certificate };
    }

    /** Writes the certificate as PEM. */
    void writeCertificatePem(Path file) throws IOException, CertificateEncodingException {
        Files.writeString(file, pem("CERTIFICATE", certificate.getEncoded()), StandardCharsets.US_ASCII);
    }

    /** Writes the private key as unencrypted PKCS #8 PEM, readable by the owner only (a temporary test PKI). */
    void writePrivateKeyPem(Path file) throws IOException {
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, pem("PRIVATE KEY", keyPair.getPrivate().getEncoded()), StandardCharsets.US_ASCII);
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }
}
