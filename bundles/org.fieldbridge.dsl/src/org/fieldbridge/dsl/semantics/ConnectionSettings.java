/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.semantics;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.fieldbridge.core.modbus.ModbusLimits;
import org.fieldbridge.dsl.twin.AddressBase;
import org.fieldbridge.dsl.twin.AddressingSetting;
import org.fieldbridge.dsl.twin.ByteOrderSetting;
import org.fieldbridge.dsl.twin.Connection;
import org.fieldbridge.dsl.twin.Endianness;
import org.fieldbridge.dsl.twin.Mapping;
import org.fieldbridge.dsl.twin.MaxGapSetting;
import org.fieldbridge.dsl.twin.MaxRegistersSetting;
import org.fieldbridge.dsl.twin.ModbusConnection;
import org.fieldbridge.dsl.twin.OpcUaConnection;
import org.fieldbridge.dsl.twin.PollSetting;
import org.fieldbridge.dsl.twin.SamplingSetting;
import org.fieldbridge.dsl.twin.WordOrderSetting;

/**
 * The effective settings of connections and mappings, with the documented defaults: Modbus polls every
 * 1000 ms, big-endian bytes and words, one-based register numbers, at most 125 registers per request, gaps
 * chosen by the runtime's measured cost unless {@code max gap} is set; OPC UA samples every 1000 ms. A mapping's byte and word order override its connection's.
 */
public final class ConnectionSettings {

    /** {@link #maxGap} of a connection without {@code max gap}: the runtime bridges the gaps its measured cost says are cheaper than another request. */
    public static final int GAPS_BY_COST = -1;

    /** Default Modbus poll period and OPC UA sampling interval. */
    public static final long DEFAULT_PERIOD_MS = 1000;

    private ConnectionSettings() {
    }

    private static List<? extends EObject> settings(Connection connection) {
        if (connection instanceof ModbusConnection modbus) {
            return modbus.getSettings();
        }
        if (connection instanceof OpcUaConnection opcua) {
            return opcua.getSettings();
        }
        return List.of();
    }

    private static <T> T find(List<? extends EObject> settings, Class<T> type) {
        for (EObject setting : settings) {
            if (type.isInstance(setting)) {
                return type.cast(setting);
            }
        }
        return null;
    }

    /**
     * How often the connection reads its values: Modbus {@code poll}, OPC UA {@code sampling}.
     *
     * @param connection the connection
     * @return the period in milliseconds
     */
    public static long periodMillis(Connection connection) {
        long period = -1;
        if (connection instanceof ModbusConnection) {
            PollSetting poll = find(settings(connection), PollSetting.class);
            period = poll == null ? -1 : Durations.millis(poll.getPeriod());
        } else if (connection instanceof OpcUaConnection) {
            SamplingSetting sampling = find(settings(connection), SamplingSetting.class);
            period = sampling == null ? -1 : Durations.millis(sampling.getPeriod());
        }
        return period < 0 ? DEFAULT_PERIOD_MS : period;
    }

    /**
     * Register numbering of a Modbus connection.
     *
     * @param connection the connection, may be unresolved
     * @return one-based unless the connection says zero-based
     */
    public static AddressBase addressing(Connection connection) {
        AddressingSetting setting = find(settings(connection), AddressingSetting.class);
        return setting == null ? AddressBase.ONE_BASED : setting.getBase();
    }

    /**
     * Most registers one request may read.
     *
     * @param connection the connection
     * @return the {@code max registers} setting or 125
     */
    public static int maxRegisters(Connection connection) {
        MaxRegistersSetting setting = find(settings(connection), MaxRegistersSetting.class);
        return setting == null ? ModbusLimits.MAX_READ_REGISTERS : setting.getCount();
    }

    /**
     * Unused registers a coalesced request may bridge.
     *
     * @param connection the connection
     * @return the {@code max gap} setting, or {@link #GAPS_BY_COST} when the connection has none
     */
    public static int maxGap(Connection connection) {
        MaxGapSetting setting = find(settings(connection), MaxGapSetting.class);
        return setting == null ? GAPS_BY_COST : setting.getCount();
    }

    /**
     * Byte order within each register for a mapping.
     *
     * @param mapping the mapping
     * @return the mapping's override, else the connection's setting, else big-endian
     */
    public static Endianness byteOrder(Mapping mapping) {
        ByteOrderSetting own = find(mapping.getOptions(), ByteOrderSetting.class);
        if (own != null) {
            return own.getOrder();
        }
        ByteOrderSetting shared = find(settings(mapping.getConnection()), ByteOrderSetting.class);
        return shared == null ? Endianness.BIG : shared.getOrder();
    }

    /**
     * Register order of multi-register values for a mapping.
     *
     * @param mapping the mapping
     * @return the mapping's override, else the connection's setting, else big-endian (high word first)
     */
    public static Endianness wordOrder(Mapping mapping) {
        WordOrderSetting own = find(mapping.getOptions(), WordOrderSetting.class);
        if (own != null) {
            return own.getOrder();
        }
        WordOrderSetting shared = find(settings(mapping.getConnection()), WordOrderSetting.class);
        return shared == null ? Endianness.BIG : shared.getOrder();
    }

    /**
     * The first option of a kind in a list of settings or options.
     *
     * @param <T>     the kind
     * @param options the settings or mapping options
     * @param type    the kind
     * @return the first one, or {@code null}
     */
    public static <T> T option(List<? extends EObject> options, Class<T> type) {
        return find(options, type);
    }
}
