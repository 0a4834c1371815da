/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.documentation;

import java.time.Clock;
import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.documentation.IEObjectDocumentationProvider;
import org.fieldbridge.dsl.modbus.RegisterAddress;
import org.fieldbridge.dsl.modbus.RegisterLayout;
import org.fieldbridge.dsl.semantics.ConnectionSettings;
import org.fieldbridge.dsl.semantics.Mappings;
import org.fieldbridge.dsl.twin.DataType;
import org.fieldbridge.dsl.twin.Mapping;
import org.fieldbridge.dsl.twin.ModbusAddress;
import org.fieldbridge.dsl.units.UnitSymbols;
import org.fieldbridge.model.plant.CalibrationRecord;
import org.fieldbridge.model.plant.Instrument;
import org.fieldbridge.model.plant.Signal;
import org.fieldbridge.model.plant.calibration.CalibrationHistory;

import com.google.inject.Inject;

/**
 * Hover text: the canonical form of Modbus addresses with their decoding, and what the plant model says
 * about a referenced signal (quantity, unit, range, instrument and its calibration).
 */
public class TwinDocumentation implements IEObjectDocumentationProvider {

    @Inject
    private Clock clock;

    @Override
    public String getDocumentation(EObject object) {
        if (object instanceof ModbusAddress && object.eContainer() instanceof Mapping mapping) {
            return register(mapping);
        }
        if (object instanceof Mapping mapping && mapping.getSource() instanceof ModbusAddress) {
            return register(mapping);
        }
        if (object instanceof Signal signal) {
            return signal(signal);
        }
        return null;
    }

    private static String register(Mapping mapping) {
        RegisterAddress address = Mappings.address(mapping);
        if (address == null) {
            return null;
        }
        DataType type = Mappings.dataType(mapping);
        StringBuilder text = new StringBuilder(address.canonical()).append(" (Modicon ").append(address.modicon())
                .append(')');
        if (type != null) {
            int size = RegisterLayout.size(type);
            text.append(", ").append(RegisterLayout.spell(type));
            if (!address.table().holdsBits()) {
                text.append(", ").append(size).append(size == 1 ? " register" : " registers")
                        .append(", byte order ").append(ConnectionSettings.byteOrder(mapping).getLiteral());
                if (size > 1) {
                    text.append(", word order ").append(ConnectionSettings.wordOrder(mapping).getLiteral());
                }
            }
        }
        return text.toString();
    }

    private String signal(Signal signal) {
        StringBuilder text = new StringBuilder(signal.qualifiedName());
        if (signal.getQuantity() != null) {
            text.append(": ").append(UnitSymbols.describe(signal.getQuantity())).append(' ')
                    .append(signal.getKind().getLiteral());
        }
        if (signal.getUnit() != null) {
            text.append(" in ").append(UnitSymbols.symbol(signal.getUnit().getCommonCode()));
        }
        if (signal.getValidRange() != null && signal.getValidRange().isSetMinimum()
                && signal.getValidRange().isSetMaximum()) {
            text.append(", valid ").append(signal.getValidRange().getMinimum()).append(" .. ")
                    .append(signal.getValidRange().getMaximum());
        }
        if (signal.getSamplePeriodMs() > 0) {
            text.append(", sampled every ").append(signal.getSamplePeriodMs()).append(" ms");
        }
        Instrument instrument = signal.getInstrument();
        if (instrument != null && !instrument.eIsProxy()) {
            text.append("; instrument ").append(instrument.getName());
            text.append(calibration(instrument, LocalDate.now(clock)));
        }
        return text.toString();
    }

    /** The calibration status with the date that matters: when the valid one is due, or when the last ran out. */
    private static String calibration(Instrument instrument, LocalDate today) {
        CalibrationRecord record = CalibrationHistory.validOn(instrument, today);
        if (record != null) {
            return " (calibrated: certificate " + record.getCertificateId() + ", due " + record.getDueDate() + ")";
        }
        CalibrationRecord latest = instrument.getCalibrations().stream().filter(r -> r.getDueDate() != null)
                .max(java.util.Comparator.comparing(CalibrationRecord::getDueDate)).orElse(null);
        if (latest == null) {
            return " (no calibration record)";
        }
        return " (calibration expired: certificate " + latest.getCertificateId() + " was due on "
                + latest.getDueDate() + ")";
    }
}
