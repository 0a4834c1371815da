/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.connect;

import java.time.Clock;
import java.util.Collection;
import java.util.Map;

import org.fieldbridge.commissioning.Controller;
import org.fieldbridge.runtime.modbus.ModbusConnection;
import org.fieldbridge.runtime.modbus.ModbusProbe;
import org.fieldbridge.runtime.register.BlockOutcome;
import org.fieldbridge.runtime.register.PollLimits;
import org.fieldbridge.runtime.register.RegisterArea;
import org.fieldbridge.runtime.register.TagAddress;

/**
 * A commissioning connection to one Modbus controller, through the runtime's own transport ({@link ModbusProbe}):
 * connect, disconnect, read; its {@link #status()} says connected or not, the last round trip and the last error.
 * Writes only through {@link org.fieldbridge.commissioning.write.ControllerWrites}, which checks, confirms and audits
 * them. One caller at a time.
 */
public final class ModbusLink implements AutoCloseable {

    private final Controller.Modbus controller;
    private final ModbusConnection connection;
    private final LinkHealth health;
    private ModbusProbe probe;
    private ModbusProbe.Failure lastFailure;

    /**
     * @param controller the controller, with the settings of its .twin connection
     * @param clock when errors happened
     */
    public ModbusLink(Controller.Modbus controller, Clock clock) {
        this.controller = controller;
        this.health = new LinkHealth(controller, clock);
        this.connection = ModbusConnection.to(controller.host(), controller.port())
                .withTimeouts(controller.connectTimeout(), controller.responseTimeout())
                .withLimits(controller.maxGap() < 0 ? PollLimits.byCost(controller.maxRegisters())
                        : new PollLimits(controller.maxRegisters(), PollLimits.PROTOCOL.maxBits(), controller.maxGap(),
                                controller.maxGap()));
    }

    /** @return the controller */
    public Controller.Modbus controller() {
        return controller;
    }

    /**
     * Connects (again, if connected).
     *
     * @return the status afterwards
     */
    public LinkStatus connect() {
        disconnect();
        try {
            probe = ModbusProbe.connect(connection);
            health.connected(probe.lastRoundTrip());
        } catch (ModbusProbe.Failure e) {
            failed(e);
        }
        return status();
    }

    /** Closes the connection; the last error is kept. */
    public void disconnect() {
        dropProbe();
        health.disconnected();
    }

    /** @return the state, last round trip and last error */
    public LinkStatus status() {
        return health.status();
    }

    /**
     * Reads a raw range (one request), connecting first when needed.
     *
     * @param unitId the unit id
     * @param area the table
     * @param offset the zero-based offset
     * @param count registers or bits, at most one request's worth
     * @return the data or the device's exception response
     * @throws ModbusProbe.Failure when the controller cannot be reached or does not answer
     */
    public BlockOutcome readRange(int unitId, RegisterArea area, int offset, int count) throws ModbusProbe.Failure {
        ModbusProbe open = open();
        try {
            BlockOutcome outcome = open.readRange(unitId, area, offset, count);
            health.answered(open.lastRoundTrip());
            return outcome;
        } catch (ModbusProbe.Failure e) {
            failed(e);
            throw e;
        }
    }

    /**
     * Reads values once as the runtime's poller reads them (same plan, same block isolation, same codec).
     *
     * @param addresses the values
     * @return each with its reading
     * @throws ModbusProbe.Failure when the controller cannot be reached or does not answer
     */
    public Map<TagAddress, ModbusProbe.Reading> readOnce(Collection<TagAddress> addresses) throws ModbusProbe.Failure {
        ModbusProbe open = open();
        try {
            Map<TagAddress, ModbusProbe.Reading> readings = open.readOnce(addresses);
            health.answered(open.lastRoundTrip());
            return readings;
        } catch (ModbusProbe.Failure e) {
            failed(e);
            throw e;
        }
    }

    /**
     * Writes register words or a coil, connecting first when needed. Only
     * {@link org.fieldbridge.commissioning.write.ControllerWrites} calls this: it checks the policy and audits.
     *
     * @param unitId the unit id
     * @param area holding registers or coils
     * @param offset the zero-based offset
     * @param words the words as encoded (a coil: one word, 0 or 1)
     * @return empty when confirmed, else the device's refusal in plant words
     * @throws ModbusProbe.Failure when the controller cannot be reached or does not answer
     */
    public java.util.Optional<String> write(int unitId, RegisterArea area, int offset, int[] words)
            throws ModbusProbe.Failure {
        ModbusProbe open = open();
        try {
            java.util.Optional<String> refused = open.write(unitId, area, offset, words);
            health.answered(open.lastRoundTrip());
            return refused;
        } catch (ModbusProbe.Failure e) {
            failed(e);
            throw e;
        }
    }

    private ModbusProbe open() throws ModbusProbe.Failure {
        if (probe == null || !probe.isOpen()) {
            connect();
            if (probe == null) {
                throw lastFailure;
            }
        }
        return probe;
    }

    private void failed(ModbusProbe.Failure e) {
        dropProbe();
        lastFailure = e;
        health.failed(e.getMessage());
    }

    /** Closes the probe, if any; what it last did stays in {@link #status()}. */
    private void dropProbe() {
        if (probe != null) {
            probe.close();
            probe = null;
        }
    }

    @Override
    public void close() {
        disconnect();
    }
}
