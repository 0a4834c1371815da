/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.fieldbridge.dsl.validation.TwinIssueCodes;

/**
 * Turns the issues Xtext reports on a .twin resource into {@link Finding}s with Fieldbridge codes and
 * words. Xtext's own diagnostics carry codes such as {@code org.eclipse.xtext.diagnostics.Diagnostic.Syntax}
 * and parser messages that name grammar rules ({@code RULE_STRING}); a plant engineer reading a CI log
 * needs {@code twin.syntax} and "a quoted text".
 */
public final class TwinFindings {

    /** Grammar terminals as people call them. */
    private static final Map<String, String> TERMINALS = Map.of(
            "RULE_STRING", "a quoted text",
            "RULE_ID", "a name",
            "RULE_INT", "a whole number",
            "RULE_MODICON_X", "a Modicon address such as 4x0001",
            "RULE_ANY_OTHER", "a character",
            "EOF", "the end of the file",
            "<EOF>", "the end of the file");
    private static final Pattern TERMINAL = Pattern.compile("<EOF>|\\b(RULE_[A-Z_]+|EOF)\\b");

    private TwinFindings() {
    }

    /**
     * Validates a .twin resource that is already loaded (with all checks, as every client does).
     *
     * @param name     the file name findings carry
     * @param resource the loaded resource
     * @return its findings in the validator's order
     */
    public static List<Finding> of(String name, XtextResource resource) {
        List<Finding> findings = new ArrayList<>();
        List<Issue> issues = resource.getResourceServiceProvider().getResourceValidator()
                .validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
        for (Issue issue : issues) {
            findings.add(new Finding(name, positive(issue.getLineNumber()), positive(issue.getColumn()),
                    severity(issue.getSeverity()), code(issue), message(issue)));
        }
        return findings;
    }

    /**
     * The Fieldbridge code of an issue: its own for the .twin checks, one of ours for Xtext's.
     *
     * @param issue an issue of a .twin resource
     * @return a code starting with {@code twin.}
     */
    public static String code(Issue issue) {
        String code = issue.getCode();
        if (issue.isSyntaxError() || Diagnostic.SYNTAX_DIAGNOSTIC.equals(code)) {
            return TwinIssueCodes.SYNTAX;
        }
        if (code == null) {
            return TwinIssueCodes.MODEL;
        }
        if (Diagnostic.LINKING_DIAGNOSTIC.equals(code)) {
            return TwinIssueCodes.REFERENCE_UNRESOLVED;
        }
        return code.startsWith("twin.") ? code : TwinIssueCodes.MODEL;
    }

    private static String message(Issue issue) {
        String message = String.valueOf(issue.getMessage());
        if (!TwinIssueCodes.SYNTAX.equals(code(issue))) {
            return message;
        }
        Matcher matcher = TERMINAL.matcher(message);
        StringBuilder words = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(words, Matcher.quoteReplacement(TERMINALS.getOrDefault(matcher.group(), matcher.group())));
        }
        matcher.appendTail(words);
        return words.toString().replace("mismatched input", "unexpected").replace("no viable alternative at input",
                "cannot read what starts at");
    }

    private static int positive(Integer value) {
        return value == null || value < 1 ? 1 : value;
    }

    private static String severity(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            default -> "info";
        };
    }
}
