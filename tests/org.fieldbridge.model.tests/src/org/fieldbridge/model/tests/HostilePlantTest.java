/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.fieldbridge.model.plant.Plant;
import org.fieldbridge.model.plant.resource.LoadProblem;
import org.fieldbridge.model.plant.resource.PlantLoadException;
import org.fieldbridge.model.plant.resource.PlantResources;
import org.fieldbridge.tests.support.ConnectionRecorder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plant file received from outside (a contractor, a customer) must not make the loader read other files,
 * open network connections or expand entities: a DOCTYPE is refused outright, with a positioned problem.
 */
@DisplayName("Plant files that declare a DOCTYPE")
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class HostilePlantTest {

    private static final String SECRET = "s3cret-line-from-a-local-file";
    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    private static final String ROOT = "<plant:Plant xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
            + " xmlns:plant=\"https://fieldbridge.org/plant/1.0\"";

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
    @DisplayName("without a DOCTYPE the same plant loads (the refusals below are about the DOCTYPE alone)")
    void thePlantWithoutDoctypeLoads() throws IOException {
        Plant plant = PlantResources.load(write("plain.plant", HEAD + ROOT + ">\n  <description>hello</description>\n"
                + "</plant:Plant>\n"));

        assertEquals("hello", plant.getDescription());
    }

    @Test
    @DisplayName("an external entity naming a local file is refused, and nothing of that file appears")
    void externalFileEntityIsRefused() throws IOException {
        Path secret = Files.writeString(dir.resolve("passwd"), SECRET + "\n");
        Path file = write("xxe.plant", HEAD + "<!DOCTYPE plant:Plant [<!ENTITY e SYSTEM \"" + secret.toUri() + "\">]>\n"
                + ROOT + ">\n  <description>&e;</description>\n</plant:Plant>\n");

        assertRefusedAtLine(2, file);
    }

    @Test
    @DisplayName("an external entity in an attribute is refused the same way")
    void externalEntityInAnAttributeIsRefused() throws IOException {
        Path secret = Files.writeString(dir.resolve("passwd"), SECRET + "\n");
        Path file = write("xxe-attribute.plant", HEAD + "<!DOCTYPE x [<!ENTITY e SYSTEM \"" + secret.toUri() + "\">]>\n"
                + ROOT + " description=\"&e;\"/>\n");

        assertRefusedAtLine(2, file);
    }

    @Test
    @DisplayName("internal entities expanding into each other (billion laughs) are refused before any expansion")
    void billionLaughsIsRefused() throws IOException {
        StringBuilder doctype = new StringBuilder("<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n");
        for (int level = 1; level <= 9; level++) {
            String previous = level == 1 ? "lol" : "lol" + (level - 1);
            doctype.append(" <!ENTITY lol").append(level).append(" \"").append(("&" + previous + ";").repeat(10))
                    .append("\">\n");
        }
        doctype.append("]>\n");
        Path file = write("laughs.plant", HEAD + doctype + ROOT + " description=\"&lol9;\"/>\n");

        assertRefusedAtLine(2, file);
    }

    @Test
    @DisplayName("an external DTD URL is refused without opening a connection")
    void externalDtdIsNotFetched() throws IOException {
        Path file = write("dtd.plant", HEAD + "<!DOCTYPE plant:Plant SYSTEM \"" + dtdUrl() + "\">\n" + ROOT + "/>\n");

        assertRefusedAtLine(2, file);
        assertNobodyConnected();
    }

    @Test
    @DisplayName("an external parameter entity is refused without opening a connection")
    void externalParameterEntityIsNotFetched() throws IOException {
        Path file = write("parameter.plant", HEAD + "<!DOCTYPE plant:Plant [\n <!ENTITY % p SYSTEM \"" + dtdUrl()
                + "\">\n %p;\n]>\n" + ROOT + "/>\n");

        assertRefusedAtLine(2, file);
        assertNobodyConnected();
    }

    @Test
    @DisplayName("load options given by a caller cannot switch the refusal off")
    void callerOptionsCannotReenableDoctypes() throws IOException {
        Path file = write("options.plant", HEAD + "<!DOCTYPE plant:Plant SYSTEM \"" + dtdUrl() + "\">\n" + ROOT + "/>\n");
        Resource resource = PlantResources.createResourceSet().createResource(URI.createFileURI(file.toString()));
        Map<String, Object> options = Map.of(XMLResource.OPTION_PARSER_FEATURES,
                Map.of("http://apache.org/xml/features/disallow-doctype-decl", Boolean.FALSE));

        assertThrows(IOException.class, () -> resource.load(options));

        assertFalse(resource.getErrors().isEmpty());
        assertTrue(resource.getContents().isEmpty());
        assertNobodyConnected();
    }

    private void assertRefusedAtLine(int line, Path file) {
        PlantLoadException failure = assertThrows(PlantLoadException.class, () -> PlantResources.load(file));

        assertEquals(1, failure.problems().size(), failure.getMessage());
        LoadProblem problem = failure.problems().get(0);
        assertEquals(LoadProblem.DOCTYPE, problem.code(), problem.toString());
        assertEquals(line, problem.line(), problem.toString());
        assertTrue(problem.column() > 0, problem.toString());
        assertTrue(problem.message().contains("may not declare a DOCTYPE"), problem.toString());
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            assertFalse(String.valueOf(cause.getMessage()).contains(SECRET), "file content leaked: " + cause);
            assertFalse(String.valueOf(cause.getMessage()).contains("lollollol"), "entity expanded: " + cause);
        }
    }

    private void assertNobodyConnected() {
        assertFalse(recorder.connected(), "the loader connected to " + dtdUrl());
    }

    private String dtdUrl() {
        return recorder.url("plant.dtd");
    }

    private Path write(String name, String text) {
        try {
            return Files.writeString(dir.resolve(name), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
