/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.codegen.model;

import java.util.List;

/**
 * An OPC UA connection of the .twin file with its monitored signals.
 *
 * @param name the connection's name
 * @param endpoint the default endpoint URL
 * @param policy the runtime's {@code OpcUaEndpointSettings.Policy} constant
 * @param mode the runtime's {@code OpcUaEndpointSettings.Mode} constant
 * @param user the user name, null for anonymous
 * @param passwordRef the secret reference of the password, null for anonymous
 * @param samplingMillis the sampling interval
 * @param publishingMillis the publishing interval
 * @param signals its mapped signals in declaration order
 * @param origin where the connection is declared
 */
public record OpcUaDevice(String name, String endpoint, String policy, String mode, String user, String passwordRef,
        long samplingMillis, long publishingMillis, List<MappedSignal> signals, Origin origin) {

    public OpcUaDevice {
        signals = List.copyOf(signals);
    }
}
