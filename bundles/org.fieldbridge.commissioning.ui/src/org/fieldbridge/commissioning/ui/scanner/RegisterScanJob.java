/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.ui.scanner;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.fieldbridge.commissioning.CommissioningModel;
import org.fieldbridge.commissioning.Controller;
import org.fieldbridge.commissioning.MappedValue;
import org.fieldbridge.commissioning.connect.ModbusLink;
import org.fieldbridge.commissioning.scan.Expectation;
import org.fieldbridge.commissioning.scan.RegisterScan;
import org.fieldbridge.commissioning.scan.ScanResult;
import org.fieldbridge.commissioning.ui.session.CommissioningSession;
import org.fieldbridge.dsl.modbus.RegisterAddress;
import org.fieldbridge.runtime.modbus.ModbusProbe;
import org.fieldbridge.runtime.register.RegisterArea;

/**
 * Scans in a Job as {@code fieldbridge scan} does: the address read with the language's parser, the signal's
 * mapping (named, else the one at the address) for the expectation, the HMI's value on top.
 */
final class RegisterScanJob extends Job {

    /** The family of scan Jobs, for waiting on them (tests). */
    static final Object FAMILY = RegisterScanJob.class;

    private final CommissioningSession session;
    private final ScanRequest request;
    private final Consumer<ScanOutcome> done;

    RegisterScanJob(CommissioningSession session, ScanRequest request, Consumer<ScanOutcome> done) {
        super("Scanning " + request.connection() + " " + request.spelledAddress());
        this.session = session;
        this.request = request;
        this.done = done;
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        ScanOutcome outcome;
        IStatus status = Status.OK_STATUS;
        try {
            outcome = scan();
        } catch (IllegalArgumentException e) {
            outcome = new ScanOutcome(null, null, e.getMessage());
        } catch (ModbusProbe.Failure | RegisterScan.Refused e) {
            outcome = new ScanOutcome(null, null, request.connection() + " " + request.spelledAddress() + ": "
                    + e.getMessage());
        } catch (Exception | LinkageError e) {
            // the view must hear back whatever happened, or it waits for ever
            outcome = new ScanOutcome(null, null, "The scan failed unexpectedly; the error log has the details.");
            status = Status.error("Scanning " + request.connection() + " " + request.spelledAddress() + " failed", e);
        }
        done.accept(outcome);
        return status;
    }

    private ScanOutcome scan() throws Exception {
        CommissioningModel model = session.model().orElseThrow(() -> new IllegalArgumentException(
                "nothing is commissioned yet: open the .twin file in the Connections view"));
        Controller.Modbus modbus = model.controller(request.connection()).filter(Controller.Modbus.class::isInstance)
                .map(Controller.Modbus.class::cast).orElseThrow(() -> new IllegalArgumentException(
                        "there is no Modbus connection " + request.connection()));
        RegisterAddress where = CommissioningSession.commissioning().address(request.spelledAddress(), model,
                request.connection());
        int unit = request.unitId() != null ? request.unitId() : modbus.unitId();
        RegisterArea area = RegisterArea.valueOf(where.table().table().name());
        MappedValue mapping = mapping(model, area, (int) where.offset(), unit);
        Expectation expectation = mapping == null ? Expectation.NONE : Expectation.of(mapping);
        if (!request.expected().isBlank()) {
            try {
                expectation = expectation.expecting(Double.parseDouble(request.expected().strip().replace(',', '.')));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + request.expected() + "' is not a number; type the value the"
                        + " HMI shows, e.g. 21.3");
            }
        }
        Expectation expecting = expectation;
        ScanResult result = session.withModbus(request.connection(), (ModbusLink link) -> RegisterScan.scan(link, unit,
                area, (int) where.offset(), request.count(), expecting));
        String summary = request.connection() + " " + where.canonical() + " (" + where.modicon() + "), unit " + unit
                + ": " + result.rawText() + " (round trip " + result.roundTrip().toMillis() + " ms)"
                + (mapping == null ? "; no mapping reads this address" : "; expecting " + mapping.signal()
                        + (mapping.rangeText().isEmpty() ? "" : " " + mapping.rangeText()) + ", mapped at "
                        + mapping.origin());
        return new ScanOutcome(result, mapping, summary);
    }

    /** The mapping of the signal field, or else the mapping at the address; null if none. */
    private MappedValue mapping(CommissioningModel model, RegisterArea area, int offset, int unit) {
        if (!request.signal().isBlank()) {
            List<MappedValue> named = model.mappingsNamed(request.signal().strip()).stream()
                    .filter(MappedValue::isModbus).toList();
            if (named.size() != 1) {
                throw new IllegalArgumentException(named.isEmpty() ? "no Modbus mapping reads a signal "
                        + request.signal() : request.signal() + " names several signals; write more of its name");
            }
            return named.get(0);
        }
        return model.mappings().stream().filter(m -> m.isModbus() && m.connection().equals(request.connection())
                && m.address().area() == area && m.address().offset() == offset && m.address().unitId() == unit)
                .findFirst().orElse(null);
    }
}
