/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.codegen;

/** The generator's version, written into every generated file and hashed into the model version. */
public final class GeneratorVersion {

    /** Bumped with every change of the generated output, so that the model version changes with it. */
    public static final String VERSION = "0.1.0";

    private GeneratorVersion() {
    }
}
