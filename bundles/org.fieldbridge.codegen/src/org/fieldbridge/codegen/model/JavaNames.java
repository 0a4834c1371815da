/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.codegen.model;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Java identifiers derived from plant and .twin names: valid (no keywords, no leading digit) and, through
 * {@link Allocator}, unique in their scope.
 */
public final class JavaNames {

    private static final Set<String> KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte", "case",
            "catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends",
            "false", "final", "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int",
            "interface", "long", "native", "new", "null", "package", "private", "protected", "public", "return",
            "short", "static", "strictfp", "super", "switch", "synchronized", "this", "throw", "throws", "transient",
            "true", "try", "void", "volatile", "while", "_", "var", "yield", "record", "sealed", "permits",
            "non-sealed", "when", "module", "open", "exports", "requires", "to", "uses", "provides", "with",
            "opens", "transitive");

    private JavaNames() {
    }

    /** @return whether the text is a Java keyword or a restricted identifier */
    public static boolean isKeyword(String text) {
        return KEYWORDS.contains(text);
    }

    /**
     * {@code BathTemp} -> {@code BATH_TEMP}, {@code Tank3} -> {@code TANK3}, {@code PLC4Temp} -> {@code PLC4_TEMP}.
     *
     * @param name an identifier-like name
     * @return the name in upper snake case, only letters, digits and {@code _}
     */
    public static String upperSnake(String name) {
        StringBuilder out = new StringBuilder();
        String clean = clean(name);
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            if (i > 0 && Character.isUpperCase(c)) {
                char before = clean.charAt(i - 1);
                boolean nextLower = i + 1 < clean.length() && Character.isLowerCase(clean.charAt(i + 1));
                if (Character.isLowerCase(before) || Character.isDigit(before)
                        || Character.isUpperCase(before) && nextLower) {
                    out.append('_');
                }
            }
            out.append(Character.toUpperCase(c));
        }
        return out.toString();
    }

    /** @return the segments in upper snake case joined by {@code _}, a valid constant name */
    public static String constant(List<String> segments) {
        String joined = String.join("_", segments.stream().map(JavaNames::upperSnake).toList());
        return identifier(joined, "S_");
    }

    /** @return {@code bathTooHot} for {@code BathTooHot}, {@code plc4} for {@code PLC4}, a valid identifier */
    public static String lowerCamel(String name) {
        String clean = clean(name);
        if (clean.isEmpty()) {
            return "x";
        }
        // lower the leading run of capitals, except the one that starts the next word (PLCTemp -> plcTemp)
        int run = 0;
        while (run < clean.length() && Character.isUpperCase(clean.charAt(run))) {
            run++;
        }
        if (run > 1 && run < clean.length() && Character.isLowerCase(clean.charAt(run))) {
            run--;
        }
        run = Math.max(run, 1);
        return identifier(clean.substring(0, run).toLowerCase(Locale.ROOT) + clean.substring(run), "x");
    }

    /** @return {@code Riverside} for {@code riverside}, a valid identifier */
    public static String upperCamel(String name) {
        String clean = clean(name);
        if (clean.isEmpty()) {
            return "X";
        }
        return identifier(Character.toUpperCase(clean.charAt(0)) + clean.substring(1), "X");
    }

    /** @return the name as a package segment: lower case letters, digits and {@code _}, never a keyword */
    public static String packageSegment(String name) {
        String clean = clean(name).toLowerCase(Locale.ROOT);
        return identifier(clean.isEmpty() ? "twin" : clean, "p");
    }

    private static String clean(String name) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 128 && (Character.isLetterOrDigit(c) || c == '_')) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String identifier(String text, String prefix) {
        String id = text;
        if (id.isEmpty() || Character.isDigit(id.charAt(0))) {
            id = prefix + id;
        }
        if (isKeyword(id)) {
            id = id + "_";
        }
        return id;
    }

    /** Hands out names unique within one scope: the second {@code x} becomes {@code x_2}, and so on. */
    public static final class Allocator {
        private final Set<String> taken = new HashSet<>();

        /** @param reserved names already used in the scope */
        public Allocator(String... reserved) {
            taken.addAll(List.of(reserved));
        }

        /** @return whether the name is still free */
        public boolean isFree(String name) {
            return !taken.contains(name);
        }

        /** @return {@code name}, or {@code name_2}, {@code name_3}... whichever is free; now taken */
        public String allocate(String name) {
            String candidate = name;
            for (int n = 2; taken.contains(candidate); n++) {
                candidate = name + "_" + n;
            }
            taken.add(candidate);
            return candidate;
        }
    }
}
