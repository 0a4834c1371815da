/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.onboarding;

import java.nio.file.Path;
import java.util.List;

import org.fieldbridge.commissioning.connect.OpcUaAccess;

/**
 * What {@code fieldbridge import} was asked to do.
 *
 * @param sources tag export files, or OPC UA endpoint URLs ({@code opc.tcp://...}) to browse
 * @param folder where the .plant and .twin are written (or added to)
 * @param format the format of every file, null to recognise each from its content
 * @param plant the line the tags go to, {@code Enterprise.Site.Area.Line} or just {@code Line}; null: from the
 *        first source's file name
 * @param connection the connection's name for sources that do not name their controller; null: PLC1 / OpcUa1
 * @param endpoint where the controller of file sources is ({@code host:port} for Modbus, an {@code opc.tcp://} URL
 *        for tags read over OPC UA); null: 127.0.0.1 with a review note
 * @param unitId the Modbus unit id of file sources
 * @param policy OPC UA security policy as the .twin writes it ({@code None}, {@code Basic256Sha256}, ...)
 * @param mode OPC UA security mode as the .twin writes it ({@code none}, {@code sign}, {@code sign-and-encrypt})
 * @param user OPC UA user name, null for anonymous
 * @param passwordRef the OPC UA password's secret reference ({@code env:NAME}, {@code file:PATH}), never a value
 * @param access certificates and secrets for browsing; null when no server is browsed
 */
public record ImportRequest(List<String> sources, Path folder, TagFormat format, String plant, String connection,
        String endpoint, int unitId, String policy, String mode, String user, String passwordRef, OpcUaAccess access) {

    public ImportRequest {
        sources = List.copyOf(sources);
    }

    /**
     * @param sources the sources
     * @param folder the output folder
     * @return a request with every default
     */
    public static ImportRequest of(List<String> sources, Path folder) {
        return new ImportRequest(sources, folder, null, null, null, null, 1, "None", "none", null, null, null);
    }

    /** @return this request for another line */
    public ImportRequest withPlant(String newPlant) {
        return new ImportRequest(sources, folder, format, newPlant, connection, endpoint, unitId, policy, mode, user,
                passwordRef, access);
    }

    /** @return this request with a controller address for file sources */
    public ImportRequest withEndpoint(String newEndpoint) {
        return new ImportRequest(sources, folder, format, plant, connection, newEndpoint, unitId, policy, mode, user,
                passwordRef, access);
    }

    /** @return this request with OPC UA security, user and access */
    public ImportRequest withOpcUa(String newPolicy, String newMode, String newUser, String newPasswordRef,
            OpcUaAccess newAccess) {
        return new ImportRequest(sources, folder, format, plant, connection, endpoint, unitId, newPolicy, newMode,
                newUser, newPasswordRef, newAccess);
    }

    /** @return this request with a forced format */
    public ImportRequest withFormat(TagFormat newFormat) {
        return new ImportRequest(sources, folder, newFormat, plant, connection, endpoint, unitId, policy, mode, user,
                passwordRef, access);
    }

    /** @return this request with a connection name */
    public ImportRequest withConnection(String newConnection) {
        return new ImportRequest(sources, folder, format, plant, newConnection, endpoint, unitId, policy, mode, user,
                passwordRef, access);
    }
}
