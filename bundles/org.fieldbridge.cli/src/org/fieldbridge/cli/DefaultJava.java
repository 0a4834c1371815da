/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code java} a plant engineer gets by typing {@code java} on this machine (the first on the PATH), and
 * its feature release: {@code fieldbridge build} warns when it cannot run the runtime it built.
 *
 * @param executable the java found on the PATH
 * @param release its feature release (17 for 17.0.15, 1 for 1.8), 0 when it did not say
 */
record DefaultJava(Path executable, int release) {

    private static final Pattern SPECIFICATION = Pattern.compile("java\\.specification\\.version = (\\d+)");

    /** @return the java on {@code path} (a PATH value), empty when there is none */
    static Optional<DefaultJava> onPath(String path) {
        if (path == null) {
            return Optional.empty();
        }
        for (String folder : path.split(File.pathSeparator)) {
            Path java = Path.of(folder.isEmpty() ? "." : folder, "java");
            if (Files.isRegularFile(java) && Files.isExecutable(java)) {
                return Optional.of(new DefaultJava(java, releaseOf(java)));
            }
        }
        return Optional.empty();
    }

    private static int releaseOf(Path java) {
        try {
            Process process = new ProcessBuilder(java.toString(), "-XshowSettings:properties", "-version")
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return 0;
            }
            Matcher m = SPECIFICATION.matcher(output);
            return m.find() ? Integer.parseInt(m.group(1)) : 0;
        } catch (IOException | NumberFormatException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    /**
     * @param minimum the oldest release the runtime runs on
     * @param runtimeName the runtime's name (its start script is {@code bin/<name>})
     * @return a warning for the user when this java cannot run the runtime, empty when it can
     */
    Optional<String> warningBelow(int minimum, String runtimeName) {
        if (release >= minimum) {
            return Optional.empty();
        }
        return Optional.of("warning: the default java of this machine (" + executable + ", Java "
                + (release == 0 ? "of unknown version" : Integer.toString(release)) + ") cannot run this runtime: it needs Java "
                + minimum + " or later. Install it (Debian/Ubuntu: apt-get install openjdk-17-jre-headless) or set "
                + "JAVA_HOME; bin/" + runtimeName + " checks this and says so.");
    }
}
