/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.onboarding.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.fieldbridge.onboarding.ImportPlan;
import org.fieldbridge.onboarding.PlannedSignal;
import org.fieldbridge.onboarding.ReviewDecisions;
import org.fieldbridge.onboarding.ReviewItem;
import org.fieldbridge.onboarding.TagSource;
import org.fieldbridge.onboarding.TagType;
import org.fieldbridge.onboarding.suggest.Confidence;
import org.fieldbridge.onboarding.suggest.SignalSuggestion;

/**
 * One tag on the review page: a planned signal with what the engineer made of it (accepted, names, quantity,
 * unit), or a tag the importer cannot map (listed, never accepted).
 */
final class ReviewRow {

    private final PlannedSignal signal;
    private final ReviewItem unmapped;
    private boolean accepted;
    private String name;
    private String quantity;
    private String unit;

    private ReviewRow(PlannedSignal signal, ReviewItem unmapped) {
        this.signal = signal;
        this.unmapped = unmapped;
        if (signal != null) {
            SignalSuggestion s = signal.suggestion();
            name = s.equipment() + "." + s.signal();
            quantity = s.quantity();
            unit = s.unitSpelling().replace("\"", "");
            accepted = !s.needsReview();
        } else {
            name = "";
            quantity = "";
            unit = "";
        }
    }

    /**
     * The rows of a plan: tags listed for review first (not mapped, then needing a decision), then the rest, each
     * group in the order of the sources.
     */
    static List<ReviewRow> of(ImportPlan plan) {
        List<ReviewRow> rows = new ArrayList<>();
        for (ReviewItem item : plan.review()) {
            if (!item.mapped()) {
                rows.add(new ReviewRow(null, item));
            }
        }
        for (PlannedSignal signal : plan.signals()) {
            rows.add(new ReviewRow(signal, null));
        }
        rows.sort(Comparator.comparingInt(ReviewRow::group));
        return rows;
    }

    private int group() {
        return signal == null ? 0 : signal.suggestion().needsReview() ? 1 : 2;
    }

    /** @return whether the tag is listed for review (shown first) */
    boolean listedForReview() {
        return group() < 2;
    }

    /** @return whether the importer can map the tag at all */
    boolean mappable() {
        return signal != null;
    }

    String tag() {
        return signal != null ? signal.tag().name() : unmapped.tag();
    }

    String name() {
        return name;
    }

    String quantity() {
        return quantity;
    }

    String unit() {
        return unit;
    }

    boolean accepted() {
        return accepted;
    }

    void accept(boolean value) {
        accepted = value && mappable();
    }

    void name(String value) {
        name = value.strip();
    }

    void quantity(String value) {
        quantity = value;
    }

    void unit(String value) {
        unit = value.strip();
    }

    /** @return the confidence, null for a tag that is not mapped */
    Confidence confidence() {
        return signal == null ? null : signal.suggestion().confidence();
    }

    /** @return the confidence as a word, or {@code not mapped} */
    String confidenceWord() {
        return signal == null ? "not mapped" : signal.suggestion().confidence().word();
    }

    /** @return the value type of the export ({@code int16}, {@code float32}, {@code bit 0}, {@code bool}) */
    String dataType() {
        if (signal == null) {
            return "";
        }
        TagType type = signal.tag().type();
        return switch (type) {
            case BIT -> "bit " + signal.tag().bit();
            case STRING -> "string";
            case UNKNOWN -> "not given";
            default -> type.keyword();
        };
    }

    /** @return the Modbus address or NodeId the tag is read from */
    String address() {
        if (signal == null) {
            return "";
        }
        return signal.tag().source() instanceof TagSource.Modbus ? signal.source() : signal.source().replace("\"", "");
    }

    /** @return why the suggestion is what it is, and what needs a decision */
    String reason() {
        if (signal == null) {
            return unmapped.what();
        }
        SignalSuggestion s = signal.suggestion();
        List<String> parts = new ArrayList<>(s.reasons());
        s.review().forEach(r -> parts.add("review: " + r));
        return String.join("; ", parts);
    }

    /** @return where the tag was read ({@code file:line}, NodeId) */
    String origin() {
        return signal != null ? signal.tag().origin() : unmapped.origin();
    }

    /** Adds this row's decision: rejected, or edited where it differs from the suggestion. */
    void decide(ReviewDecisions decisions) {
        if (signal == null) {
            return;
        }
        if (!accepted) {
            decisions.reject(signal);
            return;
        }
        SignalSuggestion s = signal.suggestion();
        boolean same = name.equals(s.equipment() + "." + s.signal()) && quantity.equals(s.quantity())
                && unit.equals(s.unitSpelling().replace("\"", ""));
        if (same) {
            return;
        }
        int dot = name.lastIndexOf('.');
        if (dot <= 0 || dot == name.length() - 1) {
            throw new IllegalArgumentException(tag() + ": '" + name + "' is no Equipment.Signal name");
        }
        decisions.edit(signal, new ReviewDecisions.Edit(name.substring(0, dot), name.substring(dot + 1), quantity,
                unit));
    }
}
