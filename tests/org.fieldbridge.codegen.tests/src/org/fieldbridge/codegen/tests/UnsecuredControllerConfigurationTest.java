/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.codegen.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Generated configuration of an OPC UA controller without security")
class UnsecuredControllerConfigurationTest {

    @Test
    @DisplayName("a SecurityPolicy None controller gets no trusted-certificates folder to create (the runtime starts as generated)")
    void noTrustedFolderForSecurityNone(@TempDir Path dir) throws IOException {
        Path models = dir.resolve("models");
        Projects.write(models.resolve("line.plant"), TestPlants.plant("", "<equipment name=\"E1\" controller=\"Plc\">"
                + TestPlants.temperature("T1") + "</equipment>\n", """
                  <controllers name="Plc">
                    <endpoints xsi:type="plant:OpcUaEndpoint" endpointUrl="opc.tcp://127.0.0.1:4840"
                        securityPolicy="None" securityMode="None"/>
                  </controllers>
                  <controllers name="Oven">
                    <endpoints xsi:type="plant:OpcUaEndpoint" endpointUrl="opc.tcp://127.0.0.1:4841/x"
                        securityPolicy="Basic256Sha256" securityMode="SignAndEncrypt"/>
                  </controllers>
                """));
        Projects.write(models.resolve("line.twin"), """
                package demo.line
                import "line.plant"
                connection Plc opcua "opc.tcp://127.0.0.1:4840" {
                    security None none
                }
                connection Oven opcua "opc.tcp://127.0.0.1:4841/x" {
                    security Basic256Sha256 sign-and-encrypt
                }
                map Plc "ns=2;s=T1" -> E1.T1 { unit degC }
                """);
        Path out = dir.resolve("out");
        Projects.generateClean(out, models);
        String properties = Projects.text(out, "fieldbridge-runtime.properties");
        assertFalse(properties.contains("connection.Plc.trustedCertificates"), properties);
        assertTrue(properties.contains("connection.Oven.trustedCertificates=pki/controllers/Oven"), properties);
        assertTrue(properties.contains("# OPC UA controller Plc"), properties);
    }
}
