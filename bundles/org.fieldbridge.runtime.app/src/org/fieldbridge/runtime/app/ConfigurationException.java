/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.app;

/**
 * A problem in the runtime configuration, located: {@code fieldbridge-runtime.properties:12:
 * connection.Oven2.password: environment variable FB_OVEN2_PASSWORD is not set}. Messages never contain a
 * secret value.
 */
public final class ConfigurationException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;

    /**
     * @param file the configuration file as the user named it
     * @param line the 1-based line at fault, 0 when the problem has no line (a missing key, the file itself)
     * @param problem what is wrong, starting with the key when there is one
     */
    public ConfigurationException(String file, int line, String problem) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem);
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    /** @return the 1-based line at fault, 0 when there is none */
    public int line() {
        return line;
    }
}
