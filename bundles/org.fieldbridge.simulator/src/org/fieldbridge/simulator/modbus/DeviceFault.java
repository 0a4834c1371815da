/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.simulator.modbus;

import java.time.Duration;

/**
 * A misbehaviour the simulated controller can be told to show, to test how the runtime copes.
 *
 * @param kind           what goes wrong
 * @param delay          for {@link Kind#SLOW}: how late each answer comes
 * @param firstAddress   for {@link Kind#EXCEPTION}: first 0-based register/coil address that answers with
 *                       exception 02 (Illegal Data Address)
 * @param addressCount   for {@link Kind#EXCEPTION}: how many addresses from there
 */
public record DeviceFault(Kind kind, Duration delay, int firstAddress, int addressCount) {

    /** What goes wrong. */
    public enum Kind {
        /** Everything works. */
        NONE,
        /** Requests are accepted on the socket but never answered (a hung controller). */
        SILENT,
        /** Every answer comes late. */
        SLOW,
        /** Requests touching some addresses are answered with exception 02 (Modbus Application Protocol §7). */
        EXCEPTION
    }

    public static final DeviceFault NONE = new DeviceFault(Kind.NONE, Duration.ZERO, 0, 0);

    public static DeviceFault silent() {
        return new DeviceFault(Kind.SILENT, Duration.ZERO, 0, 0);
    }

    public static DeviceFault slow(Duration delay) {
        return new DeviceFault(Kind.SLOW, delay, 0, 0);
    }

    public static DeviceFault illegalAddress(int firstAddress, int count) {
        return new DeviceFault(Kind.EXCEPTION, Duration.ZERO, firstAddress, count);
    }

    boolean rejects(int offset, int count) {
        return kind == Kind.EXCEPTION && offset < firstAddress + addressCount && firstAddress < offset + count;
    }
}
