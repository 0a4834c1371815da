/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.onboarding.suggest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The small word list of {@code words.txt}: which words of tag names and descriptions suggest a quantity, a
 * setpoint, an equipment, or nothing at all, and how names are split into words.
 */
public final class Vocabulary {

    private final Map<String, String> quantities = new HashMap<>();
    private final Map<String, String> equipment = new HashMap<>();
    private final java.util.Set<String> setpoint = new java.util.HashSet<>();
    private final java.util.Set<String> generic = new java.util.HashSet<>();

    private Vocabulary(List<String> lines) {
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\|");
            String what = parts[0].strip();
            for (String word : parts[1].strip().split("\\s+")) {
                switch (what) {
                    case "setpoint" -> setpoint.add(word);
                    case "generic" -> generic.add(word);
                    case "equipment" -> {
                        int equals = word.indexOf('=');
                        equipment.put(equals < 0 ? word : word.substring(0, equals),
                                equals < 0 ? capitalised(word) : word.substring(equals + 1));
                    }
                    default -> quantities.put(word, what);
                }
            }
        }
    }

    private static final class Standard {
        static final Vocabulary WORDS = new Vocabulary(lines());

        private static List<String> lines() {
            try (InputStream in = Vocabulary.class.getResourceAsStream("words.txt")) {
                if (in == null) {
                    throw new IllegalStateException("words.txt is missing from the onboarding bundle");
                }
                return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** @return the word list shipped with Fieldbridge */
    public static Vocabulary standard() {
        return Standard.WORDS;
    }

    /** @return the quantity a word suggests ({@code temperature} for {@code Temp}) */
    public Optional<String> quantity(String word) {
        return Optional.ofNullable(quantities.get(word.toLowerCase(Locale.ROOT)));
    }

    /** @return the equipment noun a word is ({@code Tank}, {@code Rectifier} for {@code Rect}) */
    public Optional<String> equipment(String word) {
        return Optional.ofNullable(equipment.get(word.toLowerCase(Locale.ROOT)));
    }

    /** @return whether the word marks a setpoint */
    public boolean isSetpoint(String word) {
        return setpoint.contains(word.toLowerCase(Locale.ROOT));
    }

    /** @return whether the word names nothing by itself */
    public boolean isGeneric(String word) {
        return generic.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Splits a tag name or description into words: at anything not a letter or digit, between a lower and an upper
     * case letter, and where letters are followed by digits ({@code TT101}, {@code Tank7B} -> {@code Tank 7B}).
     *
     * @param text a tag name or description
     * @return the words
     */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                flush(words, word);
                continue;
            }
            if (word.length() > 0) {
                char previous = word.charAt(word.length() - 1);
                boolean camel = Character.isLowerCase(previous) && Character.isUpperCase(c);
                boolean digits = Character.isLetter(previous) && Character.isDigit(c);
                if (camel || digits) {
                    flush(words, word);
                }
            }
            word.append(c);
        }
        flush(words, word);
        return words;
    }

    private static void flush(List<String> words, StringBuilder word) {
        if (word.length() > 0) {
            words.add(word.toString());
            word.setLength(0);
        }
    }

    /** @return the word with its first letter in upper case */
    public static String capitalised(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
