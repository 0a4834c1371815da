/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.fieldbridge.tests.support.ConnectionRecorder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code fieldbridge check} on plant files that declare a DOCTYPE: refused, positioned, nothing leaked. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class CheckHostilePlantTest {

    private static final String SECRET = "s3cret-line-from-a-local-file";
    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    private static final String ROOT = "<plant:Plant xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
            + " xmlns:plant=\"https://fieldbridge.org/plant/1.0\"";

    @TempDir
    Path dir;

    @Test
    void checkReportsEachDoctypeAtItsLineWithoutReadingWhatItNames() throws Exception {
        Path secret = Files.writeString(dir.resolve("passwd"), SECRET + "\n");
        StringBuilder laughs = new StringBuilder("<!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int level = 1; level <= 9; level++) {
            laughs.append("<!ENTITY lol").append(level).append(" \"")
                    .append(("&lol" + (level == 1 ? "" : level - 1) + ";").repeat(10)).append("\">");
        }
        try (ConnectionRecorder recorder = new ConnectionRecorder()) {
            write("xxe.plant", "<!DOCTYPE x [<!ENTITY e SYSTEM \"" + secret.toUri() + "\">]>\n" + ROOT
                    + ">\n  <description>&e;</description>\n</plant:Plant>\n");
            write("laughs.plant", laughs + "]>\n" + ROOT + " description=\"&lol9;\"/>\n");
            write("dtd.plant", "<!DOCTYPE plant:Plant SYSTEM \"" + recorder.url("plant.dtd") + "\">\n" + ROOT
                    + "/>\n");

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int exit = Fieldbridge.run(new String[] {"check", dir.toString()},
                    new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

            String printed = out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
            assertEquals(1, exit, printed);
            for (String name : new String[] {"xxe.plant", "laughs.plant", "dtd.plant"}) {
                assertTrue(printed.contains(name + ":2:"), printed);
            }
            assertEquals(3, printed.split("error plant\\.doctype: plant files may not declare a DOCTYPE", -1).length - 1,
                    printed);
            assertTrue(printed.contains("checked 3 files: 3 errors"), printed);
            assertFalse(printed.contains(SECRET), printed);
            assertFalse(printed.contains("lollol"), printed);
            assertFalse(recorder.connected(), "check connected to the DTD URL");
        }
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), HEAD + text);
    }
}
