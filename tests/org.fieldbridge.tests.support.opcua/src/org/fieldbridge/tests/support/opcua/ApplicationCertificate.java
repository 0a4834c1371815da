/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.tests.support.opcua;

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
import org.fieldbridge.tests.support.LoopbackPort;

/**
 * A self-signed OPC UA application instance certificate made at test time. Its subjectAltName holds
 * the application URI and 127.0.0.1, which the peer checks against the ApplicationDescription and
 * the endpoint URL (OPC 10000-4 §6.1, certificate validation: host name and application URI checks).
 *
 * @param keyPair the RSA 2048 key pair
 * @param certificate the certificate, signed with its own key
 * @param applicationUri the application URI in the certificate
 */
public record ApplicationCertificate(KeyPair keyPair, X509Certificate certificate, String applicationUri) {

    /** @return a new certificate for an application named {@code commonName} */
    public static ApplicationCertificate create(String commonName, String applicationUri) throws Exception {
        KeyPair keyPair = SelfSignedCertificateGenerator.generateRsaKeyPair(2048);
        X509Certificate certificate = new SelfSignedCertificateBuilder(keyPair)
                .setCommonName(commonName)
                .setOrganization("Fieldbridge tests")
                .setApplicationUri(applicationUri)
                .addIpAddress(LoopbackPort.ADDRESS)
                .build();
        return new ApplicationCertificate(keyPair, certificate, applicationUri);
    }

    /** @return the chain an application presents: the certificate alone */
    public X509Certificate[] chain() {
        return new X509Certificate[] { certificate };
    }

    /** Writes the certificate as PEM. */
    public void writeCertificatePem(Path file) throws IOException, CertificateEncodingException {
        Files.writeString(file, pem("CERTIFICATE", certificate.getEncoded()), StandardCharsets.US_ASCII);
    }

    /** Writes the private key as unencrypted PKCS #8 PEM, readable by the owner only (a temporary test PKI). */
    public void writePrivateKeyPem(Path file) throws IOException {
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, pem("PRIVATE KEY", keyPair.getPrivate().getEncoded()), StandardCharsets.US_ASCII);
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }
}
