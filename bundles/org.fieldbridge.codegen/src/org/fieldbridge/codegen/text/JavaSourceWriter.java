/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.codegen.text;

import java.util.List;

import org.fieldbridge.codegen.model.JavaLiterals;

/**
 * Builds one Java source file: lines with four-space indentation and LF line ends, Javadoc, and statement
 * lists that are moved into nested classes when they would make a method or a constant pool too large
 * for the class file format (64 KiB of code per method, 65,535 constants per class).
 */
public final class JavaSourceWriter {

    /** Statements per method before they go into nested classes. */
    public static final int STATEMENTS_PER_METHOD = 400;

    private final StringBuilder out = new StringBuilder();
    private final StringBuilder nested = new StringBuilder();
    private int indent;
    private int nestedCount;

    /** Starts a file with the generated-file header, the package and the imports (sorted, as given). */
    public JavaSourceWriter(String header, String javaPackage, List<String> imports) {
        line("// " + JavaLiterals.lineComment(header));
        line("package " + javaPackage + ";");
        line("");
        String group = null;
        for (String imported : imports.stream().sorted().distinct().toList()) {
            String first = imported.substring(0, imported.indexOf('.'));
            if (group != null && !group.equals(first)) {
                line("");
            }
            group = first;
            line("import " + imported + ";");
        }
        if (!imports.isEmpty()) {
            line("");
        }
    }

    /** Writes a line at the current indentation (an empty text gives an empty line). */
    public JavaSourceWriter line(String text) {
        if (!text.isEmpty()) {
            out.append("    ".repeat(indent)).append(text);
        }
        out.append('\n');
        return this;
    }

    /** Writes {@code text {} and indents. */
    public JavaSourceWriter open(String text) {
        line(text + " {");
        indent++;
        return this;
    }

    /** Closes a block opened with {@link #open}. */
    public JavaSourceWriter close() {
        return close("");
    }

    /** Closes a block with text after the brace, e.g. {@code );}. */
    public JavaSourceWriter close(String suffix) {
        indent--;
        return line("}" + suffix);
    }

    /** Writes a Javadoc comment; each text is escaped and becomes one line. */
    public JavaSourceWriter javadoc(String... lines) {
        if (lines.length == 1) {
            return line("/** " + javadocText(lines[0]) + " */");
        }
        line("/**");
        for (String text : lines) {
            line(text.isEmpty() ? " *" : " * " + javadocText(text));
        }
        return line(" */");
    }

    /** Escapes a Javadoc line, keeping a leading block tag such as {@code @return}. */
    private static String javadocText(String text) {
        if (text.startsWith("@") && text.indexOf(' ') > 0) {
            int space = text.indexOf(' ');
            return text.substring(0, space + 1) + JavaLiterals.comment(text.substring(space + 1));
        }
        return JavaLiterals.comment(text);
    }

    /** Writes a line comment, escaped. */
    public JavaSourceWriter comment(String text) {
        return line("// " + JavaLiterals.lineComment(text));
    }

    /**
     * Writes statements into the current method body, or, when there are more than
     * {@link #STATEMENTS_PER_METHOD}, calls nested classes holding them in parts.
     *
     * @param statements the statements, each one or more lines (indented relative to the method body)
     * @param nestedName the nested classes' name prefix, unique in the file, e.g. {@code Plc4Tags}
     * @param parameters the parameters of the nested methods, e.g. {@code List<ModbusTag> tags}
     * @param arguments the arguments of the calls, e.g. {@code tags}
     */
    public JavaSourceWriter statements(List<List<String>> statements, String nestedName, String parameters,
            String arguments) {
        return statements(statements, nestedName, parameters, arguments, false);
    }

    /**
     * As {@link #statements(List, String, String, String)}; with {@code alwaysNested} every non-empty list goes
     * into nested classes (for a file whose constant pool would otherwise overflow).
     */
    public JavaSourceWriter statements(List<List<String>> statements, String nestedName, String parameters,
            String arguments, boolean alwaysNested) {
        if (statements.isEmpty() || !alwaysNested && statements.size() <= STATEMENTS_PER_METHOD) {
            statements.forEach(s -> s.forEach(this::line));
            return this;
        }
        for (int from = 0, part = 1; from < statements.size(); from += STATEMENTS_PER_METHOD, part++) {
            String name = nestedName + part;
            line(name + ".add(" + arguments + ");");
            List<List<String>> chunk = statements.subList(from, Math.min(statements.size(), from + STATEMENTS_PER_METHOD));
            nested.append('\n');
            nested.append("    /** Part ").append(part).append(" of ").append(nestedName)
                    .append(", a class of its own so that no class file limit is reached. */\n");
            nested.append("    private static final class ").append(name).append(" {\n\n");
            nested.append("        private ").append(name).append("() {\n        }\n\n");
            nested.append("        static void add(").append(parameters).append(") {\n");
            for (List<String> statement : chunk) {
                for (String text : statement) {
                    nested.append(text.isEmpty() ? "" : "            " + text).append('\n');
                }
            }
            nested.append("        }\n    }\n");
            nestedCount++;
        }
        return this;
    }

    /** @return the number of nested classes written by {@link #statements} */
    public int nestedCount() {
        return nestedCount;
    }

    /** Ends the top-level class (its nested classes last) and returns the source. */
    public String finish() {
        out.append(nested);
        indent = 0;
        line("}");
        return out.toString();
    }
}
