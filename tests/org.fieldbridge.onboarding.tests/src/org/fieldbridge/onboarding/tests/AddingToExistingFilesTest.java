/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.onboarding.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.fieldbridge.dsl.check.CheckReport;
import org.fieldbridge.onboarding.ImportRequest;
import org.fieldbridge.onboarding.ImportResult;
import org.fieldbridge.tests.support.RepositoryRoot;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A second import adds to the .plant and .twin of the first without touching what is there. */
@DisplayName("Adding an import to existing files")
class AddingToExistingFilesTest {

    private static final String LINE = "Example.Eastgate.Pretreatment.Line7";

    @TempDir
    Path out;

    private static String sample(String name) {
        return RepositoryRoot.find().resolve("examples/import").resolve(name).toString();
    }

    private ImportResult run(String sample) throws Exception {
        return Onboarding.importer().run(ImportRequest.of(List.of(sample(sample)), out).withPlant(LINE)
                .withEndpoint("127.0.0.1:5020"));
    }

    @Test
    void aSecondSourceAddsAndLeavesEveryExistingByteInPlace() throws Exception {
        ImportResult first = run("line7-registers.csv");
        byte[] twinBefore = Files.readAllBytes(first.twinFile());
        List<String> plantBefore = Files.readAllLines(first.plantFile());

        ImportResult second = run("line7-tia-plctags.csv");

        assertTrue(!second.created());
        byte[] twinAfter = Files.readAllBytes(second.twinFile());
        assertTrue(twinAfter.length > twinBefore.length);
        assertArrayEquals(twinBefore, java.util.Arrays.copyOf(twinAfter, twinBefore.length),
                "the .twin's existing text is kept byte for byte; the import is appended");
        assertSubsequence(plantBefore, Files.readAllLines(second.plantFile()));
        String added = new String(twinAfter, twinBefore.length, twinAfter.length - twinBefore.length,
                StandardCharsets.UTF_8);
        assertTrue(added.contains("// imported by fieldbridge import on 2026-12-07 from line7-tia-plctags.csv"), added);
        assertTrue(added.contains("connection OpcUa1 opcua"), added);
        assertTrue(second.review().stream().anyMatch(r -> r.what().contains("name clash")),
                () -> "Tank7A's names taken by the first import are listed: " + second.review());
        CheckReport report = Onboarding.check(out);
        assertEquals(0, report.errors(), () -> Onboarding.lines(report));
    }

    @Test
    void tagsAtAddressesAlreadyMappedAreNotMappedTwice() throws Exception {
        run("line7-registers.csv");
        ImportResult kepware = run("line7-kepware.csv");
        assertEquals(11, kepware.alreadyMapped(), "the same registers under Kepware's names: " + kepware.summary());
        assertEquals(1, kepware.mapped(), "only the rinse water flow is new");
        String twin = Files.readString(kepware.twinFile());
        assertEquals(1, twin.lines().filter(l -> l.startsWith("connection PLC1")).count(), "declared once:\n" + twin);
        CheckReport report = Onboarding.check(out);
        assertEquals(0, report.errors(), () -> Onboarding.lines(report));
    }

    @Test
    void importingTheSameExportAgainAddsNothing() throws Exception {
        ImportResult first = run("line7-registers.csv");
        byte[] plant = Files.readAllBytes(first.plantFile());
        ImportResult again = run("line7-registers.csv");
        assertEquals(first.mapped(), again.alreadyMapped(), again.summary());
        assertEquals(0, again.mapped());
        assertArrayEquals(plant, Files.readAllBytes(again.plantFile()), "no signal added, the plant unchanged");
    }

    @Test
    void aNewLineIsAddedToTheRiversideExampleWithoutTouchingIt() throws Exception {
        Path plant = Files.copy(RepositoryRoot.example(), out.resolve("riverside.plant"));
        Path twin = Files.copy(RepositoryRoot.riverside().resolve("riverside.twin"), out.resolve("riverside.twin"));
        List<String> plantBefore = Files.readAllLines(plant);
        byte[] twinBefore = Files.readAllBytes(twin);
        ImportResult result = Onboarding.importer().run(ImportRequest.of(List.of(sample("line7-registers.csv")), out)
                .withPlant("Acme.Riverside.Finishing.Riverside").withEndpoint("127.0.0.1:5021"));
        assertEquals(plant, result.plantFile());
        assertSubsequence(plantBefore, Files.readAllLines(plant));
        byte[] twinAfter = Files.readAllBytes(twin);
        assertArrayEquals(twinBefore, java.util.Arrays.copyOf(twinAfter, twinBefore.length));
        CheckReport report = Onboarding.check(out);
        assertEquals(0, report.errors(), () -> Onboarding.lines(report));
    }

    @Test
    void aPlantLaidOutByHandKeepsItsLayoutAndGetsTheNewElementsInserted() throws Exception {
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(RepositoryRoot.example()));
        lines.add(1, "<!-- kept by hand: EMF would drop this comment on saving -->");
        lines.replaceAll(line -> line.replace("    ", "\t"));
        Path plant = Files.write(out.resolve("riverside.plant"), lines);
        ImportResult result = Onboarding.importer().run(ImportRequest.of(List.of(sample("line7-registers.csv")), out)
                .withPlant("Acme.Riverside.Finishing.Riverside").withEndpoint("127.0.0.1:5021"));
        assertEquals(plant, result.plantFile());
        List<String> after = Files.readAllLines(plant);
        assertSubsequence(lines, after);
        assertTrue(after.size() > lines.size());
        CheckReport report = Onboarding.check(out);
        assertEquals(0, report.errors(), () -> Onboarding.lines(report));
    }

    private static void assertSubsequence(List<String> before, List<String> after) {
        int at = 0;
        for (String line : after) {
            if (at < before.size() && line.equals(before.get(at))) {
                at++;
            }
        }
        assertEquals(before.size(), at, () -> "line " + before.get(Math.min(before.size() - 1, 0)) + "...: every line of "
                + "the plant is still there, in order");
    }
}
