/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.validation;

import java.util.regex.Pattern;

import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.EValidatorRegistrar;
import org.fieldbridge.dsl.semantics.ConnectionSettings;
import org.fieldbridge.dsl.semantics.Durations;
import org.fieldbridge.dsl.twin.Mapping;
import org.fieldbridge.dsl.twin.ModbusAddress;
import org.fieldbridge.dsl.twin.ModbusConnection;
import org.fieldbridge.dsl.twin.NodeId;
import org.fieldbridge.dsl.twin.OpcUaConnection;
import org.fieldbridge.dsl.twin.TwinModel;
import org.fieldbridge.dsl.twin.TwinPackage.Literals;
import org.fieldbridge.dsl.twin.UnitOption;
import org.fieldbridge.dsl.twin.ValidOption;
import org.fieldbridge.model.plant.Signal;

import com.google.inject.Inject;

/** Checks of mappings against their connection and their plant signal. */
public class MappingValidator extends AbstractDeclarativeValidator {

    /** OPC UA Part 6 §5.3.1.10 string forms: [ns=n;|nsu=uri;] then i=, s=, g= or b=. */
    private static final Pattern NODE_ID = Pattern.compile(
            "(ns=(\\d{1,5});|nsu=[^;]+;)?(i=(\\d{1,10})|s=.+|g=[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-"
                    + "[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}|b=[A-Za-z0-9+/]+={0,2})",
            Pattern.DOTALL);
    private static final long MAX_UINT32 = 0xFFFF_FFFFL;
    private static final int MAX_NAMESPACE = 65535;

    @Inject
    private UnitChecks units;

    @Inject
    private CalibrationCheck calibration;

    @Override
    public void register(EValidatorRegistrar registrar) {
        // composed into TwinValidator
    }

    @Check
    public void sourceMatchesProtocol(Mapping mapping) {
        if (mapping.getConnection() instanceof OpcUaConnection opcua && mapping.getSource() instanceof ModbusAddress) {
            error("Connection " + opcua.getName() + " is OPC UA: map a NodeId such as \"ns=2;s=Zone1.Temp\","
                    + " not a register.", Literals.MAPPING__SOURCE, TwinIssueCodes.MAPPING_PROTOCOL);
        } else if (mapping.getConnection() instanceof ModbusConnection modbus && mapping.getSource() instanceof NodeId) {
            error("Connection " + modbus.getName() + " is Modbus TCP: map a register such as 'holding 40007 int16',"
                    + " not a NodeId.", Literals.MAPPING__SOURCE, TwinIssueCodes.MAPPING_PROTOCOL);
        }
    }

    @Check
    public void nodeIdIsStandard(NodeId nodeId) {
        String text = nodeId.getNodeId();
        var matcher = text == null ? null : NODE_ID.matcher(text);
        boolean valid = matcher != null && matcher.matches()
                && (matcher.group(2) == null || Integer.parseInt(matcher.group(2)) <= MAX_NAMESPACE)
                && (matcher.group(4) == null || Long.parseLong(matcher.group(4)) <= MAX_UINT32);
        if (!valid) {
            error("\"" + text + "\" is not an OPC UA NodeId. Use a standard form: \"ns=2;s=Zone1.Temp\","
                    + " \"ns=2;i=1042\", \"ns=2;g=<guid>\", \"ns=2;b=<base64>\" (OPC UA Part 6 §5.3.1.10).",
                    Literals.NODE_ID__NODE_ID, TwinIssueCodes.OPCUA_NODE_ID);
        }
    }

    @Check
    public void oneMappingPerSignal(TwinModel model) {
        MappedSignals mapped = MappedSignals.of(model, getContext());
        for (Mapping mapping : mapped.repeated()) {
            Mapping first = mapped.of(mapping.getSignal()).get(0);
            error(SignalFacts.name(mapping.getSignal()) + " is already mapped on line " + SignalFacts.line(first)
                    + "; a signal takes its value from exactly one source.", mapping,
                    Literals.MAPPING__SIGNAL, TwinIssueCodes.MAPPING_DUPLICATE_SIGNAL);
        }
    }

    @Check
    public void unitFitsSignal(UnitOption option) {
        Mapping mapping = (Mapping) option.eContainer();
        units.check(option.getUnit(), mapping.getSignal(), option, Literals.UNIT_OPTION__UNIT, this);
    }

    @Check
    public void validRangeIsOrdered(ValidOption option) {
        if (option.getMinimum() >= option.getMaximum()) {
            error("The valid range must go from low to high: valid " + SignalFacts.number(option.getMinimum())
                    + " .. " + SignalFacts.number(option.getMaximum()) + " contains no value.",
                    Literals.VALID_OPTION__MAXIMUM, TwinIssueCodes.RANGE_INVERTED);
        }
    }

    @Check
    public void samplingKeepsUpWithSignal(Mapping mapping) {
        Signal signal = mapping.getSignal();
        if (!SignalFacts.resolved(signal) || signal.getSamplePeriodMs() <= 0 || mapping.getConnection() == null
                || mapping.getConnection().eIsProxy()) {
            return;
        }
        long period = ConnectionSettings.periodMillis(mapping.getConnection());
        if (signal.getSamplePeriodMs() < period) {
            String setting = mapping.getConnection() instanceof OpcUaConnection ? "sampling" : "poll";
            error(SignalFacts.name(signal) + " must be sampled every " + Durations.format(signal.getSamplePeriodMs())
                    + " (plant model), but connection " + mapping.getConnection().getName() + " "
                    + (setting.equals("poll") ? "polls" : "samples") + " only every " + Durations.format(period)
                    + ". Set '" + setting + " " + Durations.format(signal.getSamplePeriodMs())
                    + "' on the connection.", Literals.MAPPING__CONNECTION,
                    TwinIssueCodes.SAMPLING_FASTER_THAN_POLL);
        }
    }

    @Check
    public void instrumentIsCalibrated(Mapping mapping) {
        calibration.check(mapping.getSignal(), mapping, Literals.MAPPING__SIGNAL, this);
    }
}
