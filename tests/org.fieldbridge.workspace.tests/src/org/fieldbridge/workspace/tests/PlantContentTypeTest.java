/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.workspace.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.content.IContentType;
import org.fieldbridge.tests.support.ConnectionRecorder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbench decides what a {@code .plant} file is by reading its head (the Project Explorer does so when it
 * shows or opens one). That read must be as guarded as a plant load: a file from outside must not make the
 * workbench fetch a DTD or an external entity.
 */
class PlantContentTypeTest {

    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    private static final String ROOT = "<plant:Plant xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
            + " xmlns:plant=\"https://fieldbridge.org/plant/1.0\"/>\n";

    @TempDir
    Path dir;

    private ConnectionRecorder recorder;

    @BeforeEach
    void listenOnAFreeLoopbackPort() throws IOException {
        recorder = new ConnectionRecorder();
    }

    @AfterEach
    void stopListening() throws IOException {
        recorder.close();
    }

    @Test
    void aPlantFileHasThePlantContentType() throws IOException {
        assertEquals(plantType(), typeOf("plain.plant", HEAD + ROOT));
    }

    @Test
    void describingAFileWithAnExternalDtdOpensNoConnection() throws Exception {
        typeOf("dtd.plant", HEAD + "<!DOCTYPE plant:Plant SYSTEM \"" + dtdUrl() + "\">\n" + ROOT);
        typeOf("parameter.plant", HEAD + "<!DOCTYPE plant:Plant [\n <!ENTITY % p SYSTEM \"" + dtdUrl()
                + "\">\n %p;\n]>\n" + ROOT);
        Thread.sleep(300); // the listener thread records an accepted connection asynchronously

        assertFalse(recorder.connected(), "describing the file connected to " + dtdUrl());
    }

    private IContentType plantType() {
        return Platform.getContentTypeManager().getContentType("org.fieldbridge.model.plant");
    }

    private IContentType typeOf(String name, String text) throws IOException {
        Path file = Files.writeString(dir.resolve(name), text);
        try (InputStream in = Files.newInputStream(file)) {
            return Platform.getContentTypeManager().findContentTypeFor(in, name);
        }
    }

    private String dtdUrl() {
        return recorder.url("plant.dtd");
    }
}
