/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.workspace.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.content.IContentType;
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

    private ServerSocket listener;
    private final AtomicBoolean connected = new AtomicBoolean();

    @BeforeEach
    void listenOnAFreeLoopbackPort() throws IOException {
        listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(() -> {
            while (!listener.isClosed()) {
                try (Socket peer = listener.accept()) {
                    connected.set(true);
                } catch (IOException e) {
                    return;
                }
            }
        }, "dtd-listener");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    @AfterEach
    void stopListening() throws IOException {
        listener.close();
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

        assertFalse(connected.get(), "describing the file connected to " + dtdUrl());
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
        return "http://127.0.0.1:" + listener.getLocalPort() + "/plant.dtd";
    }
}
