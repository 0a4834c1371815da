/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.application;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.fieldbridge.ui.ProductHome;

/**
 * The licence texts that ship in the product's root folder ({@value #LICENSE}, {@value #NOTICES}; see the
 * workbench feature's build.properties), read for the About dialog from {@link ProductHome}.
 */
final class LicenceTexts {

    static final String LICENSE = "LICENSE";
    static final String NOTICES = "THIRD-PARTY-NOTICES.md";
    static final String SPDX = "EPL-2.0";

    private LicenceTexts() {
    }

    /**
     * @param name {@link #LICENSE} or {@link #NOTICES}
     * @return the file's text, or a sentence saying where it was looked for and where the licence is published
     */
    static String read(String name) {
        Optional<Path> folder = ProductHome.folder();
        if (folder.isPresent()) {
            Path file = folder.get().resolve(name);
            try {
                return Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                return name + " is not in " + folder.get() + ". Fieldbridge is licensed under the Eclipse Public"
                        + " License 2.0 (" + SPDX + "): https://www.eclipse.org/legal/epl-2.0/";
            }
        }
        return "The product folder is unknown, so " + name + " cannot be shown. Fieldbridge is licensed under the"
                + " Eclipse Public License 2.0 (" + SPDX + "): https://www.eclipse.org/legal/epl-2.0/";
    }
}
