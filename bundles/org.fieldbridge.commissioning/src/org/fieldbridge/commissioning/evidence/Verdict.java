/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.evidence;

import java.util.Locale;

/** What the commissioning engineer concluded about one mapping. */
public enum Verdict {
    /** The mapping shows what the controller and the HMI show. */
    PASS("pass", "pass"),
    /** It does not (wrong register, order, scale...): an open item. */
    FAIL("fail", "fail"),
    /** Looked at but not checked yet (e.g. the equipment was not running): an open item. */
    NOT_CHECKED("unchecked", "not checked");

    private final String keyword;
    private final String words;

    Verdict(String keyword, String words) {
        this.keyword = keyword;
        this.words = words;
    }

    /** @return how the verdict is written in evidence files and on the command line: pass, fail, unchecked */
    public String keyword() {
        return keyword;
    }

    /** @return how people read it: pass, fail, not checked */
    public String words() {
        return words;
    }

    /**
     * @param text a keyword, case-insensitive; {@code not-checked} and {@code not checked} also name NOT_CHECKED
     * @return the verdict, or {@code null} when the text names none
     */
    public static Verdict parse(String text) {
        String key = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        for (Verdict verdict : values()) {
            if (verdict.keyword.equals(key) || verdict.words.replace(' ', '-').equals(key.replace(' ', '-'))) {
                return verdict;
            }
        }
        return null;
    }
}
