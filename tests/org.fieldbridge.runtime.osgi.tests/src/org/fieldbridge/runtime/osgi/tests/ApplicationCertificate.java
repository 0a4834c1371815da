/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.osgi.tests;

import java.security.KeyPair;
import java.security.cert.X509Certificate;

import org.eclipse.milo.opcua.stack.core.util.SelfSignedCertificateBuilder;
import org.eclipse.milo.opcua.stack.core.util.SelfSignedCertificateGenerator;

/**
 * A self-signed OPC UA application instance certificate made at test time. Its subjectAltName holds
 * the application URI and 127.0.0.1, which the peer checks against the ApplicationDescription and
 * the endpoint URL (OPC 10000-4 §6.1, certificate validation: host name and application URI checks).
 */
record ApplicationCertificate(KeyPair keyPair, X509Certificate certificate) {

    static ApplicationCertificate create(String commonName, String applicationUri) throws Exception {
        KeyPair keyPair = SelfSignedCertificateGenerator.generateRsaKeyPair(2048);
        X509Certificate certificate = new SelfSignedCertificateBuilder(keyPair)
                .setCommonName(commonName)
                .setOrganization("Fieldbridge tests")
                .setApplicationUri(applicationUri)
                .addIpAddress(LoopbackPort.ADDRESS)
                .build();
        return new ApplicationCertificate(keyPair, certificate);
    }

    X509Certificate[] chain() {
        return new X509Certificate[] { certificate };
    }
}
