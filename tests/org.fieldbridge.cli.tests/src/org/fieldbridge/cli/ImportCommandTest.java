/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.fieldbridge.tests.support.RepositoryRoot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fieldbridge import}: a tag export to checked files, the review list on standard error, usage errors. */
class ImportCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path folder;

    private int run(String... args) throws Exception {
        return Fieldbridge.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of());
    }

    private static String sample(String name) {
        return RepositoryRoot.find().resolve("examples/import").resolve(name).toString();
    }

    @Test
    void anInTouchDumpImportsToCheckedFilesAndListsTheMemoryTags() throws Exception {
        int code = run("import", sample("line7-intouch-dbdump.csv"), "-o", folder.toString(), "--plant",
                "Example.Eastgate.Pretreatment.Line7", "--endpoint", "plc7.eastgate.example:502");
        String errors = err.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, errors);
        assertEquals(folder.resolve("line7.plant") + "\n" + folder.resolve("line7.twin") + "\n",
                out.toString(StandardCharsets.UTF_8));
        assertTrue(errors.contains("review: HMI_AlarmHorn (line7-intouch-dbdump.csv:7): InTouch memory tag"), errors);
        assertTrue(errors.contains("imported 13 tags (InTouch DBDump): 11 mapped, 2 not mapped"), errors);
        assertTrue(errors.contains("check: checked 2 files: 0 errors"), errors);
        String twin = Files.readString(folder.resolve("line7.twin"));
        assertTrue(twin.contains("connection PLC7 modbus tcp"), twin);
        assertTrue(Files.readString(folder.resolve("line7.plant")).contains("host=\"plc7.eastgate.example\""));
    }

    @Test
    void anUnknownFormatIsAUsageErrorInPlantWords() throws Exception {
        assertEquals(2, run("import", sample("line7-registers.csv"), "-o", folder.toString(), "--format", "xlsx"));
        String errors = err.toString(StandardCharsets.UTF_8);
        assertTrue(errors.startsWith("fieldbridge import: --format takes modbus, intouch, tia, studio5000 or kepware, "
                + "not 'xlsx'"), errors);
        assertFalse(Files.exists(folder.resolve("line7.twin")));
    }

    @Test
    void tiaTagsReadOverASecuredServerGetTheUserAndAPlaceholderReference() throws Exception {
        int code = run("import", sample("line7-tia-plctags.csv"), "-o", folder.toString(), "--plant", "Line7",
                "--endpoint", "opc.tcp://plc7.eastgate.example:4840", "--security-policy", "Basic256Sha256",
                "--security-mode", "sign-and-encrypt", "--user", "operator");
        String errors = err.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, errors);
        assertTrue(errors.contains("the password of operator is taken from env:FB_OPCUA1_PASSWORD"), errors);
        String plant = Files.readString(folder.resolve("line7.plant"));
        assertTrue(plant.contains("secretRef=\"env:FB_OPCUA1_PASSWORD\""), plant);
        assertTrue(plant.contains("securityPolicy=\"Basic256Sha256\""), plant);
        String twin = Files.readString(folder.resolve("line7.twin"));
        assertTrue(twin.contains("map OpcUa1 \"nsu=http://www.siemens.com/simatic-s7-opcua;s=\\\"Temp_Sensor_7A\\\"\""),
                twin);
    }

    @Test
    void tiaPortalsOwnWorkbookIsImported() throws Exception {
        int code = run("import", sample("line7-tia-plctags.xlsx"), "-o", folder.toString(), "--plant", "Line7",
                "--endpoint", "opc.tcp://127.0.0.1:4840");
        String errors = err.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, errors);
        assertTrue(errors.contains("imported 12 tags (TIA Portal PLC tags)"), errors);
        assertTrue(Files.readString(folder.resolve("line7.twin")).contains("\"Temp_Sensor_7A\" -> Tank7A.BathTemp"));
    }

    @Test
    void aDamagedOrForeignWorkbookIsRefusedWithWhatToDo() throws Exception {
        Path workbook = Files.write(folder.resolve("PLCTags.xlsx"), new byte[] { 'P', 'K', 3, 4, 20, 0, 6, 0 });
        assertEquals(2, run("import", workbook.toString(), "-o", folder.resolve("out").toString()));
        String errors = err.toString(StandardCharsets.UTF_8);
        assertTrue(errors.startsWith("fieldbridge import: PLCTags.xlsx: the workbook cannot be read: it is not a "
                + "readable zip archive"), errors);
        assertTrue(errors.contains("export it again from the engineering tool, or open it in Excel and save the tag "
                + "sheet as CSV"), errors);
        assertFalse(Files.exists(folder.resolve("out")));
    }

    @Test
    void aPasswordIsOnlyTakenAsAReference() throws Exception {
        assertEquals(2, run("import", "opc.tcp://127.0.0.1:4840", "-o", folder.toString(), "--user", "operator",
                "--password-ref", "hunter2"));
        String errors = err.toString(StandardCharsets.UTF_8);
        assertTrue(errors.startsWith("fieldbridge import: --password-ref"), errors);
        assertFalse(errors.contains("hunter2"), "the value is not repeated: " + errors);
    }
}
