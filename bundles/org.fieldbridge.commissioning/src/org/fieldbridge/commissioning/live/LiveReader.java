/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.live;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fieldbridge.commissioning.CommissioningModel;
import org.fieldbridge.commissioning.Controller;
import org.fieldbridge.commissioning.MappedValue;
import org.fieldbridge.commissioning.connect.LinkStatus;
import org.fieldbridge.commissioning.connect.ModbusLink;
import org.fieldbridge.commissioning.connect.OpcUaAccess;
import org.fieldbridge.commissioning.connect.OpcUaLink;
import org.fieldbridge.commissioning.scan.DecodingRanking;
import org.fieldbridge.commissioning.scan.Decodings;
import org.fieldbridge.commissioning.scan.Expectation;
import org.fieldbridge.commissioning.scan.RankedDecoding;
import org.fieldbridge.runtime.Sample;
import org.fieldbridge.runtime.conditioning.SignalConditioner;
import org.fieldbridge.runtime.modbus.ModbusProbe;
import org.fieldbridge.runtime.register.DataType;
import org.fieldbridge.runtime.register.TagAddress;

/**
 * Reads every mapping of a model once, through the runtime's acquisition (same poll plan, block isolation and
 * codec) and the runtime's conditioning ({@link SignalConditioner}): what this shows is what the runtime will
 * publish. A 32/64-bit value that comes out NaN, implausible or outside its range is scanned: when another
 * byte/word order reads a plausible value inside the range, the fix is proposed.
 */
public final class LiveReader {

    private final Clock clock;
    private final OpcUaAccess opcua;
    private final Map<String, ModbusLink> links = new LinkedHashMap<>();
    private final Map<String, OpcUaLink> opcuaLinks = new LinkedHashMap<>();

    /**
     * OPC UA controllers are read with secrets from this process's environment and the user's commissioning PKI
     * ({@link OpcUaAccess#defaultPki()}).
     *
     * @param clock the clock ages are measured with
     */
    public LiveReader(Clock clock) {
        this(clock, OpcUaAccess.of(System.getenv(), OpcUaAccess.defaultPki()));
    }

    /**
     * @param clock the clock ages are measured with
     * @param opcua secrets and certificates for the OPC UA controllers
     */
    public LiveReader(Clock clock, OpcUaAccess opcua) {
        this.clock = clock;
        this.opcua = opcua;
    }

    /** @return the state, round trip and last error of every connection opened so far, Modbus first */
    public List<LinkStatus> statuses() {
        List<LinkStatus> statuses = new ArrayList<>();
        links.values().forEach(l -> statuses.add(l.status()));
        opcuaLinks.values().forEach(l -> statuses.add(l.status()));
        return statuses;
    }

    /** @return the links opened so far, by connection name (their status: round trip, last error) */
    public Map<String, ModbusLink> links() {
        return links;
    }

    /**
     * @param model the model (with any endpoint overrides applied)
     * @return one value per mapping, in the model's order
     */
    public List<LiveValue> readAll(CommissioningModel model) {
        Map<MappedValue, LiveValue> values = new LinkedHashMap<>();
        for (Controller controller : model.controllers()) {
            List<MappedValue> mapped = model.mappings().stream().filter(m -> m.connection().equals(controller.name()))
                    .toList();
            if (controller instanceof Controller.Modbus modbus) {
                ModbusLink link = links.computeIfAbsent(modbus.name(), n -> new ModbusLink(modbus, clock));
                readModbus(link, mapped).forEach(v -> values.put(v.mapping(), v));
            } else if (controller instanceof Controller.OpcUa server && !mapped.isEmpty()) {
                OpcUaLink link = opcuaLinks.computeIfAbsent(server.name(), n -> new OpcUaLink(server, opcua, clock));
                readOpcUa(link, mapped).forEach(v -> values.put(v.mapping(), v));
            }
        }
        List<LiveValue> ordered = new ArrayList<>();
        for (MappedValue m : model.mappings()) {
            if (values.containsKey(m)) {
                ordered.add(values.get(m));
            }
        }
        return ordered;
    }

    /**
     * Reads mappings of one Modbus connection once over a link the caller keeps (a workbench session's).
     *
     * @param link the link of the mappings' connection
     * @param mapped mappings of that connection
     * @return one value per mapping, in their order; Bad with the reason when the controller cannot be read
     */
    public List<LiveValue> readModbus(ModbusLink link, List<MappedValue> mapped) {
        List<LiveValue> values = new ArrayList<>();
        Map<TagAddress, ModbusProbe.Reading> readings;
        try {
            LinkedHashSet<TagAddress> addresses = new LinkedHashSet<>();
            mapped.forEach(m -> addresses.add(m.address()));
            readings = link.readOnce(addresses);
        } catch (ModbusProbe.Failure e) {
            Instant now = clock.instant();
            for (MappedValue m : mapped) {
                values.add(new LiveValue(m, null, new int[0], new Sample(null, e.quality(), now, now), Duration.ZERO,
                        Optional.empty()));
            }
            return values;
        }
        Instant now = clock.instant();
        for (MappedValue m : mapped) {
            ModbusProbe.Reading reading = readings.get(m.address());
            Sample raw = new Sample(reading.raw(), reading.quality(), reading.at(), reading.at());
            Sample conditioned = new SignalConditioner(m.conditioning()).condition(raw);
            values.add(new LiveValue(m, reading.raw(), reading.words(), conditioned, Duration.between(reading.at(), now),
                    fix(m, reading)));
        }
        return values;
    }

    /**
     * Reads mappings of one OPC UA connection once (Read service) over a link the caller keeps, and conditions each
     * value as the runtime's OPC UA acquisition would.
     *
     * @param link the link of the mappings' connection
     * @param mapped mappings of that connection
     * @return one value per mapping, in their order; Bad with the reason when the server cannot be read
     */
    public List<LiveValue> readOpcUa(OpcUaLink link, List<MappedValue> mapped) {
        List<LiveValue> values = new ArrayList<>();
        Map<String, Sample> samples;
        try {
            samples = link.read(mapped.stream().map(MappedValue::nodeId).distinct().toList());
        } catch (OpcUaLink.Failure e) {
            Instant now = clock.instant();
            for (MappedValue m : mapped) {
                values.add(new LiveValue(m, null, new int[0], new Sample(null, e.quality(), now, now), Duration.ZERO,
                        Optional.empty()));
            }
            return values;
        }
        Instant now = clock.instant();
        for (MappedValue m : mapped) {
            Sample raw = samples.get(m.nodeId());
            Sample conditioned = new SignalConditioner(m.conditioning()).condition(raw);
            Duration age = Duration.between(raw.sourceTimestamp(), now);
            values.add(new LiveValue(m, raw.value(), new int[0], conditioned, age.isNegative() ? Duration.ZERO : age,
                    Optional.empty()));
        }
        return values;
    }

    /** A better order for a multi-register number that reads as NaN, implausible or out of range. */
    static Optional<EncodingFix> fix(MappedValue mapping, ModbusProbe.Reading reading) {
        DataType type = mapping.address().type();
        boolean multiRegister = type.registerCount() > 1 && type.kind() != DataType.Kind.STRING;
        if (!multiRegister || !reading.quality().isGood() || reading.words().length == 0) {
            return Optional.empty();
        }
        List<RankedDecoding> ranked = DecodingRanking.rank(Decodings.of(reading.words()), Expectation.of(mapping));
        RankedDecoding best = ranked.get(0);
        if (best.current() || !best.plausible() || !best.inRange() || !best.decoding().isRunnable()) {
            return Optional.empty();
        }
        RankedDecoding current = ranked.stream().filter(RankedDecoding::current).findFirst().orElse(null);
        if (current != null && current.plausible() && current.inRange()) {
            return Optional.empty(); // the mapping reads a sensible value: nothing to prove it wrong
        }
        return Optional.of(new EncodingFix(best, mapping.origin(), mapping.unit()));
    }

    /** Closes every connection opened. */
    public void close() {
        links.values().forEach(ModbusLink::close);
        opcuaLinks.values().forEach(OpcUaLink::close);
    }
}
