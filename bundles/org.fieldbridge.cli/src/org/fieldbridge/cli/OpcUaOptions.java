/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.cli;

import java.nio.file.Path;
import java.util.Map;

import org.fieldbridge.commissioning.connect.OpcUaAccess;
import org.fieldbridge.core.secrets.SecretConsumer;
import org.fieldbridge.core.secrets.SecretReference;

import picocli.CommandLine.Option;

/**
 * Where the commissioning commands find the client certificate and trusted servers of OPC UA connections (part of
 * {@link CommissioningInputs}; Modbus connections need none of it).
 */
final class OpcUaOptions {

    @Option(names = "--pki", paramLabel = "DIR",
            description = "PKI folder in the runtime's layout: client/ the client certificate (created on first use), "
                    + "controllers/NAME/ the trusted server certificates of connection NAME (default "
                    + "~/.fieldbridge/commissioning/pki; a runtime's pki folder commissions with its certificate)")
    Path pki;

    @Option(names = "--key-store-password", paramLabel = "REF",
            description = "secret reference of the client key store's password, env:NAME or file:PATH (default "
                    + OpcUaAccess.DEFAULT_KEY_STORE_PASSWORD + ")")
    String keyStorePassword;

    /**
     * @param environment what env: references read
     * @return the access
     * @throws IllegalArgumentException when the reference is not one
     */
    OpcUaAccess access(Map<String, String> environment) {
        OpcUaAccess access = OpcUaAccess.of(environment, pki != null ? pki : OpcUaAccess.defaultPki());
        if (keyStorePassword == null) {
            return access;
        }
        try {
            return access.withKeyStorePassword(SecretReference.parseFor(keyStorePassword,
                    SecretConsumer.GENERATED_RUNTIME));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--key-store-password " + e.getMessage(), e);
        }
    }
}
