/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server.internal;

import java.security.KeyPair;
import java.security.NoSuchAlgorithmException;
import java.security.cert.X509Certificate;
import java.time.Period;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.milo.opcua.stack.core.security.RsaSha256CertificateFactory;
import org.eclipse.milo.opcua.stack.core.util.SelfSignedCertificateBuilder;
import org.eclipse.milo.opcua.stack.core.util.SelfSignedCertificateGenerator;

/**
 * Makes the self-signed application instance certificate on first start (OPC 10000-4 §6.1.2,
 * OPC 10000-6 §6.2.2): RSA with SHA-256, the ApplicationUri as URI and every configured host name or
 * address in the subjectAltName, since clients check both.
 */
final class ServerCertificateFactory extends RsaSha256CertificateFactory {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private final String commonName;
    private final String applicationUri;
    private final List<String> hostnames;
    private final int keySize;

    ServerCertificateFactory(String commonName, String applicationUri, List<String> hostnames, int keySize) {
        this.commonName = commonName;
        this.applicationUri = applicationUri;
        this.hostnames = List.copyOf(hostnames);
        this.keySize = keySize;
    }

    @Override
    protected KeyPair createRsaSha256KeyPair() throws NoSuchAlgorithmException {
        return SelfSignedCertificateGenerator.generateRsaKeyPair(keySize);
    }

    @Override
    protected X509Certificate[] createRsaSha256CertificateChain(KeyPair keyPair) throws Exception {
        SelfSignedCertificateBuilder builder = new SelfSignedCertificateBuilder(keyPair)
                .setCommonName(commonName)
                .setOrganization("Fieldbridge")
                .setApplicationUri(applicationUri)
                .setValidityPeriod(Period.ofYears(5));
        for (String host : hostnames) {
            if (IPV4.matcher(host).matches() || host.contains(":")) {
                builder.addIpAddress(host);
            } else {
                builder.addDnsName(host);
            }
        }
        return new X509Certificate[] { builder.build() };
    }
}
