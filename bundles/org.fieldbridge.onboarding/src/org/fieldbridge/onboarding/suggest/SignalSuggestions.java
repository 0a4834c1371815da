/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.onboarding.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fieldbridge.core.units.QuantityCatalog;
import org.fieldbridge.core.units.QuantityDefinition;
import org.fieldbridge.onboarding.ImportedTag;
import org.fieldbridge.onboarding.TagType;

/**
 * Suggests what a tag is from its name, description, engineering unit, range and structure: the quantity from
 * words ({@code Temp}, {@code Amps}) and the unit, which must agree for a high confidence; the equipment from the
 * source's structure (an OPC UA object, a tag group) or an equipment noun with its number ({@code tank 7B});
 * the signal's name from the quantity and a qualifier of the description ({@code Bath temperature} ->
 * {@code BathTemp}). Where evidence is missing or contradicts, it says so; it never invents a meaning.
 */
public final class SignalSuggestions {

    private static final Map<String, String> SHORT_NAMES = Map.ofEntries(Map.entry("temperature", "Temp"),
            Map.entry("pressure", "Pressure"), Map.entry("level", "Level"), Map.entry("volumeFlow", "Flow"),
            Map.entry("massFlow", "MassFlow"), Map.entry("electricCurrent", "Current"),
            Map.entry("voltage", "Voltage"), Map.entry("power", "Power"), Map.entry("energy", "Energy"),
            Map.entry("rotationalSpeed", "Speed"), Map.entry("speed", "Speed"), Map.entry("frequency", "Frequency"),
            Map.entry("conductivity", "Conductivity"), Map.entry("pH", "PH"), Map.entry("relativeHumidity", "Humidity"),
            Map.entry("mass", "Weight"), Map.entry("force", "Force"), Map.entry("torque", "Torque"),
            Map.entry("duration", "Time"), Map.entry("length", "Length"));

    private static final java.util.regex.Pattern ROTATING = java.util.regex.Pattern.compile(
            "(Pump|Motor|Fan|Agitator|Mixer|Spindle|Compressor|Blower|Extruder)");

    private final Vocabulary words = Vocabulary.standard();
    private final QuantityCatalog catalog = QuantityCatalog.standard();

    /**
     * @param tag a readable tag
     * @return what it probably is
     */
    public SignalSuggestion suggest(ImportedTag tag) {
        List<String> reasons = new ArrayList<>();
        List<String> review = new ArrayList<>(tag.notes());
        List<String> nameWords = Vocabulary.words(tag.name());
        List<String> descriptionWords = Vocabulary.words(tag.description());
        boolean bool = tag.type().isBoolean();
        Quantity quantity = quantity(tag, nameWords, descriptionWords, bool, reasons, review);
        boolean setpoint = nameWords.stream().anyMatch(words::isSetpoint)
                || descriptionWords.stream().anyMatch(w -> w.equalsIgnoreCase("setpoint"));
        String kind = bool || quantity.name.equals("state") ? "state" : quantity.name.equals("count") ? "counter"
                : setpoint ? "setpoint" : "measurement";
        String dataType = dataType(tag, quantity.name);
        Equipment equipment = equipment(tag, nameWords, descriptionWords);
        reasons.add(equipment.reason);
        java.util.regex.Matcher rotating = ROTATING.matcher(equipment.name);
        if (quantity.name.equals("speed") && tag.unit().isEmpty() && quantity.confidence != Confidence.HIGH
                && rotating.lookingAt()) {
            quantity = new Quantity("rotationalSpeed", "RPM", Confidence.MEDIUM);
            reasons.removeIf(r -> r.startsWith("speed from"));
            reasons.add(0, "rotationalSpeed: the speed of a " + rotating.group(1).toLowerCase(java.util.Locale.ROOT)
                    + " is how fast it turns; unit rpm assumed, the export gives none");
        }
        String signal = signalName(tag, quantity.name, setpoint, nameWords, descriptionWords, equipment.name);
        String unitCode = quantity.unitCode;
        Confidence confidence = quantity.confidence.and(equipment.confidence);
        if (tag.type() == TagType.UNKNOWN && tag.source() instanceof org.fieldbridge.onboarding.TagSource.Modbus) {
            review.add("data type not in the export: int16 assumed");
        }
        return new SignalSuggestion(tag, equipment.name, signal, quantity.name, unitCode,
                unitCode.isEmpty() ? "" : ExportUnits.spelling(unitCode), kind, dataType, confidence, reasons, review);
    }

    private record Quantity(String name, String unitCode, Confidence confidence) {
    }

    private record Equipment(String name, Confidence confidence, String reason) {
    }

    private Quantity quantity(ImportedTag tag, List<String> nameWords, List<String> descriptionWords, boolean bool,
            List<String> reasons, List<String> review) {
        if (bool) {
            reasons.add("on/off value (" + tag.type().name().toLowerCase(java.util.Locale.ROOT) + "): a state");
            return new Quantity("state", "", Confidence.HIGH);
        }
        if (tag.type() == TagType.STRING) {
            reasons.add("text value");
            return new Quantity("dimensionless", "", Confidence.MEDIUM);
        }
        Optional<String> fromName = firstQuantity(nameWords, false);
        Optional<String> fromDescription = firstQuantity(descriptionWords, false);
        Optional<String> word = fromName.or(() -> fromDescription);
        String wordSource = fromName.isPresent() ? "the tag name" : "the description";
        Optional<String> unit = ExportUnits.code(tag.unit());
        String unitText = tag.unit();
        if (!tag.unit().isEmpty() && unit.isEmpty()) {
            review.add("unit '" + tag.unit() + "' of the export is not a unit Fieldbridge knows: give the signal's unit");
        }
        if (tag.unit().isEmpty()) {
            for (String w : nameWords) {
                Optional<String> named = ExportUnits.inName(w);
                if (named.isPresent()) {
                    unit = named;
                    unitText = w;
                    reasons.add("unit '" + w + "' from the tag name");
                    break;
                }
            }
        }
        if (unit.isPresent()) {
            List<String> fitting = catalog.quantitiesOf(unit.get()).stream().map(QuantityDefinition::name).toList();
            if (word.isPresent() && fitting.contains(massOrVolume(word.get(), fitting))) {
                String name = massOrVolume(word.get(), fitting);
                reasons.add(name + " from '" + wordIn(tag, word.get()) + "' in " + wordSource + " and unit '"
                        + unitText + "'");
                return new Quantity(name, unit.get(), Confidence.HIGH);
            }
            if (!fitting.isEmpty()) {
                String name = fitting.get(0);
                if (word.isPresent()) {
                    review.add("the name suggests " + word.get() + " but unit '" + unitText + "' is " + name
                            + ": the unit was taken");
                    reasons.add(name + " from unit '" + unitText + "' (the name suggests " + word.get() + ")");
                    return new Quantity(name, unit.get(), Confidence.LOW);
                }
                reasons.add(name + " from unit '" + unitText + "' alone");
                return new Quantity(name, unit.get(), fitting.size() == 1 ? Confidence.MEDIUM : Confidence.LOW);
            }
            reasons.add("unit '" + unitText + "' fits no quantity of the plant model");
            review.add("unit '" + unitText + "' fits no quantity: choose the signal's quantity");
            return new Quantity("dimensionless", "", Confidence.LOW);
        }
        if (word.isPresent()) {
            QuantityDefinition definition = catalog.byName(word.get()).orElseThrow();
            if (!definition.requiresUnit() || definition.codes().isEmpty()) {
                reasons.add(word.get() + " from '" + wordIn(tag, word.get()) + "' in " + wordSource);
                return new Quantity(word.get(), "", Confidence.MEDIUM);
            }
            String assumed = definition.codes().get(0);
            reasons.add(word.get() + " from '" + wordIn(tag, word.get()) + "' in " + wordSource + "; unit "
                    + ExportUnits.spelling(assumed) + " assumed, the export gives none");
            return new Quantity(word.get(), assumed, Confidence.MEDIUM);
        }
        reasons.add("no word of the name or description and no unit says what it measures");
        review.add("quantity unknown: choose one (written as dimensionless)");
        return new Quantity("dimensionless", "", Confidence.LOW);
    }

    /** A flow word with a mass-flow unit is a mass flow, a speed word with rpm a rotational speed. */
    private static String massOrVolume(String word, List<String> fitting) {
        if (word.equals("volumeFlow") && fitting.contains("massFlow")) {
            return "massFlow";
        }
        if (word.equals("speed") && fitting.contains("rotationalSpeed")) {
            return "rotationalSpeed";
        }
        if (word.equals("level") && fitting.contains("length") && !fitting.contains("level")) {
            return "length";
        }
        return word;
    }

    private Optional<String> firstQuantity(List<String> text, boolean allowState) {
        for (String word : text) {
            Optional<String> quantity = words.quantity(word);
            if (quantity.isPresent() && (allowState || !quantity.get().equals("state"))) {
                return quantity;
            }
        }
        return Optional.empty();
    }

    private String wordIn(ImportedTag tag, String quantity) {
        for (String word : Vocabulary.words(tag.name() + " " + tag.description())) {
            if (words.quantity(word).filter(quantity::equals).isPresent()) {
                return word;
            }
        }
        return quantity;
    }

    private static String dataType(ImportedTag tag, String quantity) {
        TagType type = tag.type();
        if (type.isBoolean()) {
            return "boolean";
        }
        if (type == TagType.STRING) {
            return "string";
        }
        boolean scaled = tag.scale() != null && tag.scale() != Math.rint(tag.scale()) || tag.offset() != null
                && tag.offset() != Math.rint(tag.offset());
        if (type.isInteger() && !scaled && (quantity.equals("count") || quantity.equals("dimensionless"))) {
            return "integer";
        }
        return "real";
    }

    private Equipment equipment(ImportedTag tag, List<String> nameWords, List<String> descriptionWords) {
        if (!tag.groups().isEmpty()) {
            String group = Identifiers.of(tag.groups().get(tag.groups().size() - 1));
            return new Equipment(group, Confidence.HIGH, "equipment " + group + " from the source's structure ("
                    + String.join("/", tag.groups()) + ")");
        }
        Optional<Equipment> fromName = nounWithNumber(nameWords, "the tag name", Confidence.HIGH);
        if (fromName.isPresent()) {
            return fromName.get();
        }
        Optional<Equipment> fromDescription = nounWithNumber(descriptionWords, "the description", Confidence.MEDIUM);
        if (fromDescription.isPresent()) {
            return fromDescription.get();
        }
        String number = number(nameWords).orElse("");
        for (String word : nameWords) {
            if (!number.equals(word) && words.quantity(word).isEmpty() && !words.isSetpoint(word)
                    && !Character.isDigit(word.charAt(0))) {
                String name = Identifiers.of(Vocabulary.capitalised(word) + number);
                return new Equipment(name, Confidence.LOW, "equipment " + name + " from '" + word + number
                        + "' in the tag name: no equipment word (tank, oven, pump, ...) names it");
            }
        }
        String name = number.isEmpty() ? "Unassigned" : Identifiers.of("Equipment" + number);
        return new Equipment(name, Confidence.LOW, "no equipment named: put under " + name);
    }

    private Optional<Equipment> nounWithNumber(List<String> text, String where, Confidence confidence) {
        for (int i = 0; i < text.size(); i++) {
            Optional<String> noun = words.equipment(text.get(i));
            if (noun.isPresent()) {
                String number = identifierAfter(text, i + 1);
                if (number.isEmpty()) {
                    number = number(text).orElse("");
                }
                String name = Identifiers.of(noun.get() + number);
                return Optional.of(new Equipment(name, confidence, "equipment " + name + " from '" + text.get(i)
                        + (number.isEmpty() ? "" : " " + number) + "' in " + where));
            }
        }
        return Optional.empty();
    }

    /** The number of an equipment after its noun: {@code 7A}, or {@code P7} written as {@code P 7}. */
    private static String identifierAfter(List<String> text, int from) {
        if (from < text.size() && Character.isDigit(text.get(from).charAt(0))) {
            return text.get(from);
        }
        if (from + 1 < text.size() && text.get(from).length() <= 2 && text.get(from).chars().allMatch(Character::isLetter)
                && Character.isDigit(text.get(from + 1).charAt(0))) {
            return text.get(from).toUpperCase(java.util.Locale.ROOT) + text.get(from + 1);
        }
        return "";
    }

    private static Optional<String> number(List<String> text) {
        return text.stream().filter(w -> Character.isDigit(w.charAt(0))).findFirst();
    }

    private String signalName(ImportedTag tag, String quantity, boolean setpoint, List<String> nameWords,
            List<String> descriptionWords, String equipment) {
        String base = SHORT_NAMES.get(quantity);
        if (base == null) {
            StringBuilder name = new StringBuilder();
            for (String word : nameWords) {
                boolean ofEquipment = equipment.toLowerCase(java.util.Locale.ROOT)
                        .contains(word.toLowerCase(java.util.Locale.ROOT));
                if (!Character.isDigit(word.charAt(0)) && !ofEquipment && !words.isGeneric(word)
                        && !(word.length() <= 2 && word.equals(word.toUpperCase(java.util.Locale.ROOT))
                                && !words.isSetpoint(word))) {
                    name.append(Vocabulary.capitalised(word.toLowerCase(java.util.Locale.ROOT)));
                }
            }
            if (quantity.equals("state")) {
                for (String word : descriptionWords) {
                    if (words.quantity(word).filter("state"::equals).isPresent()
                            && name.indexOf(Vocabulary.capitalised(word.toLowerCase(java.util.Locale.ROOT))) < 0
                            && !(word.equalsIgnoreCase("running") && name.indexOf("Run") >= 0)) {
                        name.append(Vocabulary.capitalised(word.toLowerCase(java.util.Locale.ROOT)));
                        break;
                    }
                }
            }
            return Identifiers.of(name.isEmpty() ? tag.name() : name.toString());
        }
        String qualifier = qualifier(nameWords);
        if (qualifier.isEmpty()) {
            qualifier = qualifier(descriptionWords);
        }
        return Identifiers.of(qualifier + base + (setpoint ? "Setpoint" : ""));
    }

    /** The word before the quantity word in a description ("Bath temperature" -> Bath), if it names something. */
    private String qualifier(List<String> description) {
        for (int i = 1; i < description.size(); i++) {
            if (words.quantity(description.get(i)).isPresent()) {
                String before = description.get(i - 1);
                if (Character.isLetter(before.charAt(0)) && !words.isGeneric(before) && !words.isSetpoint(before)
                        && words.equipment(before).isEmpty() && words.quantity(before).isEmpty()
                        && before.length() > 2) {
                    return Vocabulary.capitalised(before.toLowerCase(java.util.Locale.ROOT));
                }
                return "";
            }
        }
        return "";
    }
}
