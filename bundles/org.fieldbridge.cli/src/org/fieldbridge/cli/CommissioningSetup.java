/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.cli;

import java.io.PrintStream;
import java.util.Map;
import java.util.Optional;

import org.fieldbridge.commissioning.CommissioningModel;
import org.fieldbridge.commissioning.Controller;
import org.fieldbridge.commissioning.connect.OpcUaAccess;

/**
 * What {@code browse}, {@code read}, {@code scan} and {@code write} share before they talk to a controller: where they print, the
 * environment {@code env:} references are read from, and the set-up steps (load the folder, pick the connection,
 * OPC UA certificates and key store password). Each step prints why it failed, prefixed with the command's name,
 * so every command words the same problem the same way.
 */
final class CommissioningSetup {

    private final String command;
    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> environment;

    /**
     * @param command     the command's name, e.g. {@code browse}
     * @param out         standard output
     * @param err         standard error
     * @param environment what {@code env:} references read
     */
    CommissioningSetup(String command, PrintStream out, PrintStream err, Map<String, String> environment) {
        this.command = command;
        this.out = out;
        this.err = err;
        this.environment = environment;
    }

    /** @return standard output */
    PrintStream out() {
        return out;
    }

    /** @return standard error */
    PrintStream err() {
        return err;
    }

    /** @return the folder loaded as {@code check} loads it, or the exit code when it cannot be used */
    CommissioningInputs.Loaded load(CommissioningInputs inputs) {
        return inputs.load(command, out, err);
    }

    /**
     * @param model     the loaded folder
     * @param name      the connection the user named
     * @param kind      the protocol the command speaks
     * @param kindName  what the user calls it, e.g. {@code OPC UA}
     * @param otherwise what to do with a connection of the other protocol, e.g. {@code scan it (fieldbridge scan)}
     * @return the connection, or empty when there is none of that kind (the connections there are are printed; exit 2)
     */
    <T extends Controller> Optional<T> controller(CommissioningModel model, String name, Class<T> kind,
            String kindName, String otherwise) {
        Controller controller = model.controller(name).orElse(null);
        if (kind.isInstance(controller)) {
            return Optional.of(kind.cast(controller));
        }
        String other = kind == Controller.OpcUa.class ? "a Modbus" : "an OPC UA";
        err.println("fieldbridge " + command + ": " + (controller == null ? "there is no connection " + name
                : name + " is " + other + " connection; " + otherwise) + " (" + kindName + " connections: "
                + String.join(", ", model.controllers().stream().filter(kind::isInstance).map(Controller::name)
                        .toList()) + ")");
        return Optional.empty();
    }

    /** @return the OPC UA access, or empty when an option is wrong (the reason is printed; exit 2) */
    Optional<OpcUaAccess> access(CommissioningInputs inputs, CommissioningInputs.Loaded loaded) {
        try {
            return Optional.of(inputs.access(environment, loaded));
        } catch (IllegalArgumentException e) {
            err.println("fieldbridge " + command + ": " + e.getMessage());
            return Optional.empty();
        }
    }
}
