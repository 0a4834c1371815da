/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.modbus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.lang.reflect.Executable;
import java.lang.reflect.Member;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The adapter's public API speaks the project's types only (ARCHITECTURE.md: library types stay in their adapters). */
class ApiBoundaryTest {

    private static final List<Class<?>> API = List.of(ModbusPoller.class, ModbusPoller.Statistics.class,
            ModbusConnection.class, ModbusTag.class);

    @Test
    @DisplayName("no public signature of the Modbus adapter mentions a j2mod type")
    void noPublicSignatureMentionsJ2mod() {
        List<String> leaks = new ArrayList<>();
        for (Class<?> type : API) {
            Stream.of(type.getDeclaredMethods(), type.getDeclaredConstructors(), type.getDeclaredFields())
                    .flatMap(Stream::of).map(Member.class::cast).filter(m -> Modifier.isPublic(m.getModifiers()))
                    .forEach(member -> {
                        String signature = member instanceof Executable e ? e.toGenericString()
                                : ((java.lang.reflect.Field) member).toGenericString();
                        if (signature.contains("com.ghgande")) {
                            leaks.add(signature);
                        }
                    });
        }
        assertEquals(List.of(), leaks);
    }

    @Test
    @DisplayName("the j2mod transport is an implementation detail, not public API")
    void theTransportIsNotPublic() {
        assertFalse(Modifier.isPublic(J2modTransport.class.getModifiers()));
        assertFalse(Modifier.isPublic(DeviceTransport.class.getModifiers()));
    }
}
