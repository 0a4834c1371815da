/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.app;

import java.nio.file.Path;
import java.util.List;

import org.fieldbridge.core.secrets.SecretReference;

/**
 * TLS to an {@code ssl://} broker (docs/sparkplug.md, "TLS to the broker"), like the OPC UA PKI.
 *
 * @param trustedCertificates the folder of CA certificates (PEM or DER) the broker's certificate must chain
 *        to: {@code sparkplug.trustedCertificates}, by default {@code <pki>/broker}
 * @param keyStore the PKCS#12 file with the edge node's client certificate and key, or null for none
 * @param keyStorePassword the secret reference of its password, or null
 */
public record SparkplugTlsSettings(Path trustedCertificates, Path keyStore, SecretReference keyStorePassword) {

    /** The keys, valid with an {@code ssl://} broker URL only. */
    static final List<String> KEYS = List.of("sparkplug.trustedCertificates", "sparkplug.keyStore",
            "sparkplug.keyStorePassword");

    /** The default folder of trusted broker CA certificates, below the PKI folder. */
    static final String DEFAULT_FOLDER = "broker";
}
