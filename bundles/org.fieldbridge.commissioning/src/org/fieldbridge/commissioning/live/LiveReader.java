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
import org.fieldbridge.commissioning.connect.ModbusLink;
import org.fieldbridge.commissioning.scan.DecodingRanking;
import org.fieldbridge.commissioning.scan.Decodings;
import org.fieldbridge.commissioning.scan.Expectation;
import org.fieldbridge.commissioning.scan.RankedDecoding;
import org.fieldbridge.runtime.Quality;
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
    private final Map<String, ModbusLink> links = new LinkedHashMap<>();

    /** @param clock the clock ages are measured with */
    public LiveReader(Clock clock) {
        this.clock = clock;
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
            } else {
                Instant now = clock.instant();
                for (MappedValue m : mapped) {
                    values.put(m, new LiveValue(m, null, new int[0], new Sample(null, Quality.BAD_NOT_CONNECTED
                            .withDetail("OPC UA values are not read by this command yet"), now, now), Duration.ZERO,
                            Optional.empty()));
                }
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

    private List<LiveValue> readModbus(ModbusLink link, List<MappedValue> mapped) {
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
    }
}
