/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.releng.tests;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.Manifest;

/** The parts of an OSGi manifest that the layering rules look at. */
record BundleManifest(String symbolicName, List<String> requiredBundles, List<String> importedPackages,
        String fragmentHost) {

    static BundleManifest read(Path manifestFile) throws IOException {
        try (InputStream in = Files.newInputStream(manifestFile)) {
            return of(new Manifest(in));
        }
    }

    static BundleManifest of(Manifest manifest) {
        Attributes main = manifest.getMainAttributes();
        return new BundleManifest(
                firstName(main.getValue("Bundle-SymbolicName")),
                names(main.getValue("Require-Bundle")),
                names(main.getValue("Import-Package")),
                firstName(main.getValue("Fragment-Host")));
    }

    /** True for bundles allowed to use SWT, JFace and the workbench: the `.ui` layer and the product. */
    boolean isUiBundle() {
        return symbolicName.contains(".ui") || symbolicName.equals("org.fieldbridge.application");
    }

    private static String firstName(String header) {
        List<String> names = names(header);
        return names.isEmpty() ? "" : names.get(0);
    }

    /** Splits an OSGi header into its clause names, ignoring attributes and quoted commas. */
    static List<String> names(String header) {
        List<String> result = new ArrayList<>();
        if (header == null || header.isBlank()) {
            return result;
        }
        StringBuilder clause = new StringBuilder();
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                result.add(clauseName(clause));
                clause.setLength(0);
            } else {
                clause.append(c);
            }
        }
        result.add(clauseName(clause));
        return result;
    }

    private static String clauseName(CharSequence clause) {
        String s = clause.toString();
        int semicolon = s.indexOf(';');
        return (semicolon < 0 ? s : s.substring(0, semicolon)).trim();
    }
}
