/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.fieldbridge.model.plant.Instrument;
import org.fieldbridge.model.plant.Plant;
import org.fieldbridge.model.plant.PlantFactory;
import org.fieldbridge.model.plant.Signal;
import org.fieldbridge.model.plant.resource.LoadProblem;
import org.fieldbridge.model.plant.resource.PlantLoadException;
import org.fieldbridge.model.plant.resource.PlantResources;
import org.fieldbridge.model.plant.resource.PlantSaveRefusedException;
import org.fieldbridge.tests.support.RepositoryRoot;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Reading and writing plant files")
class PlantResourcesTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("a plant that refers to an element cut and not pasted is not saved; the message names both in plant words")
    void failedSaveKeepsThePreviousFile() throws IOException {
        Path file = copyOfExample();
        byte[] before = Files.readAllBytes(file);
        Plant plant = PlantResources.load(file);
        // An instrument in no resource cannot be referred to: XMI serialization throws at the reference,
        // after the part of the document before it was already written.
        Instrument ghost = PlantFactory.eINSTANCE.createInstrument();
        ghost.setName("TT_Ghost");
        ExamplePlantTest.signal(plant, "Acme.Riverside.Finishing.PowderCoating.CuringOven.Zone3.Temp").setInstrument(ghost);

        IOException failure = assertThrows(IOException.class, () -> PlantResources.save(plant.eResource(), file));

        assertEquals("signal Acme.Riverside.Finishing.PowderCoating.CuringOven.Zone3.Temp refers in 'instrument' to "
                + "instrument TT_Ghost, which is no longer in the plant (cut and not pasted, or deleted). Paste it "
                + "back, or choose another instrument there, then save.", failure.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file), "the previous file was modified");
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file.getFileName().toString()), files.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    @DisplayName("an instrument cut and not pasted while a signal still uses it: the save names both, the file is unchanged")
    void cutInstrumentStillReferencedIsNamed() throws IOException {
        Path file = copyOfExample();
        byte[] before = Files.readAllBytes(file);
        Plant plant = PlantResources.load(file);
        Signal temp = ExamplePlantTest.signal(plant, "Acme.Riverside.Finishing.PowderCoating.CuringOven.Zone3.Temp");
        Instrument instrument = temp.getInstrument();
        EcoreUtil.remove(instrument);

        PlantSaveRefusedException refused = assertThrows(PlantSaveRefusedException.class,
                () -> PlantResources.save(plant.eResource(), file));

        assertEquals(1, refused.reasons().size(), refused.getMessage());
        assertTrue(refused.getMessage().startsWith("signal Acme.Riverside.Finishing.PowderCoating.CuringOven.Zone3.Temp "
                + "refers in 'instrument' to instrument " + instrument.getName() + ", which is no longer in the plant"),
                refused.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file), "the previous file was modified");
    }

    @Test
    @DisplayName("a successful save replaces the file and keeps its permissions")
    void saveReplacesTheFile() throws IOException {
        Path file = copyOfExample();
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        Plant plant = PlantResources.load(file);
        ExamplePlantTest.signal(plant, "Acme.Riverside.Finishing.AnodizingLine.Tank1.BathTemp").setDisplayName("Bath T");

        PlantResources.save(plant.eResource(), file);

        String text = Files.readString(file);
        assertTrue(text.contains("displayName=\"Bath T\""));
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertFalse(plant.eResource().isModified());
    }

    @Test
    @DisplayName("a new plant is saved with references by name and loads back")
    void newPlantRoundTrips() throws IOException {
        PlantFixture fixture = new PlantFixture();
        ResourceSet resourceSet = PlantResources.createResourceSet();
        Path file = dir.resolve("fixture.plant");
        resourceSet.createResource(org.eclipse.emf.common.util.URI.createFileURI(file.toString()))
                .getContents().add(fixture.plant);

        PlantResources.save(fixture.plant.eResource(), file);
        Plant loaded = PlantResources.load(file);

        assertTrue(Files.readString(file).contains("instrument=\"TT_Tank3\""));
        assertTrue(org.eclipse.emf.ecore.util.EcoreUtil.equals(fixture.plant, loaded));
    }

    @Test
    @DisplayName("a truncated file is reported with line and column")
    void truncatedFile() throws IOException {
        byte[] example = Files.readAllBytes(RepositoryRoot.example());
        Path file = write("truncated.plant", Arrays.copyOf(example, example.length / 2));

        LoadProblem problem = singleProblem(file);

        assertTrue(problem.line() > 1, problem.toString());
        assertTrue(problem.column() > 0, problem.toString());
        assertTrue(problem.toString().startsWith(file + ":" + problem.line() + ":" + problem.column() + ": "),
                problem.toString());
    }

    @Test
    @DisplayName("a file that is not XML is reported at line 1")
    void notXml() throws IOException {
        Path file = write("notes.plant", "Tank 3 bath temperature: see the HMI\n".getBytes(StandardCharsets.UTF_8));
        LoadProblem problem = singleProblem(file);
        assertEquals(1, problem.line(), problem.toString());
        assertTrue(problem.message().contains("XML"), problem.toString());
    }

    @Test
    @DisplayName("an empty file is reported, not thrown as a stack trace")
    void emptyFile() throws IOException {
        Path file = write("empty.plant", new byte[0]);
        PlantLoadException failure = assertThrows(PlantLoadException.class, () -> PlantResources.load(file));
        assertFalse(failure.problems().isEmpty());
    }

    @Test
    @DisplayName("an unknown attribute is reported on its line")
    void unknownAttribute() throws IOException {
        String text = exampleText().replaceFirst("displayName=\"Riverside works\"", "colour=\"blue\"");
        Path file = write("unknown.plant", text.getBytes(StandardCharsets.UTF_8));
        LoadProblem problem = singleProblem(file);
        assertInStartTag(text, "colour=\"blue\"", problem);
        assertTrue(problem.message().contains("colour"), problem.toString());
    }

    @Test
    @DisplayName("an impossible date is reported on its line")
    void impossibleDate() throws IOException {
        String text = exampleText().replace("dueDate=\"2025-03-01\"", "dueDate=\"2025-02-30\"");
        Path file = write("date.plant", text.getBytes(StandardCharsets.UTF_8));
        LoadProblem problem = singleProblem(file);
        assertInStartTag(text, "2025-02-30", problem);
        assertTrue(problem.message().contains("2025-02-30"), problem.toString());
    }

    @Test
    @DisplayName("a reference to an instrument that does not exist is reported on its line")
    void unresolvedReference() throws IOException {
        String text = exampleText().replace("instrument=\"TT_Zone2\"", "instrument=\"TT_Nowhere\"");
        Path file = write("dangling.plant", text.getBytes(StandardCharsets.UTF_8));
        LoadProblem problem = singleProblem(file);
        assertInStartTag(text, "TT_Nowhere", problem);
        assertTrue(problem.message().contains("TT_Nowhere"), problem.toString());
    }

    @Test
    @DisplayName("a missing file is reported as such")
    void missingFile() {
        PlantLoadException failure = assertThrows(PlantLoadException.class,
                () -> PlantResources.load(dir.resolve("nowhere.plant")));
        assertTrue(failure.getMessage().contains("file not found"), failure.getMessage());
    }

    @Test
    @DisplayName("a file whose root is not a plant is rejected")
    void wrongRoot() throws IOException {
        Path file = write("enterprise.plant", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<plant:Enterprise xmi:version=\"2.0\""
                + " xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:plant=\"https://fieldbridge.org/plant/1.0\" name=\"Acme\"/>\n")
                .getBytes(StandardCharsets.UTF_8));
        PlantLoadException failure = assertThrows(PlantLoadException.class, () -> PlantResources.load(file));
        assertTrue(failure.getMessage().contains("does not contain a plant"), failure.getMessage());
    }

    @Test
    @DisplayName("a failed load leaves nothing behind in the resource set")
    void failedLoadIsRemoved() throws IOException {
        Path file = write("broken.plant", "<plant:Plant".getBytes(StandardCharsets.UTF_8));
        ResourceSet resourceSet = PlantResources.createResourceSet();
        assertThrows(PlantLoadException.class, () -> PlantResources.load(resourceSet, file));
        assertTrue(resourceSet.getResources().isEmpty());
    }

    @Test
    @DisplayName("objects without a usable name are still referenced, by path")
    void unnamedTargetsFallBackToPaths() throws IOException {
        PlantFixture fixture = new PlantFixture();
        fixture.thermometer.setName("not an identifier");
        ResourceSet resourceSet = PlantResources.createResourceSet();
        Path file = dir.resolve("paths.plant");
        resourceSet.createResource(org.eclipse.emf.common.util.URI.createFileURI(file.toString()))
                .getContents().add(fixture.plant);
        PlantResources.save(fixture.plant.eResource(), file);

        Plant loaded = PlantResources.load(file);
        Signal bathTemp = (Signal) loaded.eResource().getEObject("Acme.Riverside.Finishing.AnodizingLine.Cell1.Tank3.BathTemp");
        assertEquals("not an identifier", bathTemp.getInstrument().getName());
        assertNotEquals(-1, Files.readString(file).indexOf("instrument=\"//@instruments.0\""));
    }

    @Test
    @DisplayName("Latin-1 text in a UTF-8 file is positioned at the first unreadable byte, in words")
    void wrongEncoding() throws IOException {
        String text = exampleText().replace("Riverside works", "Riverside w\u00f6rks");
        Path file = write("latin1.plant", text.getBytes(StandardCharsets.ISO_8859_1));
        LoadProblem problem = singleProblem(file);
        int at = text.indexOf('\u00f6');
        assertEquals(lineAt(text, at), problem.line(), problem.toString());
        assertEquals(at - text.lastIndexOf('\n', at), problem.column(), problem.toString());
        assertEquals(LoadProblem.SYNTAX, problem.code());
        assertTrue(problem.message().contains("not UTF-8") && problem.message().contains("0xF6"), problem.toString());
        assertFalse(problem.message().contains("Exception"), problem.toString());
    }

    @Test
    @DisplayName("load problems carry a code: plant.syntax, plant.content or plant.file")
    void problemCodes() throws IOException {
        byte[] example = Files.readAllBytes(RepositoryRoot.example());
        assertEquals(LoadProblem.SYNTAX, singleProblem(write("cut.plant", Arrays.copyOf(example, example.length / 2))).code());
        String unknown = exampleText().replaceFirst("displayName=\"Riverside works\"", "colour=\"blue\"");
        assertEquals(LoadProblem.CONTENT, singleProblem(write("colour.plant", unknown.getBytes(StandardCharsets.UTF_8))).code());
        PlantLoadException missing = assertThrows(PlantLoadException.class, () -> PlantResources.load(dir.resolve("no.plant")));
        assertEquals(LoadProblem.FILE, missing.problems().get(0).code());
    }

    @Test
    @DisplayName("no load problem names a Java class")
    void noClassNames() throws IOException {
        byte[] noise = new byte[2048];
        new java.util.Random(7).nextBytes(noise);
        String text = exampleText();
        List<byte[]> broken = List.of(noise, new byte[0], text.getBytes(StandardCharsets.UTF_16LE),
                text.replaceFirst("</equipment>", "").getBytes(StandardCharsets.UTF_8),
                text.replace("https://fieldbridge.org/plant/1.0", "urn:other").getBytes(StandardCharsets.UTF_8),
                text.replaceFirst("quantity=\"temperature\"", "quantity=\"warmth\"").getBytes(StandardCharsets.UTF_8));
        int n = 0;
        for (byte[] content : broken) {
            Path file = write("broken" + n++ + ".plant", content);
            PlantLoadException failure = assertThrows(PlantLoadException.class, () -> PlantResources.load(file));
            for (LoadProblem problem : failure.problems()) {
                assertFalse(problem.message().matches(".*([a-z]+\\.[a-z.]+\\.[A-Z]\\w+|Exception).*"), problem.toString());
                assertTrue(problem.code().startsWith("plant."), problem.toString());
            }
        }
    }

    private Path copyOfExample() throws IOException {
        return Files.copy(RepositoryRoot.example(), dir.resolve("riverside.plant"));
    }

    private Path write(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    private static String exampleText() throws IOException {
        return Files.readString(RepositoryRoot.example());
    }

    /** SAX reports attribute problems where the element's start tag ends, which may be a later line. */
    private static void assertInStartTag(String text, String needle, LoadProblem problem) {
        int index = text.indexOf(needle);
        assertTrue(index >= 0, needle);
        int first = lineAt(text, index);
        int last = lineAt(text, text.indexOf('>', index));
        assertTrue(problem.line() >= first && problem.line() <= last,
                "expected a line in " + first + ".." + last + ": " + problem);
        assertTrue(problem.column() > 0, problem.toString());
    }

    private static int lineAt(String text, int index) {
        return (int) text.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
    }

    private static LoadProblem singleProblem(Path file) {
        PlantLoadException failure = assertThrows(PlantLoadException.class, () -> PlantResources.load(file));
        assertEquals(1, failure.problems().size(), failure.getMessage());
        return failure.problems().get(0);
    }
}
