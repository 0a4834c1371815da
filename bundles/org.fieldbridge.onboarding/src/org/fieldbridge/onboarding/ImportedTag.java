/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.onboarding;

import java.util.List;
import java.util.Objects;

/**
 * One tag of a tag export or a browsed server, in neutral terms: every reader produces these, the suggestions and
 * the writers read only these.
 *
 * @param name the tag's name in its source ({@code Temp_Sensor_7B}); kept as the HMI label of the mapping
 * @param source where the value comes from
 * @param type the value type ({@link TagType#UNKNOWN} when the export does not say)
 * @param bit the bit number for {@link TagType#BIT}, the registers of a {@link TagType#STRING}; else -1
 * @param byteOrder {@code big}, {@code little} or null (the connection's)
 * @param wordOrder {@code big}, {@code little} or null (the connection's)
 * @param scale raw to engineering factor, null for none
 * @param offset added after scaling, null for none
 * @param unit the unit as written in the export ({@code °C}, {@code degC}, {@code DEG C}); empty when none
 * @param description the export's description or comment; empty when none
 * @param low the low end of the engineering range, NaN when none
 * @param high the high end of the engineering range, NaN when none
 * @param hmiTag the HMI tag name when the export has one besides {@code name}; empty otherwise
 * @param groups structure the source gives (OPC UA objects, tag groups, program scope), outermost first
 * @param connection the source's name for the controller ({@code PLC4}, an InTouch access name); empty for the
 *        default
 * @param origin where the tag was read, {@code file:line} or the NodeId
 * @param notes what the reader could not carry over (square-root scaling, BCD, an assumed NodeId), for review
 */
public record ImportedTag(String name, TagSource source, TagType type, int bit, String byteOrder, String wordOrder,
        Double scale, Double offset, String unit, String description, double low, double high, String hmiTag,
        List<String> groups, String connection, String origin, List<String> notes) {

    public ImportedTag {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(type, "type");
        unit = unit == null ? "" : unit.strip();
        description = description == null ? "" : description.strip();
        hmiTag = hmiTag == null ? "" : hmiTag.strip();
        groups = List.copyOf(groups);
        connection = connection == null ? "" : connection.strip();
        notes = List.copyOf(notes);
    }

    /** @return whether the export gives an engineering range */
    public boolean hasRange() {
        return !Double.isNaN(low) && !Double.isNaN(high) && low < high;
    }

    /** @return the label kept on the mapping: the tag's original name */
    public String label() {
        return name;
    }

    /**
     * A builder, because readers fill what their format has and leave the rest.
     *
     * @param name the tag's name
     * @param origin where it was read
     * @return a builder
     */
    public static Builder builder(String name, String origin) {
        return new Builder(name, origin);
    }

    /** Collects a tag's facts as a reader finds them. */
    public static final class Builder {
        private final String name;
        private final String origin;
        private TagSource source = new TagSource.Unreadable("no address");
        private TagType type = TagType.UNKNOWN;
        private int bit = -1;
        private String byteOrder;
        private String wordOrder;
        private Double scale;
        private Double offset;
        private String unit = "";
        private String description = "";
        private double low = Double.NaN;
        private double high = Double.NaN;
        private String hmiTag = "";
        private List<String> groups = List.of();
        private String connection = "";
        private final List<String> notes = new java.util.ArrayList<>();

        Builder(String name, String origin) {
            this.name = name;
            this.origin = origin;
        }

        public Builder source(TagSource value) { source = value; return this; }
        public Builder type(TagType value) { type = value; return this; }
        public Builder bit(int value) { bit = value; return this; }
        public Builder byteOrder(String value) { byteOrder = value; return this; }
        public Builder wordOrder(String value) { wordOrder = value; return this; }
        public Builder scale(Double value) { scale = value; return this; }
        public Builder offset(Double value) { offset = value; return this; }
        public Builder unit(String value) { unit = value; return this; }
        public Builder description(String value) { description = value; return this; }
        public Builder range(double lowEnd, double highEnd) { low = lowEnd; high = highEnd; return this; }
        public Builder hmiTag(String value) { hmiTag = value; return this; }
        public Builder groups(List<String> value) { groups = value; return this; }
        public Builder connection(String value) { connection = value; return this; }
        public Builder note(String value) { notes.add(value); return this; }

        /** @return the tag */
        public ImportedTag build() {
            return new ImportedTag(name, source, type, bit, byteOrder, wordOrder, scale, offset, unit, description,
                    low, high, hmiTag, groups, connection, origin, notes);
        }
    }
}
