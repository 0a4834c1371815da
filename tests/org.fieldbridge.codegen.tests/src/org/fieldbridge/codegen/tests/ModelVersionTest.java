/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.codegen.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.fieldbridge.codegen.model.UnitConversions;
import org.fieldbridge.codegen.output.ModelVersion;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The model version hash and the unit conversions behind behaviour parameters. */
@DisplayName("Model version and unit conversions")
class ModelVersionTest {

    private static ModelVersion.Input input(String name, String content) {
        return new ModelVersion.Input(name, content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("the version is sha256: and 16 hex digits, independent of the order the inputs come in")
    void orderIndependent() {
        String a = ModelVersion.of("0.1.0", List.of(input("a.twin", "x"), input("b.plant", "y")));
        String b = ModelVersion.of("0.1.0", List.of(input("b.plant", "y"), input("a.twin", "x")));
        assertEquals(a, b);
        assertTrue(a.matches("sha256:[0-9a-f]{16}"), a);
    }

    @Test
    @DisplayName("the version changes with the generator version, a file name or a byte of content")
    void sensitive() {
        String base = ModelVersion.of("0.1.0", List.of(input("a.twin", "x")));
        assertNotEquals(base, ModelVersion.of("0.1.1", List.of(input("a.twin", "x"))));
        assertNotEquals(base, ModelVersion.of("0.1.0", List.of(input("b.twin", "x"))));
        assertNotEquals(base, ModelVersion.of("0.1.0", List.of(input("a.twin", "x "))));
        // name and content cannot be shifted into each other
        assertNotEquals(ModelVersion.of("v", List.of(input("a", "bc"))), ModelVersion.of("v", List.of(input("ab", "c"))));
    }

    @Test
    @DisplayName("values convert between units of one quantity, and not across quantities")
    void conversions() {
        assertEquals(80.0, UnitConversions.between("FAH", "CEL").value(176));
        assertEquals(5.0, UnitConversions.between("FAH", "CEL").difference(9));
        assertEquals(1.5, UnitConversions.between("BAR", "BAR").value(1.5));
        assertEquals(1500.0, UnitConversions.between("BAR", "MBR").value(1.5));
        assertEquals(293.15, UnitConversions.between("CEL", "KEL").value(20));
        assertEquals(null, UnitConversions.between("BAR", "CEL"));
        assertEquals(3_600_000, UnitConversions.rateTimeUnitMillis("MQH"));
    }
}
