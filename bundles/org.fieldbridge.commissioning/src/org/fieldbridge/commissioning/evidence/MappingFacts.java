/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.evidence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import org.fieldbridge.core.endpoint.OpcUaUrl;
import org.fieldbridge.dsl.modbus.RegisterAddress;
import org.fieldbridge.dsl.modbus.RegisterLayout;
import org.fieldbridge.dsl.semantics.ConnectionEndpoints;
import org.fieldbridge.dsl.semantics.ConnectionSettings;
import org.fieldbridge.dsl.semantics.Mappings;
import org.fieldbridge.dsl.twin.Connection;
import org.fieldbridge.dsl.twin.DataType;
import org.fieldbridge.dsl.twin.DeadbandOption;
import org.fieldbridge.dsl.twin.Mapping;
import org.fieldbridge.dsl.twin.ModbusConnection;
import org.fieldbridge.dsl.twin.NodeId;
import org.fieldbridge.dsl.twin.OffsetOption;
import org.fieldbridge.dsl.twin.OpcUaConnection;
import org.fieldbridge.dsl.twin.ScaleOption;
import org.fieldbridge.dsl.twin.UnitOption;
import org.fieldbridge.dsl.twin.ValidOption;
import org.fieldbridge.dsl.units.UnitSymbols;
import org.fieldbridge.model.plant.Signal;
import org.fieldbridge.model.plant.ValueRange;
import org.fieldbridge.model.plant.naming.QualifiedNames;

/**
 * The resolved facts of one {@code map} statement that decide what is read — where (the connection's endpoint as
 * resolved from the plant, unit id, canonical address or NodeId), how it is decoded (data type, byte and word
 * order) and conditioned (scale, offset, unit, valid range, deadband, the plant signal's unit and data type) —
 * and the hash over them that verification evidence is tied to.
 *
 * <p>Facts are read from the language's resolved semantics ({@link Mappings}, {@link ConnectionSettings},
 * {@link ConnectionEndpoints}), never from the text: respelling a mapping ({@code holding 40021} as
 * {@code 4x0021}, {@code unit degC} as {@code unit CEL}, {@code scale 0.10}) keeps its hash; anything that
 * changes the value read changes it. Labels (the HMI tag), poll periods and comments do not count. Word order
 * counts only for values spanning several registers.</p>
 *
 * @param identity  the connection and plant signal
 * @param facts     the facts as {@code name -> value}, in a fixed order (the hashed text, one {@code name=value}
 *                  per line)
 */
public record MappingFacts(MappingIdentity identity, Map<String, String> facts) {

    /** Version of the hashed text; a new version would invalidate every record, so change it only deliberately. */
    public static final String HASH_FORMAT = "fieldbridge-mapping/1";

    public MappingFacts {
        facts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(facts));
    }

    /**
     * Reads the facts of a mapping whose connection and signal resolved.
     *
     * @param mapping a mapping of a linked .twin model
     * @return its facts, or {@code null} when its connection or signal does not resolve (a checker error)
     */
    public static MappingFacts of(Mapping mapping) {
        Connection connection = mapping.getConnection();
        Signal signal = mapping.getSignal();
        if (connection == null || connection.eIsProxy() || signal == null || signal.eIsProxy()) {
            return null;
        }
        Map<String, String> facts = new LinkedHashMap<>();
        if (connection instanceof ModbusConnection modbus) {
            ConnectionEndpoints.ModbusTarget target = ConnectionEndpoints.target(modbus);
            facts.put("protocol", "modbus-tcp");
            facts.put("endpoint", target == null ? "" : target.address().toString());
            facts.put("unit-id", Integer.toString(ConnectionEndpoints.unitId(modbus)));
            RegisterAddress address = Mappings.address(mapping);
            DataType type = Mappings.dataType(mapping);
            facts.put("address", address == null ? "" : address.canonical());
            facts.put("type", type == null ? "" : RegisterLayout.spell(type));
            if (address != null && !address.table().holdsBits()) {
                facts.put("byte-order", ConnectionSettings.byteOrder(mapping).getLiteral());
                if (RegisterLayout.size(type) > 1) {
                    facts.put("word-order", ConnectionSettings.wordOrder(mapping).getLiteral());
                }
            }
        } else if (connection instanceof OpcUaConnection opcua) {
            OpcUaUrl url = ConnectionEndpoints.url(opcua);
            facts.put("protocol", "opcua");
            facts.put("endpoint", url == null ? "" : url.toString());
            facts.put("node", mapping.getSource() instanceof NodeId node ? node.getNodeId() : "");
            DataType type = mapping.getDataType();
            facts.put("type", type == null ? "" : RegisterLayout.spell(type));
        }
        conditioning(mapping, signal, facts);
        return new MappingFacts(new MappingIdentity(connection.getName(), QualifiedNames.of(signal)), facts);
    }

    private static void conditioning(Mapping mapping, Signal signal, Map<String, String> facts) {
        ScaleOption scale = ConnectionSettings.option(mapping.getOptions(), ScaleOption.class);
        OffsetOption offset = ConnectionSettings.option(mapping.getOptions(), OffsetOption.class);
        UnitOption unit = ConnectionSettings.option(mapping.getOptions(), UnitOption.class);
        ValidOption valid = ConnectionSettings.option(mapping.getOptions(), ValidOption.class);
        DeadbandOption deadband = ConnectionSettings.option(mapping.getOptions(), DeadbandOption.class);
        facts.put("scale", number(scale == null ? 1 : scale.getFactor()));
        facts.put("offset", number(offset == null ? 0 : offset.getOffset()));
        String unitCode = unit == null ? null : UnitSymbols.commonCode(unit.getUnit());
        facts.put("unit", unit == null ? "" : unitCode != null ? unitCode : unit.getUnit());
        if (valid != null) {
            facts.put("valid", number(valid.getMinimum()) + ".." + number(valid.getMaximum()));
        } else {
            ValueRange range = signal.getValidRange();
            facts.put("valid", range == null ? ".."
                    : (range.isSetMinimum() ? number(range.getMinimum()) : "") + ".."
                            + (range.isSetMaximum() ? number(range.getMaximum()) : ""));
        }
        facts.put("deadband", number(deadband == null ? 0 : deadband.getDeadband()));
        facts.put("signal-unit", signal.getUnit() == null || signal.getUnit().eIsProxy() ? ""
                : String.valueOf(signal.getUnit().getCommonCode()));
        facts.put("signal-type", signal.getDataType() == null ? "" : signal.getDataType().getLiteral());
    }

    /** One spelling per double: {@code 0.1} and {@code 0.10} are the same number, {@code -0.0} is {@code 0}. */
    private static String number(double value) {
        if (value == 0) {
            return "0";
        }
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : Double.toString(value);
    }

    /** @return the hashed text: the format version, then one {@code name=value} line per fact */
    public String canonicalText() {
        StringBuilder text = new StringBuilder(HASH_FORMAT).append('\n');
        text.append("connection=").append(identity.connection()).append('\n');
        text.append("signal=").append(identity.signal()).append('\n');
        facts.forEach((name, value) -> text.append(name).append('=').append(value).append('\n'));
        return text.toString();
    }

    /** @return {@code sha256:} and the first 16 hex digits of the SHA-256 of {@link #canonicalText()} */
    public String hash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonicalText().getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * @param name a fact's name, e.g. {@code address}, {@code type}, {@code word-order}
     * @return its value, or an empty string when the mapping has no such fact
     */
    public String fact(String name) {
        return facts.getOrDefault(name, "");
    }
}
