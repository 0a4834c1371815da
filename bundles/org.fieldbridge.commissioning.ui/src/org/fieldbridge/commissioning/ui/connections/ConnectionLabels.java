/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.ui.connections;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.fieldbridge.commissioning.Controller;
import org.fieldbridge.commissioning.connect.LinkState;
import org.fieldbridge.commissioning.connect.LinkStatus;

/** The words of a connection's row: kind, where, state, round trip, last error with its time. */
final class ConnectionLabels {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    private static final List<String> POLICIES = List.of("Basic128Rsa15", "Basic256", "Basic256Sha256",
            "Aes128_Sha256_RsaOaep", "Aes256_Sha256_RsaPss");

    private ConnectionLabels() {
    }

    static String kind(Controller controller) {
        return controller instanceof Controller.Modbus ? "Modbus TCP" : "OPC UA";
    }

    /** Where it is, and for OPC UA the security and identity it is opened with (never a secret). */
    static String where(Controller controller) {
        if (controller instanceof Controller.OpcUa opcua) {
            String security = "NONE".equalsIgnoreCase(opcua.policy()) ? "no security"
                    : policy(opcua.policy()) + ", " + opcua.mode().toLowerCase(Locale.ROOT).replace('_', ' ');
            return opcua.endpoint() + " (" + security + (opcua.user() == null ? ", anonymous" : ", user " + opcua.user())
                    + ")";
        }
        return controller.where();
    }

    /** The policy as the .twin file spells it ({@code Basic256Sha256}), not as the runtime's enum names it. */
    private static String policy(String name) {
        String key = name.replace("_", "").toLowerCase(Locale.ROOT);
        for (String spelled : POLICIES) {
            if (spelled.replace("_", "").toLowerCase(Locale.ROOT).equals(key)) {
                return spelled;
            }
        }
        return name;
    }

    static StateIcons.Look look(LinkStatus status, boolean connecting) {
        if (connecting) {
            return StateIcons.Look.BUSY;
        }
        return switch (status.state()) {
            case CONNECTED -> StateIcons.Look.CONNECTED;
            case FAILED -> StateIcons.Look.FAILED;
            case DISCONNECTED -> StateIcons.Look.DISCONNECTED;
        };
    }

    static String state(LinkStatus status, boolean connecting) {
        return connecting ? "connecting\u2026" : status.state().name().toLowerCase(Locale.ROOT);
    }

    static String roundTrip(LinkStatus status) {
        // a round trip from before a failure or a disconnect would suggest the controller answers now
        if (status.state() != LinkState.CONNECTED || status.roundTrip().isZero()) {
            return "";
        }
        return status.roundTrip().toMillis() + " ms";
    }

    static String lastError(LinkStatus status) {
        if (status.lastError() == null) {
            return "";
        }
        return status.lastError() + (status.lastErrorAt() == null ? "" : " (at " + TIME.format(status.lastErrorAt()) + ")");
    }
}
