/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.fieldbridge.dsl.TwinStandaloneSetup;
import org.fieldbridge.tests.support.RepositoryRoot;

import com.google.inject.Injector;

/** The riverside example copied into a test's folder, where its .twin file can be edited and evidence written. */
public final class RiversideCopy {

    private static Injector injector;

    public final Path folder;
    public final Path twin;

    public RiversideCopy(Path folder) throws IOException {
        this.folder = folder;
        Path example = RepositoryRoot.riverside();
        Files.copy(example.resolve("riverside.plant"), folder.resolve("riverside.plant"));
        twin = Files.copy(example.resolve("riverside.twin"), folder.resolve("riverside.twin"));
    }

    public static synchronized Injector injector() {
        if (injector == null) {
            injector = new TwinStandaloneSetup().createInjectorAndDoEMFRegistration();
        }
        return injector;
    }

    public CommissionedTwin load() throws IOException {
        return CommissionedTwin.load(injector(), folder);
    }

    /** Replaces text of the .twin file; the text must occur exactly once. */
    public void edit(String from, String to) {
        try {
            String text = Files.readString(twin, StandardCharsets.UTF_8);
            if (text.indexOf(from) < 0 || text.indexOf(from) != text.lastIndexOf(from)) {
                throw new IllegalArgumentException("not exactly once in riverside.twin: " + from);
            }
            Files.writeString(twin, text.replace(from, to), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static CommissionedMapping mapping(CommissionedTwin twin, String signalSuffix) {
        return twin.mappings().stream().filter(m -> m.identity().signal().endsWith("." + signalSuffix)).findFirst()
                .orElseThrow(() -> new AssertionError("no mapping of " + signalSuffix));
    }
}
