/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.plant.validation;

import org.eclipse.emf.common.util.Diagnostic;

/**
 * The validation rules of the plant metamodel. Each rule has a stable string id (in the diagnostic's data,
 * after the offending object) and a stable integer code (the diagnostic's code, with source
 * {@link #SOURCE}); tools, tests and the docs refer to rules by them. Never renumber or reuse a code.
 */
public enum PlantRule {
    NAME_MISSING("plant.name.missing", 100, Diagnostic.ERROR),
    NAME_INVALID("plant.name.invalid", 101, Diagnostic.ERROR),
    NAME_DUPLICATE("plant.name.duplicate", 102, Diagnostic.ERROR),
    UNIT_CODE_INVALID("plant.unit.code.invalid", 200, Diagnostic.ERROR),
    UNIT_CODE_UNKNOWN("plant.unit.code.unknown", 201, Diagnostic.ERROR),
    SIGNAL_RANGE_INVALID("plant.signal.range.invalid", 300, Diagnostic.ERROR),
    SIGNAL_SAMPLE_PERIOD_INVALID("plant.signal.samplePeriod.invalid", 301, Diagnostic.ERROR),
    SIGNAL_UNIT_MISSING("plant.signal.unit.missing", 302, Diagnostic.ERROR),
    SIGNAL_UNIT_INCOMPATIBLE("plant.signal.unit.incompatible", 303, Diagnostic.ERROR),
    SIGNAL_INSTRUMENT_QUANTITY("plant.signal.instrument.quantity", 304, Diagnostic.ERROR),
    INSTRUMENT_NOT_CALIBRATED("plant.instrument.calibration.missing", 400, Diagnostic.WARNING),
    CALIBRATION_INCOMPLETE("plant.calibration.incomplete", 401, Diagnostic.ERROR),
    CALIBRATION_NOT_ACCREDITED("plant.calibration.accreditation.missing", 402, Diagnostic.WARNING),
    CALIBRATION_DUE_BEFORE_CALIBRATION("plant.calibration.dueDate.order", 403, Diagnostic.ERROR),
    CALIBRATION_EXPIRED("plant.calibration.expired", 404, Diagnostic.WARNING),
    CALIBRATION_UNCERTAINTY_INVALID("plant.calibration.uncertainty.invalid", 405, Diagnostic.ERROR),
    MODBUS_HOST_MISSING("plant.modbus.host.missing", 500, Diagnostic.ERROR),
    ENDPOINT_PORT_INVALID("plant.endpoint.port.invalid", 501, Diagnostic.ERROR),
    MODBUS_UNIT_ID_INVALID("plant.modbus.unitId.invalid", 502, Diagnostic.ERROR),
    MODBUS_UNIT_ID_BROADCAST("plant.modbus.unitId.broadcast", 503, Diagnostic.WARNING),
    MODBUS_TIMEOUT_INVALID("plant.modbus.timeout.invalid", 504, Diagnostic.ERROR),
    MODBUS_MAX_REGISTERS_INVALID("plant.modbus.maxRegisters.invalid", 505, Diagnostic.ERROR),
    MODBUS_MAX_GAP_INVALID("plant.modbus.maxGap.invalid", 506, Diagnostic.ERROR),
    OPCUA_URL_INVALID("plant.opcua.url.invalid", 600, Diagnostic.ERROR),
    OPCUA_SECURITY_INCONSISTENT("plant.opcua.security.inconsistent", 601, Diagnostic.ERROR),
    OPCUA_USERNAME_MISSING("plant.opcua.username.missing", 602, Diagnostic.ERROR),
    SECRET_REF_MISSING("plant.secret.reference.missing", 700, Diagnostic.ERROR),
    SECRET_REF_LITERAL("plant.secret.reference.literal", 701, Diagnostic.ERROR),
    SECRET_REF_INVALID("plant.secret.reference.invalid", 702, Diagnostic.ERROR);

    /** Diagnostic source of every plant rule; equals the generated PlantValidator's DIAGNOSTIC_SOURCE. */
    public static final String SOURCE = "org.fieldbridge.model.plant";

    private final String id;
    private final int code;
    private final int severity;

    PlantRule(String id, int code, int severity) {
        this.id = id;
        this.code = code;
        this.severity = severity;
    }

    /** @return the stable string id, e.g. {@code plant.calibration.expired} */
    public String id() {
        return id;
    }

    /** @return the stable integer code used as {@link Diagnostic#getCode()} */
    public int code() {
        return code;
    }

    /** @return {@link Diagnostic#ERROR} or {@link Diagnostic#WARNING} */
    public int severity() {
        return severity;
    }

    /**
     * Finds the rule that produced a diagnostic.
     *
     * @param diagnostic any diagnostic
     * @return the rule, or {@code null} if the diagnostic does not come from a plant rule
     */
    public static PlantRule of(Diagnostic diagnostic) {
        if (!SOURCE.equals(diagnostic.getSource())) {
            return null;
        }
        for (PlantRule rule : values()) {
            if (rule.code == diagnostic.getCode()) {
                return rule;
            }
        }
        return null;
    }
}
