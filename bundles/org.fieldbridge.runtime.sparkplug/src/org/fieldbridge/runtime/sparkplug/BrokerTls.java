/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.sparkplug;

import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;

/**
 * TLS to the broker ({@code ssl://} broker URLs), like the OPC UA PKI: the broker is trusted when its
 * certificate chains to one of the CA certificates of a folder ({@code sparkplug.trustedCertificates}), and
 * only for the host name the URL names (hostname verification stays on). Optionally the edge node shows a
 * client certificate of its own (a PKCS#12 key store) to brokers that ask for one.
 *
 * @param trustedFrom where the CA certificates came from (a folder), named in log lines
 * @param trusted the CA (or broker) certificates trusted; the Java runtime's default CAs are not
 * @param clientKeys the key store holding the edge node's client certificate and key, or null
 * @param clientKeysPassword the key store's password (resolved from its secret reference), or null
 */
public record BrokerTls(String trustedFrom, List<X509Certificate> trusted, KeyStore clientKeys,
        char[] clientKeysPassword) {

    public BrokerTls {
        Objects.requireNonNull(trustedFrom, "trustedFrom");
        trusted = List.copyOf(trusted);
        if (trusted.isEmpty()) {
            throw new IllegalArgumentException("no CA certificate in " + trustedFrom
                    + ": put the certificate of the CA that signed the broker's certificate there (PEM or DER)");
        }
        clientKeysPassword = clientKeysPassword == null ? null : clientKeysPassword.clone();
    }

    /** @return TLS trusting only the given CA certificates, without a client certificate */
    public static BrokerTls trusting(String trustedFrom, List<X509Certificate> trusted) {
        return new BrokerTls(trustedFrom, trusted, null, null);
    }

    /** @return a socket factory for Paho: trusts {@link #trusted()} only, shows the client certificate if any */
    SSLSocketFactory socketFactory() throws GeneralSecurityException {
        KeyStore trustStore;
        try {
            trustStore = KeyStore.getInstance("PKCS12");
            trustStore.load(null, null);
        } catch (java.io.IOException e) {
            throw new GeneralSecurityException("cannot create an empty trust store", e);
        }
        for (int i = 0; i < trusted.size(); i++) {
            trustStore.setCertificateEntry("ca-" + i, trusted.get(i));
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trustStore);
        KeyManagerFactory keys = null;
        if (clientKeys != null) {
            keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(clientKeys, clientKeysPassword == null ? new char[0] : clientKeysPassword);
        }
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys == null ? null : keys.getKeyManagers(), trust.getTrustManagers(), null);
        return context.getSocketFactory();
    }

    @Override
    public String toString() {
        return "BrokerTls[" + trusted.size() + " CA certificate(s) from " + trustedFrom
                + (clientKeys == null ? "" : ", with a client certificate") + "]";
    }
}
