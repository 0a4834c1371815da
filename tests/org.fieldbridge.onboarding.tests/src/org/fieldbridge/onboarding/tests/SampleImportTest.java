/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.onboarding.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.fieldbridge.dsl.check.CheckReport;
import org.fieldbridge.onboarding.ImportRequest;
import org.fieldbridge.onboarding.ImportResult;
import org.fieldbridge.onboarding.ReviewItem;
import org.fieldbridge.onboarding.TagFormat;
import org.fieldbridge.tests.support.RepositoryRoot;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each shipped sample of examples/import, recognised from its content, imported into a fresh folder: the model
 * passes the checker with no error, every tag is either mapped or listed for review (never dropped), and every
 * mapping carries its suggestion as a comment.
 */
@DisplayName("Importing the tag export samples of examples/import")
class SampleImportTest {

    @TempDir
    Path out;

    @ParameterizedTest(name = "{0} is recognised as {1} and imports to a model without errors")
    @CsvSource({
        "line7-registers.csv, MODBUS, 127.0.0.1:5020, 13, 0",
        "line7-kepware.csv, KEPWARE, 127.0.0.1:5020, 12, 0",
        "line7-intouch-dbdump.csv, INTOUCH, 127.0.0.1:5020, 13, 2",
        "line7-tia-plctags.csv, TIA, opc.tcp://127.0.0.1:4840, 12, 0",
        "line7-studio5000-tags.csv, STUDIO5000, opc.tcp://127.0.0.1:4840, 13, 2" })
    void sampleImportsToACheckedModel(String sample, TagFormat format, String endpoint, int tags, int unmapped)
            throws Exception {
        Path file = RepositoryRoot.find().resolve("examples/import").resolve(sample);
        assertEquals(format, TagFormat.detect(Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1))
                .orElseThrow());
        ImportResult result = Onboarding.importer().run(ImportRequest.of(List.of(file.toString()), out)
                .withPlant("Example.Eastgate.Pretreatment.Line7").withEndpoint(endpoint));
        CheckReport report = Onboarding.check(out);
        String twin = Files.readString(result.twinFile());
        assertEquals(0, report.errors(), () -> Onboarding.lines(report) + "\n" + twin);
        assertEquals(tags, result.tags(), result.summary());
        long notMapped = result.review().stream().filter(r -> !r.mapped()).count();
        assertEquals(unmapped, notMapped, () -> result.review().stream().map(ReviewItem::line).toList().toString());
        assertEquals(tags, result.mapped() + notMapped, "every tag mapped or listed, none dropped");
        for (ReviewItem item : result.review()) {
            assertTrue(twin.contains(item.tag()), () -> item.tag() + " is listed in the .twin\n" + twin);
        }
        long mappings = twin.lines().filter(l -> l.startsWith("map ")).count();
        assertEquals(result.mapped(), mappings, twin);
        assertTrue(twin.contains("confidence: "), twin);
        // kept for people to read: target/imported/<sample>/ (the temporary folder goes away)
        Path kept = Files.createDirectories(Path.of("target", "imported", sample.replace(".csv", "")));
        Files.copy(result.twinFile(), kept.resolve("line7.twin"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.copy(result.plantFile(), kept.resolve("line7.plant"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
