/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server.internal;

import org.eclipse.milo.opcua.stack.core.StatusCodes;

/** The symbolic name of an OPC UA status code, as the audit trail and the identity decisions write it. */
final class StatusNames {

    private StatusNames() {
    }

    /** @return e.g. {@code Bad_UserAccessDenied}; a code OPC UA does not name as {@code 0x80AB0000} */
    static String of(long code) {
        return StatusCodes.lookup(code).map(names -> names[0]).orElse(String.format("0x%08X", code));
    }
}
