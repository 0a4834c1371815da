/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.register;

/** What a device answered to the read request of one {@link RegisterBlock}. */
public sealed interface BlockOutcome {

    /** A normal response carrying data. */
    sealed interface Data extends BlockOutcome {
    }

    /** @param words the registers read, in address order, each 0..65535 */
    record Registers(int[] words) implements Data {
    }

    /** @param bits the coils or discrete inputs read, in address order */
    record Bits(boolean[] bits) implements Data {
    }

    /** @param code an exception response (§7): the exception code, e.g. 2 for Illegal Data Address */
    record Refused(int code) implements BlockOutcome {

        /** @return the exception as the enum of §7 codes */
        public ExceptionCode exception() {
            return ExceptionCode.of(code);
        }

        /** @return the Bad quality for the values of the refused request, naming the exception */
        public org.fieldbridge.runtime.Quality quality() {
            return exception().quality(code);
        }
    }
}
