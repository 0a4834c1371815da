/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.onboarding.read;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fieldbridge.dsl.modbus.RegisterAddress;
import org.fieldbridge.onboarding.ImportedTag;
import org.fieldbridge.onboarding.TagSource;
import org.fieldbridge.onboarding.TagType;

/**
 * Puts a Modbus address of an export on a tag: the address in any spelling the language accepts, a table named in
 * a column of its own ({@code Holding Register}, {@code HR}, {@code 4x}) before a plain number, and a bit written
 * after the address ({@code 40030.0}, {@code 40030/0}).
 */
final class ModbusCell {

    private static final Pattern BIT_SUFFIX = Pattern.compile("^(.*\\d)\\s*[./]\\s*(\\d{1,2})$");

    private ModbusCell() {
    }

    /**
     * @param tag the tag to complete
     * @param addressText the address as written
     * @param tableText a table column's text, empty when none
     * @param addresses the language's address reader
     * @return whether the address could be read (else the tag is marked unreadable with the reason)
     */
    static boolean apply(ImportedTag.Builder tag, String addressText, String tableText, ModbusItems addresses) {
        String text = addressText.strip();
        int bit = -1;
        Matcher bitMatch = BIT_SUFFIX.matcher(text);
        if (bitMatch.matches()) {
            text = bitMatch.group(1);
            bit = Integer.parseInt(bitMatch.group(2));
        }
        String table = table(tableText);
        Optional<RegisterAddress> address = table != null && text.matches("\\d+")
                ? addresses.read(table + " " + text)
                : addresses.read(text);
        if (address.isEmpty()) {
            tag.source(new TagSource.Unreadable("'" + addressText + "' is no Modbus address Fieldbridge reads "
                    + "(write it as 40007, 400007, 4x0007, holding 7 or holding-register:7)"));
            return false;
        }
        tag.source(new TagSource.Modbus(addressText.strip(), address.get()));
        if (bit >= 0 && bit < 16 && !address.get().table().holdsBits()) {
            tag.type(TagType.BIT).bit(bit);
        }
        if (address.get().table().holdsBits()) {
            tag.type(TagType.BOOL);
        }
        return true;
    }

    /** @return the language's table keyword of a table column's text, null when it names none */
    static String table(String text) {
        String key = text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]", "");
        if (key.isEmpty()) {
            return null;
        }
        if (key.startsWith("hold") || key.equals("hr") || key.equals("4x") || key.equals("4") || key.equals("fc3")) {
            return "holding";
        }
        if (key.startsWith("input") || key.equals("ir") || key.equals("3x") || key.equals("3") || key.equals("fc4")) {
            return "input";
        }
        if (key.startsWith("coil") || key.equals("co") || key.equals("0x") || key.equals("0") || key.equals("fc1")) {
            return "coil";
        }
        if (key.startsWith("discrete") || key.equals("di") || key.equals("1x") || key.equals("1")
                || key.equals("fc2")) {
            return "discrete";
        }
        return null;
    }
}
