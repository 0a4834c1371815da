/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Formatting")
class FormatterTest {

    static String format(String text) {
        var checked = TwinTester.check(text);
        ITextRegionAccess access = TwinTester.injector().getInstance(TextRegionAccessBuilder.class)
                .forNodeModel(checked.resource()).create();
        FormatterRequest request = TwinTester.injector().getInstance(FormatterRequest.class);
        request.setTextRegionAccess(access);
        List<ITextReplacement> replacements = TwinTester.injector().getInstance(IFormatter2.class).format(request);
        return access.getRewriter().renderToString(replacements);
    }

    @Test
    @DisplayName("puts statements on their own lines and normalises spaces around -> , { } and the alarm colon")
    void normalises() {
        String messy = """
                import "riverside.plant"    connection PLC4 modbus tcp { poll 100 ms }


                map PLC4 holding 40007 int16   ->Tank3.BathTemp{scale 0.1 ,unit degC}  map PLC4 coil 1 -> Tank3.AgitatorRunning
                alarm Hot : Tank3.BathTemp > 30 degC , severity 700
                """;
        assertEquals("""
                import "riverside.plant"
                connection PLC4 modbus tcp { poll 100 ms }

                map PLC4 holding 40007 int16 -> Tank3.BathTemp { scale 0.1, unit degC }
                map PLC4 coil 1 -> Tank3.AgitatorRunning
                alarm Hot: Tank3.BathTemp > 30 degC, severity 700
                """, format(messy));
    }

    @Test
    @DisplayName("indents the settings of a connection block written over several lines, keeping lines and comments")
    void indentsConnectionBlocks() {
        String messy = """
                import "riverside.plant"
                connection PLC4 modbus tcp {
                byte order big,word order little      // 32-bit values arrive CDAB
                        poll 250 ms , timeout 500 ms
                  // coalescing limits
                    max registers 120, max gap 8 }
                connection Oven2 opcua {sampling 100 ms,publishing 250 ms}
                """;
        String formatted = """
                import "riverside.plant"
                connection PLC4 modbus tcp {
                    byte order big, word order little      // 32-bit values arrive CDAB
                    poll 250 ms, timeout 500 ms
                    // coalescing limits
                    max registers 120, max gap 8
                }
                connection Oven2 opcua { sampling 100 ms, publishing 250 ms }
                """;
        assertEquals(formatted, format(messy));
        assertEquals(formatted, format(formatted));
    }

    @Test
    @DisplayName("is idempotent and leaves the example as it is")
    void idempotent() throws IOException {
        String example = Files.readString(TwinTester.repositoryRoot().resolve("examples/riverside/riverside.twin"));
        String once = format(example);
        assertEquals(example, once);
        assertEquals(once, format(once));
    }
}
