/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.write;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fieldbridge.commissioning.CommissioningModel;
import org.fieldbridge.commissioning.Controller;
import org.fieldbridge.commissioning.MappedValue;
import org.fieldbridge.commissioning.connect.ModbusLink;
import org.fieldbridge.commissioning.connect.OpcUaAccess;
import org.fieldbridge.commissioning.connect.OpcUaLink;
import org.fieldbridge.commissioning.evidence.AuditEntry;
import org.fieldbridge.commissioning.evidence.AuditLog;
import org.fieldbridge.commissioning.evidence.CommissionedTwin;
import org.fieldbridge.runtime.Sample;
import org.fieldbridge.runtime.modbus.ModbusProbe;
import org.fieldbridge.runtime.opcua.OpcUaProbe;
import org.fieldbridge.runtime.register.TagAddress;

/**
 * Writes one engineering value through a mapping to its controller, in two steps a person stands between:
 * {@link #prepare} checks the policy and the address, reads the old value and encodes the new one exactly as the
 * mapping reads it ({@link WriteConfirmation}); {@link #write} sends it, reads it back and says how it ended. Every
 * attempt — refused, cancelled, failed, written — is appended to the audit log beside the mapping's .twin file
 * ({@code riverside.audit}) before the call returns: who, when, controller and address, old and new value, the
 * encoded words, the result. No secret is ever part of an entry. One caller at a time.
 */
public final class ControllerWrites implements AutoCloseable {

    /** Nothing was sent: the message says why in plant words; the attempt is in the audit log. */
    public static final class Refused extends Exception {

        private static final long serialVersionUID = 1L;
        private final transient WriteOutcome outcome;

        Refused(WriteOutcome outcome) {
            super(outcome.message());
            this.outcome = outcome;
        }

        /** @return the outcome as audited */
        public WriteOutcome outcome() {
            return outcome;
        }
    }

    private final CommissioningModel model;
    private final WritePolicy policy;
    private final OpcUaAccess opcua;
    private final String who;
    private final Clock clock;
    private final Map<String, ModbusLink> modbusLinks = new LinkedHashMap<>();
    private final Map<String, OpcUaLink> opcuaLinks = new LinkedHashMap<>();

    /**
     * @param model the model (with any overrides applied), loaded from files (the audit log lies beside them)
     * @param policy the connections writes are enabled for
     * @param opcua secrets and certificates for OPC UA controllers
     * @param who the user name recorded in the audit log
     * @param clock when
     */
    public ControllerWrites(CommissioningModel model, WritePolicy policy, OpcUaAccess opcua, String who, Clock clock) {
        this.model = model;
        this.policy = policy;
        this.opcua = opcua;
        this.who = who;
        this.clock = clock;
    }

    /**
     * Reads what a write dialog shows first (the value now, the registers, the node's data type and access); nothing
     * is written or audited: opening a dialog is not an attempt.
     *
     * @param mapping the mapping
     * @return the target; its problem says when nothing can be written there
     */
    public WriteTarget target(MappedValue mapping) {
        Controller controller = model.controller(mapping.connection()).orElseThrow(
                () -> new IllegalArgumentException("no connection " + mapping.connection()));
        if (mapping.isModbus()) {
            if (!WriteEncoding.isWritableTable(mapping)) {
                return new WriteTarget(mapping, "-", new int[0], "", mapping.written() + " is read-only: Modbus"
                        + " writes only holding registers and coils");
            }
            ModbusLink link = modbusLinks.computeIfAbsent(controller.name(),
                    n -> new ModbusLink((Controller.Modbus) controller, clock));
            try {
                ModbusProbe.Reading reading = link.readOnce(List.of(mapping.address())).get(mapping.address());
                if (!reading.quality().isGood()) {
                    return new WriteTarget(mapping, "-", new int[0], "", "reads " + reading.quality());
                }
                return new WriteTarget(mapping, WriteEncoding.valueText(mapping.conditioning().apply(new Sample(reading.raw(),
                        reading.quality(), reading.at(), reading.at())).value()), reading.words(), "", "");
            } catch (ModbusProbe.Failure e) {
                return new WriteTarget(mapping, "-", new int[0], "", controller.name() + " " + controller.where()
                        + ": " + e.getMessage());
            }
        }
        OpcUaLink link = opcuaLinks.computeIfAbsent(controller.name(),
                n -> new OpcUaLink((Controller.OpcUa) controller, opcua, clock));
        try {
            OpcUaProbe.WritableNode node = link.writableNode(mapping.nodeId());
            String old = node.value().quality().isGood()
                    ? WriteEncoding.valueText(mapping.conditioning().apply(node.value()).value()) : "-";
            return new WriteTarget(mapping, old, new int[0], node.dataType(), node.writable() ? ""
                    : mapping.nodeId() + " is read-only for " + (((Controller.OpcUa) controller).user() == null
                            ? "an anonymous session" : "user " + ((Controller.OpcUa) controller).user()));
        } catch (OpcUaLink.Failure e) {
            return new WriteTarget(mapping, "-", new int[0], "", controller.name() + " " + controller.where() + ": "
                    + e.getMessage());
        }
    }

    /** @return whether the policy enables writes to the mapping's connection */
    public boolean allows(MappedValue mapping) {
        return policy.allows(mapping.connection());
    }

    /**
     * Checks and encodes a write, reading the old value; nothing is written.
     *
     * @param mapping the mapping to write through
     * @param value the engineering value as typed, in the signal's unit
     * @return what the person confirms
     * @throws Refused when it must not or cannot be written (audited)
     * @throws IOException when the audit log cannot be written (then nothing is written either)
     */
    public WriteConfirmation prepare(MappedValue mapping, String value) throws Refused, IOException {
        Controller controller = model.controller(mapping.connection()).orElseThrow(
                () -> new IllegalArgumentException("no connection " + mapping.connection()));
        if (!policy.allows(mapping.connection())) {
            throw refused(mapping, value, "writing to " + mapping.connection() + " is not enabled (reading is the"
                    + " default; enable writes for this connection first)");
        }
        if (mapping.isModbus() && !WriteEncoding.isWritableTable(mapping)) {
            throw refused(mapping, value, mapping.written() + " is " + (mapping.address().area().isBits()
                    ? "a discrete input" : "an input register") + ": Modbus cannot write it (only holding"
                    + " registers and coils are written)");
        }
        return mapping.isModbus() ? prepareModbus(mapping, (Controller.Modbus) controller, value)
                : prepareOpcUa(mapping, (Controller.OpcUa) controller, value);
    }

    private WriteConfirmation prepareModbus(MappedValue mapping, Controller.Modbus controller, String value)
            throws Refused, IOException {
        ModbusLink link = modbusLinks.computeIfAbsent(controller.name(), n -> new ModbusLink(controller, clock));
        TagAddress address = mapping.address();
        String old = "-";
        int[] current = new int[0];
        try {
            ModbusProbe.Reading reading = link.readOnce(List.of(address)).get(address);
            if (reading.quality().isGood()) {
                current = reading.words();
                old = WriteEncoding.valueText(mapping.conditioning().apply(new Sample(reading.raw(), reading.quality(),
                        reading.at(), reading.at())).value());
            }
        } catch (ModbusProbe.Failure e) {
            throw failedBefore(mapping, value, controller.name() + " " + controller.where() + ": " + e.getMessage());
        }
        WriteEncoding.Encoded encoded;
        try {
            encoded = WriteEncoding.modbus(mapping, value, current);
        } catch (IllegalArgumentException e) {
            throw refused(mapping, value, e.getMessage());
        }
        boolean coil = address.area().isBits();
        return new WriteConfirmation(mapping, controller.name(), controller.where(), mapping.canonical(),
                WriteEncoding.modicon(mapping), old, encoded.newValue(), mapping.unit(), encoded.dataType(),
                encoded.raw(), coil ? new int[0] : encoded.words());
    }

    private WriteConfirmation prepareOpcUa(MappedValue mapping, Controller.OpcUa controller, String value)
            throws Refused, IOException {
        OpcUaLink link = opcuaLinks.computeIfAbsent(controller.name(), n -> new OpcUaLink(controller, opcua, clock));
        OpcUaProbe.WritableNode node;
        try {
            node = link.writableNode(mapping.nodeId());
        } catch (OpcUaLink.Failure e) {
            throw failedBefore(mapping, value, controller.name() + " " + controller.where() + ": " + e.getMessage());
        }
        if (!node.writable()) {
            throw refused(mapping, value, mapping.nodeId() + " is read-only for "
                    + (controller.user() == null ? "an anonymous session" : "user " + controller.user())
                    + " (the server does not grant write access)");
        }
        WriteEncoding.Encoded encoded;
        try {
            encoded = WriteEncoding.opcua(mapping, value, node.dataType());
        } catch (IllegalArgumentException e) {
            throw refused(mapping, value, e.getMessage());
        }
        String old = node.value().quality().isGood()
                ? WriteEncoding.valueText(mapping.conditioning().apply(node.value()).value()) : "-";
        return new WriteConfirmation(mapping, controller.name(), controller.where(), mapping.nodeId(), "", old,
                encoded.newValue(), mapping.unit(), encoded.dataType(), encoded.raw(), new int[0]);
    }

    /**
     * Sends a confirmed write, then reads the value back.
     *
     * @param confirmation what the person confirmed
     * @return how it ended (audited): written with what reads back, refused by the policy, or failed
     * @throws IOException when the audit log cannot be written; the value may have been written then
     */
    public WriteOutcome write(WriteConfirmation confirmation) throws IOException {
        MappedValue mapping = confirmation.mapping();
        if (!policy.allows(mapping.connection())) { // the person may have switched writes off meanwhile
            return audit(new WriteOutcome(WriteOutcome.Result.REFUSED, "writing to " + mapping.connection()
                    + " is not enabled", Optional.of(confirmation)));
        }
        try {
            Optional<String> refusal = mapping.isModbus() ? sendModbus(confirmation) : sendOpcUa(confirmation);
            if (refusal.isPresent()) {
                return audit(new WriteOutcome(WriteOutcome.Result.FAILED, confirmation.controller()
                        + " refused the write: " + refusal.get(), Optional.of(confirmation)));
            }
        } catch (ModbusProbe.Failure | OpcUaLink.Failure e) {
            return audit(new WriteOutcome(WriteOutcome.Result.FAILED, confirmation.controller() + " "
                    + confirmation.where() + ": " + e.getMessage(), Optional.of(confirmation)));
        } catch (IllegalArgumentException e) {
            return audit(new WriteOutcome(WriteOutcome.Result.REFUSED, e.getMessage(), Optional.of(confirmation)));
        }
        return audit(new WriteOutcome(WriteOutcome.Result.WRITTEN, readBack(confirmation), Optional.of(confirmation)));
    }

    /**
     * Records that the person did not confirm the write.
     *
     * @param confirmation what was shown
     * @return the cancelled outcome
     * @throws IOException when the audit log cannot be written
     */
    public WriteOutcome cancel(WriteConfirmation confirmation) throws IOException {
        return audit(new WriteOutcome(WriteOutcome.Result.CANCELLED, "not confirmed", Optional.of(confirmation)));
    }

    private Optional<String> sendModbus(WriteConfirmation c) throws ModbusProbe.Failure {
        TagAddress address = c.mapping().address();
        int[] words = address.area().isBits() ? new int[] { Boolean.TRUE.equals(c.raw()) ? 1 : 0 } : c.words();
        return modbusLinks.get(c.controller()).write(address.unitId(), address.area(), address.offset(), words);
    }

    private Optional<String> sendOpcUa(WriteConfirmation c) throws OpcUaLink.Failure {
        String type = c.dataType().contains(",") ? c.dataType().substring(0, c.dataType().indexOf(',')) : c.dataType();
        return opcuaLinks.get(c.controller()).write(c.mapping().nodeId(), type, c.raw());
    }

    /** What the controller holds after the write, in the signal's unit; the write stands either way. */
    private String readBack(WriteConfirmation c) {
        MappedValue mapping = c.mapping();
        try {
            Sample raw;
            if (mapping.isModbus()) {
                ModbusProbe.Reading reading = modbusLinks.get(c.controller()).readOnce(List.of(mapping.address()))
                        .get(mapping.address());
                raw = new Sample(reading.raw(), reading.quality(), reading.at(), reading.at());
            } else {
                raw = opcuaLinks.get(c.controller()).read(List.of(mapping.nodeId())).get(mapping.nodeId());
            }
            Sample value = mapping.conditioning().apply(raw);
            return "reads back " + c.withUnit(WriteEncoding.valueText(value.value()))
                    + (value.quality().isGood() ? "" : " " + value.quality());
        } catch (ModbusProbe.Failure | OpcUaLink.Failure e) {
            return "could not be read back: " + e.getMessage();
        }
    }

    private Refused refused(MappedValue mapping, String value, String why) throws IOException {
        return new Refused(audit(mapping, "write " + withUnit(mapping, value),
                new WriteOutcome(WriteOutcome.Result.REFUSED, why, Optional.empty())));
    }

    private Refused failedBefore(MappedValue mapping, String value, String why) throws IOException {
        return new Refused(audit(mapping, "write " + withUnit(mapping, value),
                new WriteOutcome(WriteOutcome.Result.FAILED, why, Optional.empty())));
    }

    private WriteOutcome audit(WriteOutcome outcome) throws IOException {
        WriteConfirmation c = outcome.confirmation().orElseThrow();
        String what = "write " + c.dataType() + " " + c.withUnit(c.newValue()) + " (old " + c.withUnit(c.oldValue())
                + ")" + (c.words().length == 0 ? "" : " words " + c.wordsText());
        return audit(c.mapping(), what, outcome);
    }

    private WriteOutcome audit(MappedValue mapping, String what, WriteOutcome outcome) throws IOException {
        String address = mapping.isModbus() ? mapping.canonical() + " (" + WriteEncoding.modicon(mapping) + ")"
                : mapping.nodeId();
        auditLog(mapping).append(new AuditEntry(clock.instant(), who, mapping.connection() + " " + address + " -> "
                + mapping.signal(), what, outcome.describe()));
        return outcome;
    }

    /**
     * @param mapping a mapping of the model
     * @return the audit log beside its .twin file
     */
    public AuditLog auditLog(MappedValue mapping) {
        Path twin = model.twinFile(mapping).orElseThrow(() -> new IllegalStateException(
                "the model of " + mapping.origin() + " was not loaded from a file: no audit log to write to"));
        return new AuditLog(CommissionedTwin.auditFile(twin));
    }

    private static String withUnit(MappedValue mapping, String value) {
        return mapping.unit().isEmpty() ? value.strip() : value.strip() + " " + mapping.unit();
    }

    /** Closes every connection opened. */
    @Override
    public void close() {
        modbusLinks.values().forEach(ModbusLink::close);
        opcuaLinks.values().forEach(OpcUaLink::close);
    }
}
