/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.onboarding.write;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.fieldbridge.onboarding.ImportPlan;
import org.fieldbridge.onboarding.ImportedTag;
import org.fieldbridge.onboarding.PlannedController;
import org.fieldbridge.onboarding.PlannedSignal;
import org.fieldbridge.onboarding.ReviewItem;
import org.fieldbridge.onboarding.TagSource;
import org.fieldbridge.onboarding.TagType;
import org.fieldbridge.onboarding.TwinStrings;
import org.fieldbridge.onboarding.suggest.SignalSuggestion;

/**
 * The .twin text of an import, in the formatter's layout (one statement a line, {@code { a, b }} option blocks,
 * four-space indented connection settings): new connections, one mapping per signal with the suggestion as a
 * comment above it ({@code // review:} where the engineer must decide), and the tags that were not mapped.
 */
public final class TwinText {

    private final String linePrefix;

    /** @param linePrefix the qualified name of the line the signals are on, with a trailing dot */
    public TwinText(String linePrefix) {
        this.linePrefix = linePrefix;
    }

    /**
     * @param plan what the import adds
     * @param skipConnections connections the file already declares
     * @param references how to name signals
     * @return the statements, each line ending with a line break
     */
    public String statements(ImportPlan plan, Set<String> skipConnections, SignalReferences references) {
        StringBuilder text = new StringBuilder();
        for (PlannedController controller : plan.controllers()) {
            if (!skipConnections.contains(controller.name())) {
                text.append('\n').append(connection(controller));
            }
        }
        text.append('\n');
        for (PlannedSignal signal : plan.signals()) {
            comment(text, signal.suggestion());
            text.append(mapping(signal, references)).append('\n');
        }
        if (!plan.rejected().isEmpty()) {
            text.append("\n// rejected in the import review, not mapped:\n");
            for (ReviewItem item : plan.rejected()) {
                text.append("// ").append(item.tag()).append(" (").append(item.origin()).append(")\n");
            }
        }
        List<ReviewItem> unmapped = plan.review().stream().filter(item -> !item.mapped()).toList();
        if (!unmapped.isEmpty()) {
            text.append("\n// review: ").append(unmapped.size()).append(unmapped.size() == 1 ? " tag was" : " tags were")
                    .append(" not mapped:\n");
            for (ReviewItem item : unmapped) {
                text.append("// review: ").append(item.line()).append('\n');
            }
        }
        return text.toString();
    }

    static String connection(PlannedController controller) {
        StringBuilder text = new StringBuilder();
        if (!controller.review().isEmpty()) {
            text.append("// review: ").append(controller.review()).append('\n');
        }
        if (!controller.opcua()) {
            return text.append("connection ").append(controller.name()).append(" modbus tcp {    // ")
                    .append(controller.where()).append(" in the plant\n    poll 1000 ms\n}\n").toString();
        }
        text.append("connection ").append(controller.name()).append(" opcua {    // ").append(controller.endpointUrl())
                .append(" in the plant\n    security ").append(controller.policy()).append(' ')
                .append(controller.mode()).append('\n');
        if (controller.user() != null) {
            text.append("    identity user ").append(TwinStrings.quoted(controller.user())).append(" password secret ")
                    .append(TwinStrings.quoted(controller.passwordRef())).append('\n');
        }
        return text.append("}\n").toString();
    }

    private static void comment(StringBuilder text, SignalSuggestion s) {
        text.append("// ").append(s.equipment()).append('.').append(s.signal()).append(": ").append(s.quantity());
        if (!s.unitSpelling().isEmpty()) {
            text.append(" in ").append(s.unitSpelling().replace("\"", ""));
        }
        text.append(", ").append(s.kind()).append(", ").append(s.confidence().word()).append(" confidence: ")
                .append(String.join("; ", s.reasons()));
        if (!s.tag().hmiTag().isEmpty() && !s.tag().hmiTag().equals(s.tag().name())) {
            text.append("; HMI tag ").append(s.tag().hmiTag());
        }
        text.append('\n');
        for (String item : s.review()) {
            text.append("// review: ").append(item).append('\n');
        }
        if (s.review().isEmpty() && s.confidence().word().equals("low") && !s.edited()) {
            text.append("// review: low confidence, check the names, quantity and unit\n");
        }
    }

    private String mapping(PlannedSignal signal, SignalReferences references) {
        ImportedTag tag = signal.tag();
        SignalSuggestion s = signal.suggestion();
        StringBuilder text = new StringBuilder("map ").append(signal.connection()).append(' ').append(signal.source());
        String type = type(tag);
        if (!type.isEmpty()) {
            text.append(' ').append(type);
        }
        text.append(' ').append(TwinStrings.quoted(tag.label())).append(" -> ")
                .append(references.of(linePrefix + s.equipment() + "." + s.signal()));
        List<String> options = new ArrayList<>();
        if (tag.scale() != null && !s.dataType().equals("boolean")) {
            options.add("scale " + number(tag.scale()));
        }
        if (tag.offset() != null && !s.dataType().equals("boolean")) {
            options.add("offset " + number(tag.offset()));
        }
        if (!s.unitSpelling().isEmpty()) {
            options.add("unit " + s.unitSpelling());
        }
        if (tag.source() instanceof TagSource.Modbus && tag.byteOrder() != null) {
            options.add("byte order " + tag.byteOrder());
        }
        if (tag.source() instanceof TagSource.Modbus && tag.wordOrder() != null && registers(tag.type()) > 1) {
            options.add("word order " + tag.wordOrder());
        }
        if (!options.isEmpty()) {
            text.append(" { ").append(String.join(", ", options)).append(" }");
        }
        return text.toString();
    }

    private static int registers(TagType type) {
        return switch (type) {
            case INT32, UINT32, FLOAT32 -> 2;
            case INT64, FLOAT64 -> 4;
            default -> 1;
        };
    }

    /** The mapping's data type: only Modbus mappings carry one; coils and discrete inputs are bool already. */
    private static String type(ImportedTag tag) {
        if (!(tag.source() instanceof TagSource.Modbus modbus)) {
            return "";
        }
        if (modbus.address().table().holdsBits()) {
            return "";
        }
        return switch (tag.type()) {
            case BIT -> "bit " + tag.bit();
            case STRING -> "string(" + Math.max(1, tag.bit()) + ")";
            case UNKNOWN -> "int16";
            default -> tag.type().keyword();
        };
    }

    /** A number as the language writes it: no exponent, no trailing zeros. */
    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return new java.math.BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString()
                .toLowerCase(Locale.ROOT);
    }
}
