/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.core.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EndpointSyntaxTest {

    @ParameterizedTest(name = "{0} is {1} port {2}")
    @CsvSource({ "127.0.0.1:5020, 127.0.0.1, 5020", "127.0.0.1, 127.0.0.1, 502",
            "PLC4.Riverside.example:1502, plc4.riverside.example, 1502", "[fd00::7]:503, fd00::7, 503",
            "[::1], ::1, 502", "' 10.0.0.7:502 ', 10.0.0.7, 502" })
    void hostAndPortAreReadWithTheModbusDefaultPort(String text, String host, int port) {
        HostPort address = HostPort.parse(text, 502);
        assertEquals(host, address.host());
        assertEquals(port, address.port());
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "127.0.0.1:0", "127.0.0.1:65536", "fd00::7", "plc 4:502", "host:port", "[zz]:502",
            ":502" })
    void malformedAddressesAreRefused(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> HostPort.parse(text, 502));
        assertFalse(e.getMessage().contains("Exception"), e.getMessage());
    }

    @Test
    void twoSpellingsOfOneAddressAreEqualAndIpv6IsPrintedInBrackets() {
        assertEquals(HostPort.parse("PLC4.example", 502), HostPort.parse("plc4.example:502", 502));
        assertEquals("[fd00::7]:502", HostPort.parse("[fd00::7]", 502).toString());
    }

    @Test
    void opcTcpUrlsAreReadWithTheDefaultPort4840() {
        OpcUaUrl url = OpcUaUrl.parse("opc.tcp://Oven2.example/ua");
        assertTrue(url.isOpcTcp());
        assertEquals(new HostPort("oven2.example", 4840), url.address());
        assertEquals("/ua", url.path());
        assertEquals("opc.tcp://oven2.example:4840/ua", url.toString());
        assertEquals(OpcUaUrl.parse("opc.tcp://127.0.0.1:4841/fieldbridge-sim"),
                OpcUaUrl.parse("OPC.TCP://127.0.0.1:4841/fieldbridge-sim"));
        assertEquals(new HostPort("fd00::1", 4841), OpcUaUrl.parse("opc.tcp://[fd00::1]:4841").address());
        assertFalse(OpcUaUrl.parse("opc.https://oven2.example/ua").isOpcTcp());
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "http://127.0.0.1:4841", "opc.tcp://", "opc.tcp://127.0.0.1:70000/x", "127.0.0.1:4840" })
    void malformedOpcUaUrlsAreRefused(String text) {
        assertThrows(IllegalArgumentException.class, () -> OpcUaUrl.parse(text));
    }
}
