/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.onboarding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fieldbridge.dsl.modbus.RegisterAddress;
import org.fieldbridge.onboarding.read.Studio5000TagReader;
import org.fieldbridge.onboarding.suggest.Identifiers;
import org.fieldbridge.onboarding.suggest.SignalSuggestion;
import org.fieldbridge.onboarding.suggest.SignalSuggestions;

/**
 * What an import adds, decided before anything is written: the controllers, one signal and mapping per readable
 * tag with its suggestion, and the review list (tags that cannot be mapped, low confidence, name clashes with
 * each other or with what the files already hold, tags already mapped).
 */
public final class ImportPlan {

    /** What the target files already hold, so that nothing there is touched or repeated. */
    public interface Existing {
        /** @return whether the plant's line already has this signal in this equipment */
        boolean hasSignal(String equipment, String signal);

        /** @return whether the .twin file already maps this HMI label on this connection */
        boolean isMapped(String connection, String label);

        /**
         * @param connection a connection
         * @param source a Modbus address in canonical form ({@code holding:6}) or a NodeId
         * @return whether the .twin file already maps this source on this connection
         */
        default boolean isMappedAt(String connection, String source) {
            return false;
        }

        /** @return whether the plant already has a controller of this name */
        boolean hasController(String name);

        /** Nothing exists yet. */
        Existing NONE = new Existing() {
            @Override
            public boolean hasSignal(String equipment, String signal) {
                return false;
            }

            @Override
            public boolean isMapped(String connection, String label) {
                return false;
            }

            @Override
            public boolean hasController(String name) {
                return false;
            }
        };
    }

    private final Map<String, PlannedController> controllers = new LinkedHashMap<>();
    private final List<PlannedSignal> signals = new ArrayList<>();
    private final List<ReviewItem> review = new ArrayList<>();
    private final List<ReviewItem> rejected = new ArrayList<>();
    private int alreadyMapped;
    private Existing existing = Existing.NONE;

    private ImportPlan() {
    }

    /**
     * @param tags the tags of every source
     * @param controllerFor the controller of a tag's connection name (empty: the default connection)
     * @param existing what the target files hold
     * @return the plan
     */
    public static ImportPlan of(List<ImportedTag> tags, java.util.function.Function<ImportedTag, PlannedController>
            controllerFor, Existing existing) {
        ImportPlan plan = new ImportPlan();
        plan.existing = existing;
        SignalSuggestions suggestions = new SignalSuggestions();
        Map<String, Set<String>> taken = new HashMap<>();
        Map<String, String> sources = new HashMap<>();
        for (ImportedTag tag : tags) {
            if (tag.source() instanceof TagSource.Unreadable unreadable) {
                plan.review.add(new ReviewItem(tag.name(), tag.origin(), unreadable.why(), false));
                continue;
            }
            PlannedController controller = controllerFor.apply(tag);
            String key = sourceKey(tag, controller);
            if (existing.isMapped(controller.name(), tag.label()) || existing.isMappedAt(controller.name(), key)) {
                plan.alreadyMapped++;
                continue;
            }
            String twin = sources.putIfAbsent(controller.name() + " " + key, tag.name());
            if (twin != null) {
                plan.review.add(new ReviewItem(tag.name(), tag.origin(), "reads the same " + key + " as " + twin
                        + " on " + controller.name() + ": map one of them", false));
                continue;
            }
            plan.controllers.putIfAbsent(controller.name(), controller);
            SignalSuggestion suggestion = suggestions.suggest(tag);
            suggestion = unique(suggestion, taken, existing);
            plan.signals.add(new PlannedSignal(suggestion, controller.name(), source(tag, controller)));
            if (suggestion.needsReview()) {
                List<String> what = new ArrayList<>(suggestion.review());
                if (what.isEmpty()) {
                    what.add("low confidence: " + String.join("; ", suggestion.reasons()));
                }
                plan.review.add(new ReviewItem(tag.name(), tag.origin(), suggestion.equipment() + "."
                        + suggestion.signal() + ": " + String.join("; ", what), true));
            }
        }
        return plan;
    }

    private static SignalSuggestion unique(SignalSuggestion suggestion, Map<String, Set<String>> taken,
            Existing existing) {
        Set<String> names = taken.computeIfAbsent(suggestion.equipment(), e -> new HashSet<>());
        String name = suggestion.signal();
        if (!names.contains(name) && !existing.hasSignal(suggestion.equipment(), name)) {
            names.add(name);
            return suggestion;
        }
        String base = name;
        int n = 2;
        while (names.contains(name) || existing.hasSignal(suggestion.equipment(), name)) {
            name = base + n++;
        }
        names.add(name);
        boolean inFile = existing.hasSignal(suggestion.equipment(), base);
        return suggestion.renamed(name, "name clash: " + suggestion.equipment() + "." + base + " is "
                + (inFile ? "already in the plant" : "suggested for another tag too") + ", renamed " + name);
    }

    /** @return the source in one spelling: canonical Modbus address ({@code holding:6}) or NodeId */
    static String sourceKey(ImportedTag tag, PlannedController controller) {
        if (tag.source() instanceof TagSource.Modbus modbus) {
            return modbus.address().canonical() + (tag.type() == TagType.BIT ? " bit " + tag.bit() : "");
        }
        return ((TagSource.OpcUa) tag.source()).nodeId().replace(Studio5000TagReader.SHORTCUT_PLACEHOLDER,
                controller.name());
    }

    private static String source(ImportedTag tag, PlannedController controller) {
        if (tag.source() instanceof TagSource.Modbus modbus) {
            return address(modbus.address());
        }
        String nodeId = ((TagSource.OpcUa) tag.source()).nodeId()
                .replace(Studio5000TagReader.SHORTCUT_PLACEHOLDER, controller.name());
        return TwinStrings.quoted(nodeId);
    }

    /** The address in a spelling that means the same whatever the connection's {@code addressing}. */
    static String address(RegisterAddress address) {
        long number = address.offset() + 1;
        return switch (address.table()) {
            case HOLDING_REGISTER -> "holding " + modicon('4', number);
            case INPUT_REGISTER -> "input " + modicon('3', number);
            case COIL -> "coil:" + number;
            case DISCRETE_INPUT -> "discrete-input:" + number;
        };
    }

    private static String modicon(char table, long number) {
        return table + (number <= 9999 ? String.format("%04d", number) : String.format("%05d", number));
    }

    /**
     * Applies the engineer's review: rejected signals are left out (and listed as rejected), edited ones take the
     * names, quantity and unit given; controllers no accepted signal reads are left out.
     *
     * @param decisions what the engineer decided
     * @return the plan to write
     * @throws IllegalArgumentException when an edit is no valid signal (name, quantity, unit) or names a signal
     *         that another accepted tag or the plant already has, in plant words
     */
    public ImportPlan reviewed(ReviewDecisions decisions) {
        ImportPlan result = new ImportPlan();
        result.existing = existing;
        result.alreadyMapped = alreadyMapped;
        Set<String> taken = new HashSet<>();
        Set<String> rejectedTags = new HashSet<>();
        for (PlannedSignal signal : signals) {
            if (decisions.isRejected(signal)) {
                rejectedTags.add(signal.tag().origin() + "\u0000" + signal.tag().name());
                result.rejected.add(new ReviewItem(signal.tag().name(), signal.tag().origin(),
                        "rejected in the import review", false));
                continue;
            }
            PlannedSignal kept = decisions.editOf(signal).map(edit -> edited(signal, edit)).orElse(signal);
            String pair = kept.equipment() + "." + kept.signal();
            if (!taken.add(pair)) {
                throw new IllegalArgumentException(pair + " is the name of two accepted tags (" + signal.tag().name()
                        + " and another): give one of them another name");
            }
            if (kept != signal && !(kept.equipment().equals(signal.equipment()) && kept.signal().equals(
                    signal.signal())) && existing.hasSignal(kept.equipment(), kept.signal())) {
                throw new IllegalArgumentException(pair + " (" + signal.tag().name() + ") is already in the plant: "
                        + "give it another name");
            }
            result.signals.add(kept);
            result.controllers.putIfAbsent(kept.connection(), controllers.get(kept.connection()));
        }
        for (ReviewItem item : review) {
            boolean gone = rejectedTags.contains(item.origin() + "\u0000" + item.tag());
            boolean answered = item.mapped() && result.signals.stream().anyMatch(s -> s.suggestion().edited()
                    && s.tag().name().equals(item.tag()) && s.tag().origin().equals(item.origin()));
            if (!gone && !answered) {
                result.review.add(item);
            }
        }
        return result;
    }

    private static PlannedSignal edited(PlannedSignal signal, ReviewDecisions.Edit edit) {
        String tag = signal.tag().name();
        for (String name : List.of(edit.equipment(), edit.signal())) {
            if (name == null || name.isEmpty() || !name.equals(Identifiers.of(name))) {
                throw new IllegalArgumentException(tag + ": '" + name + "' is not a name (letters, digits and _, not "
                        + "starting with a digit)");
            }
        }
        org.fieldbridge.core.units.QuantityCatalog catalog = org.fieldbridge.core.units.QuantityCatalog.standard();
        if (catalog.byName(edit.quantity()).isEmpty()) {
            throw new IllegalArgumentException(tag + ": '" + edit.quantity() + "' is not a quantity of the plant "
                    + "model (temperature, pressure, electricCurrent, ...)");
        }
        String code = "";
        if (edit.unit() != null && !edit.unit().isBlank()) {
            code = org.fieldbridge.core.units.UnitSpellings.standard().resolve(edit.unit().strip())
                    .filter(org.fieldbridge.core.units.UnitSpelling::exact)
                    .map(org.fieldbridge.core.units.UnitSpelling::code)
                    .orElseThrow(() -> new IllegalArgumentException(tag + ": '" + edit.unit() + "' is not a unit "
                            + "Fieldbridge knows (degC, bar, A, rpm, m3/h, ...)"));
            if (!catalog.fits(edit.quantity(), code)) {
                throw new IllegalArgumentException(tag + ": unit '" + edit.unit() + "' does not measure "
                        + edit.quantity() + ": choose a unit of that quantity");
            }
        }
        if (code.isEmpty() && catalog.byName(edit.quantity()).orElseThrow().requiresUnit()) {
            throw new IllegalArgumentException(tag + ": a " + edit.quantity() + " needs a unit");
        }
        return new PlannedSignal(signal.suggestion().edited(edit.equipment(), edit.signal(), edit.quantity(), code),
                signal.connection(), signal.source());
    }

    /** @return tags the engineer rejected in the review: listed in the .twin, not mapped */
    public List<ReviewItem> rejected() {
        return List.copyOf(rejected);
    }

    /** @return the controllers the mappings read, in first-use order */
    public List<PlannedController> controllers() {
        return List.copyOf(controllers.values());
    }

    /** @return the signals to add, in source order */
    public List<PlannedSignal> signals() {
        return List.copyOf(signals);
    }

    /** @return what the engineer decides on */
    public List<ReviewItem> review() {
        return List.copyOf(review);
    }

    /** @return tags left out because the .twin file already maps their label on the same connection */
    public int alreadyMapped() {
        return alreadyMapped;
    }

    /** @return a connection name from a source's name for a controller ({@code PLC 7} -> {@code PLC_7}) */
    public static String connectionName(String text) {
        return Identifiers.of(text);
    }
}
