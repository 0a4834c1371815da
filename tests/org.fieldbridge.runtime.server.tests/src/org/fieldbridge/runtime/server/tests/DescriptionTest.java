/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.fieldbridge.runtime.server.AddressSpaceDescription;
import org.fieldbridge.runtime.server.EngineeringUnit;
import org.fieldbridge.runtime.server.EuRange;
import org.fieldbridge.runtime.server.PasswordCheck;
import org.fieldbridge.runtime.server.PasswordHash;
import org.fieldbridge.runtime.server.PlantElement;
import org.fieldbridge.runtime.server.PlantLevel;
import org.fieldbridge.runtime.server.PlantPermission;
import org.fieldbridge.runtime.server.RoleDescription;
import org.fieldbridge.runtime.server.SecretResolver;
import org.fieldbridge.runtime.server.ServerLimits;
import org.fieldbridge.runtime.server.SignalDescription;
import org.fieldbridge.runtime.server.SignalType;
import org.fieldbridge.runtime.server.TwinServerConfig;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The server's own API: descriptions, units, password hashes and configuration defaults. */
class DescriptionTest {

    @ParameterizedTest(name = "UNECE {0} has unitId {1}")
    @CsvSource({ "CEL, 4408652", "AMP, 4279632", "KEL, 4932940", "MTR, 5067858", "C62, 4404786", "P1, 20529" })
    @DisplayName("the UnitId is the common code's ASCII bytes, left to right (OPC 10000-8 §5.6.3)")
    void theUnitIdFollowsPart8(String commonCode, int unitId) {
        assertEquals(unitId, new EngineeringUnit(commonCode, "", "").unitId());
    }

    @Test
    @DisplayName("an element grants only declared roles, each declared once, and permissions keep the NodeSet2 bits")
    void rolesAreDeclaredOnce() {
        PlantElement line = PlantElement.builder(PlantLevel.LINE, "AnodizingLine").role("operator").build();
        IllegalArgumentException undeclared = assertThrows(IllegalArgumentException.class,
                () -> new AddressSpaceDescription(List.of(line), List.of(RoleDescription.of("qualityManager"))));
        assertEquals("AnodizingLine grants the role operator, which is not declared", undeclared.getMessage());
        RoleDescription operator = RoleDescription.of("operator", PlantPermission.BROWSE, PlantPermission.READ,
                PlantPermission.ACKNOWLEDGE_ALARMS);
        assertThrows(IllegalArgumentException.class,
                () -> new AddressSpaceDescription(List.of(line), List.of(operator, operator)));
        assertEquals(6177, operator.bits(), "as docs/codegen.md: Browse 1 + Read 32 + ReceiveEvents 2048 + Call 4096");
        assertTrue(new AddressSpaceDescription(List.of(line), List.of(operator)).enforcesRoles());
        assertFalse(AddressSpaceDescription.of(PlantElement.builder(PlantLevel.LINE, "L").build()).enforcesRoles());
    }

    @Test
    @DisplayName("a unit taken from the UNECE table carries the OPC Foundation's symbol and name")
    void aUnitFromTheTableHasItsSymbolAndName() {
        assertEquals(new EngineeringUnit("CEL", "°C", "degree Celsius"), EngineeringUnit.of("CEL"));
        assertEquals(4342098, EngineeringUnit.of("BAR").unitId());
        assertEquals("kN", EngineeringUnit.of("B47").displayName());
        assertThrows(IllegalArgumentException.class, () -> EngineeringUnit.of("KGH"));
    }

    @Test
    @DisplayName("people see the first form of a two-form symbol (% for '% or pct'); OPC UA keeps the table's name")
    void peopleSeeTheFirstFormOfATwoFormSymbol() {
        assertEquals("% or pct", EngineeringUnit.of("P1").displayName());
        assertEquals("%", EngineeringUnit.of("P1").symbol());
        assertEquals("°C", EngineeringUnit.of("CEL").symbol());
    }

    @Test
    @DisplayName("a common code that is not 2-3 upper-case letters or digits is refused")
    void aMalformedCommonCodeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new EngineeringUnit("cel", "°C", ""));
        assertThrows(IllegalArgumentException.class, () -> new EngineeringUnit("CELS", "°C", ""));
        assertThrows(IllegalArgumentException.class, () -> new EngineeringUnit("C", "", ""));
    }

    @Test
    @DisplayName("signal ids are the browse names on the path joined by dots")
    void signalIdsAreDottedPaths() {
        assertEquals(List.of(AcmePlant.BATH_TEMP, AcmePlant.RECTIFIER_CURRENT, AcmePlant.LOAD_COUNT),
                List.copyOf(AcmePlant.description().signals().keySet()));
        assertEquals(List.of(AcmePlant.ALARM_ACTIVE), List.copyOf(AcmePlant.description().states().keySet()));
    }

    @Test
    @DisplayName("two nodes with the same id are refused")
    void duplicateIdsAreRefused() {
        SignalDescription signal = new SignalDescription("Temp", "Temp", "", SignalType.DOUBLE,
                AcmePlant.CELSIUS, new EuRange(0, 1));
        PlantElement tank = PlantElement.builder(PlantLevel.EQUIPMENT, "Tank").signal(signal).signal(signal).build();
        assertThrows(IllegalArgumentException.class, () -> AddressSpaceDescription.of(tank));
    }

    @Test
    @DisplayName("a browse name with a dot, a non-numeric AnalogItem or an inverted range is refused")
    void invalidDescriptionsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> PlantElement.builder(PlantLevel.SITE, "a.b").build());
        assertThrows(IllegalArgumentException.class, () -> new SignalDescription("On", "On", "", SignalType.BOOLEAN,
                AcmePlant.CELSIUS, new EuRange(0, 1)));
        assertThrows(IllegalArgumentException.class, () -> new EuRange(2, 1));
    }

    @Test
    @DisplayName("a password hash matches its password only, and its text form reveals neither")
    void aPasswordHashMatchesItsPasswordOnly() {
        char[] password = "correct horse battery staple".toCharArray();
        PasswordHash hash = PasswordHash.of(password, 1_000);
        assertTrue(hash.matches(password));
        assertFalse(hash.matches("correct horse battery stapler".toCharArray()));
        PasswordHash parsed = PasswordHash.parse(hash.encoded());
        assertTrue(parsed.matches(password));
        assertFalse(hash.encoded().contains("horse"));
        assertFalse(hash.toString().contains("horse"));
        assertNotEquals(hash.encoded(), PasswordHash.of(password, 1_000).encoded(), "salted");
    }

    @Test
    @DisplayName("the configuration defaults are secure: loopback, port 4840, namespace urn:fieldbridge:twin:<name>")
    void theDefaultsAreSecure() {
        TwinServerConfig config = TwinServerConfig.builder("line-1", new NoSecrets()).build();
        assertEquals("127.0.0.1", config.bindAddress());
        assertEquals(4840, config.port());
        assertEquals("urn:fieldbridge:twin:line-1", config.namespaceUri());
        assertFalse(config.insecure());
        assertEquals(ServerLimits.DEFAULT, config.limits());
        assertTrue(config.pkiDirectory().endsWith(Path.of("fieldbridge", "line-1", "pki")));
        assertEquals(2048, config.keySize());
    }

    @Test
    @DisplayName("the configured host names form the endpoint URLs; the bind address has endpoints too unless it is a "
            + "wildcard")
    void theBindAddressHasEndpointsBesideTheHostNames() {
        TwinServerConfig named = TwinServerConfig.builder("line-1", new NoSecrets()).hostname("localhost")
                .hostname("edge-07.plant.example").build();
        assertEquals(List.of("localhost", "edge-07.plant.example"), named.hostnames());
        assertEquals(List.of("localhost", "edge-07.plant.example", "127.0.0.1"), named.endpointHosts());
        TwinServerConfig unnamed = TwinServerConfig.builder("line-1", new NoSecrets()).build();
        assertEquals(List.of("127.0.0.1"), unnamed.endpointHosts(), "no duplicate when no name is configured");
        TwinServerConfig everywhere = TwinServerConfig.builder("line-1", new NoSecrets()).bindAddress("0.0.0.0")
                .hostname("edge-07.plant.example").build();
        assertEquals(List.of("edge-07.plant.example"), everywhere.endpointHosts(), "no client connects to 0.0.0.0");
    }

    @Test
    @DisplayName("limits below the protocol minimum are refused")
    void implausibleLimitsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ServerLimits(0, 1, 1, 1, 1, 1, 8196, 1, 1, 1, 1, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new ServerLimits(1, 1, 1, 1, 1, 1, 1024, 1, 1, 1, 1, 1, 1));
    }

    private static final class NoSecrets implements SecretResolver {
        @Override
        public Optional<PasswordCheck> passwordCheck(String userName) {
            return Optional.empty();
        }

        @Override
        public char[] keyStorePassword() {
            return new char[0];
        }
    }
}
