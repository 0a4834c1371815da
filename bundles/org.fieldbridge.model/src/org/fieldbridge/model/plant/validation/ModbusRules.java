/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.plant.validation;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.fieldbridge.core.modbus.ModbusLimits;
import org.fieldbridge.model.plant.ModbusTcpEndpoint;

/**
 * Modbus TCP endpoints, judged against the shared facts of {@link ModbusLimits}. Limits cite the Modbus Application Protocol Specification V1.1b3 and the Modbus
 * Messaging on TCP/IP Implementation Guide V1.0b.
 */
public final class ModbusRules {

    private ModbusRules() {
    }

    /** Invariant {@code ModbusTcpEndpoint.validHost}. */
    public static boolean validHost(ModbusTcpEndpoint endpoint, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        RuleReporter reporter = new RuleReporter(endpoint, diagnostics);
        if (endpoint.getHost() == null || endpoint.getHost().isBlank()) {
            reporter.report(PlantRule.MODBUS_HOST_MISSING, "The " + ElementLabels.describe(endpoint)
                    + " has no host name or IP address");
        }
        return reporter.valid();
    }

    /** Invariant {@code ModbusTcpEndpoint.validPort}. */
    public static boolean validPort(ModbusTcpEndpoint endpoint, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        RuleReporter reporter = new RuleReporter(endpoint, diagnostics);
        if (endpoint.getPort() < 1 || endpoint.getPort() > 65535) {
            reporter.report(PlantRule.ENDPOINT_PORT_INVALID, "The " + ElementLabels.describe(endpoint)
                    + " uses port " + endpoint.getPort() + "; TCP ports are 1..65535 (Modbus uses "
                    + ModbusLimits.DEFAULT_TCP_PORT + ")");
        }
        return reporter.valid();
    }

    /**
     * Invariant {@code ModbusTcpEndpoint.validUnitId}. The unit identifier is one byte (Implementation Guide
     * §3.1.3). 255 (or 1) addresses a device directly; behind a serial gateway it is the slave address 1..247.
     * 0 is the broadcast address: a gateway forwards it to every slave and none answers, so reads time out.
     */
    public static boolean validUnitId(ModbusTcpEndpoint endpoint, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        RuleReporter reporter = new RuleReporter(endpoint, diagnostics);
        int unitId = endpoint.getUnitId();
        if (!ModbusLimits.isUnitId(unitId)) {
            reporter.report(PlantRule.MODBUS_UNIT_ID_INVALID, "The " + ElementLabels.describe(endpoint)
                    + " uses unit id " + unitId + "; the Modbus unit identifier is one byte, 0.."
                    + ModbusLimits.MAX_UNIT_ID);
        } else if (unitId == ModbusLimits.BROADCAST_UNIT_ID) {
            reporter.report(PlantRule.MODBUS_UNIT_ID_BROADCAST, "The " + ElementLabels.describe(endpoint)
                    + " uses unit id 0, the broadcast address: behind a gateway no device answers;"
                    + " use 255 or 1 for a device addressed directly, or the slave address behind a gateway");
        }
        return reporter.valid();
    }

    /** Invariant {@code ModbusTcpEndpoint.validTimeouts}. */
    public static boolean validTimeouts(ModbusTcpEndpoint endpoint, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        RuleReporter reporter = new RuleReporter(endpoint, diagnostics);
        if (endpoint.getConnectTimeoutMs() <= 0) {
            reporter.report(PlantRule.MODBUS_TIMEOUT_INVALID, "The " + ElementLabels.describe(endpoint)
                    + " has a connect timeout of " + endpoint.getConnectTimeoutMs() + " ms; it must be positive");
        }
        if (endpoint.getResponseTimeoutMs() <= 0) {
            reporter.report(PlantRule.MODBUS_TIMEOUT_INVALID, "The " + ElementLabels.describe(endpoint)
                    + " has a response timeout of " + endpoint.getResponseTimeoutMs() + " ms; it must be positive");
        }
        return reporter.valid();
    }

    /** Invariant {@code ModbusTcpEndpoint.validRequestLimits}. */
    public static boolean validRequestLimits(ModbusTcpEndpoint endpoint, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        RuleReporter reporter = new RuleReporter(endpoint, diagnostics);
        int max = endpoint.getMaxRegistersPerRequest();
        if (!ModbusLimits.isRegisterQuantity(max)) {
            reporter.report(PlantRule.MODBUS_MAX_REGISTERS_INVALID, "The " + ElementLabels.describe(endpoint)
                    + " reads up to " + max + " registers per request; Modbus allows 1.."
                    + ModbusLimits.MAX_READ_REGISTERS);
        }
        int gap = endpoint.getMaxRegisterGap();
        if (gap < 0 || (max >= 1 && gap >= max)) {
            reporter.report(PlantRule.MODBUS_MAX_GAP_INVALID, "The " + ElementLabels.describe(endpoint)
                    + " bridges gaps of up to " + gap + " registers; it must be at least 0 and below the "
                    + max + " registers per request");
        }
        return reporter.valid();
    }
}
