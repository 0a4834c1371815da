/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.cli;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import picocli.CommandLine.IVersionProvider;

/**
 * {@code fieldbridge --version}: the version of the command's bundle (from its jar's manifest) and the Java that
 * runs it, the two facts a bug report needs first.
 */
final class FieldbridgeVersion implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] { "fieldbridge " + bundleVersion(),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.home") + ")" };
    }

    private static String bundleVersion() {
        URL self = Fieldbridge.class.getResource("Fieldbridge.class");
        try {
            URLConnection connection = self == null ? null : self.openConnection();
            if (connection instanceof JarURLConnection jar) {
                jar.setUseCaches(false);
                try (JarFile file = jar.getJarFile()) {
                    Manifest manifest = file.getManifest();
                    String version = manifest == null ? null : manifest.getMainAttributes().getValue("Bundle-Version");
                    if (version != null) {
                        return version;
                    }
                }
            }
        } catch (IOException e) {
            // not from a jar (a development build): say so below
        }
        return "(development build)";
    }
}
