/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.audit;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The line format of the audit file: one JSON object per line (JSON Lines), fields in this order:
 * <pre>{"seq":1,"time":"2026-12-07T03:12:45.123Z","source":"127.0.0.1","user":"anna","category":"session",
 * "action":"opened","outcome":"success","status":"Good","details":{"policy":"Basic256Sha256"}}</pre>
 * Written and read here without a JSON library (the runtime bundle has no dependencies); the reader accepts
 * exactly what the writer writes, in any field order, and refuses anything else.
 */
final class AuditJson {

    private AuditJson() {
    }

    /** @return the record as one line of JSON, without the line break */
    static String line(AuditRecord record) {
        StringBuilder json = new StringBuilder(256);
        json.append("{\"seq\":").append(record.sequence());
        field(json, "time", record.time().toString());
        field(json, "source", record.source());
        field(json, "user", record.user());
        field(json, "category", record.category().key());
        field(json, "action", record.action());
        field(json, "outcome", record.success() ? "success" : "failure");
        field(json, "status", record.status());
        json.append(",\"details\":{");
        boolean first = true;
        for (Map.Entry<String, String> detail : record.details().entrySet()) {
            if (!first) {
                json.append(',');
            }
            first = false;
            string(json, detail.getKey());
            json.append(':');
            string(json, detail.getValue());
        }
        return json.append("}}").toString();
    }

    /**
     * @return the record a line holds
     * @throws IllegalArgumentException when the line is not a complete record (says what is wrong)
     */
    static AuditRecord parse(String line) {
        Map<String, Object> fields = new Parser(line).object();
        try {
            Object details = fields.getOrDefault("details", Map.of());
            if (!(details instanceof Map<?, ?> map)) {
                throw new IllegalArgumentException("details is not an object");
            }
            Map<String, String> texts = new LinkedHashMap<>();
            map.forEach((k, v) -> texts.put((String) k, String.valueOf(v)));
            String outcome = text(fields, "outcome");
            if (!outcome.equals("success") && !outcome.equals("failure")) {
                throw new IllegalArgumentException("outcome is neither success nor failure");
            }
            AuditCategory category = AuditCategory.fromKey(text(fields, "category"))
                    .orElseThrow(() -> new IllegalArgumentException("unknown category " + fields.get("category")));
            return new AuditRecord(Long.parseLong(text(fields, "seq")), Instant.parse(text(fields, "time")),
                    text(fields, "source"), text(fields, "user"), category, text(fields, "action"),
                    outcome.equals("success"), text(fields, "status"), texts);
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException("not a record: " + e.getMessage(), e);
        }
    }

    private static String text(Map<String, Object> fields, String name) {
        Object value = fields.get(name);
        if (value == null || value instanceof Map) {
            throw new IllegalArgumentException("no " + name);
        }
        return value.toString();
    }

    private static void field(StringBuilder json, String name, String value) {
        json.append(",\"").append(name).append("\":");
        string(json, value);
    }

    private static void string(StringBuilder json, String value) {
        json.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        json.append(String.format("\\u%04x", (int) c)); // control characters never break a line
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }

    /** A parser of the subset the writer writes: objects, strings and integers. */
    private static final class Parser {
        private final String text;
        private int at;

        Parser(String text) {
            this.text = text;
        }

        Map<String, Object> object() {
            Map<String, Object> result = members();
            skipSpace();
            if (at != text.length()) {
                throw problem("text after the record");
            }
            return result;
        }

        private Map<String, Object> members() {
            expect('{');
            Map<String, Object> members = new LinkedHashMap<>();
            skipSpace();
            if (peek() == '}') {
                at++;
                return members;
            }
            while (true) {
                skipSpace();
                String name = string();
                skipSpace();
                expect(':');
                skipSpace();
                char c = peek();
                Object value = c == '{' ? members() : c == '"' ? string() : number();
                members.put(name, value);
                skipSpace();
                char next = next();
                if (next == '}') {
                    return members;
                }
                if (next != ',') {
                    throw problem("',' or '}' expected");
                }
            }
        }

        private String string() {
            expect('"');
            StringBuilder value = new StringBuilder();
            while (true) {
                char c = next();
                if (c == '"') {
                    return value.toString();
                }
                if (c != '\\') {
                    value.append(c);
                    continue;
                }
                char escaped = next();
                switch (escaped) {
                    case '"', '\\', '/' -> value.append(escaped);
                    case 'n' -> value.append('\n');
                    case 'r' -> value.append('\r');
                    case 't' -> value.append('\t');
                    case 'b' -> value.append('\b');
                    case 'f' -> value.append('\f');
                    case 'u' -> {
                        if (at + 4 > text.length()) {
                            throw problem("incomplete \\u escape");
                        }
                        value.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                        at += 4;
                    }
                    default -> throw problem("unknown escape \\" + escaped);
                }
            }
        }

        private String number() {
            int start = at;
            while (at < text.length() && (Character.isDigit(text.charAt(at)) || text.charAt(at) == '-')) {
                at++;
            }
            if (start == at) {
                throw problem("a value expected");
            }
            return text.substring(start, at);
        }

        private void expect(char c) {
            if (next() != c) {
                throw problem("'" + c + "' expected");
            }
        }

        private char peek() {
            if (at >= text.length()) {
                throw problem("the line ends inside the record");
            }
            return text.charAt(at);
        }

        private char next() {
            char c = peek();
            at++;
            return c;
        }

        private void skipSpace() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }

        private IllegalArgumentException problem(String what) {
            return new IllegalArgumentException(what + " at column " + (at + 1));
        }
    }
}
