/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import org.eclipse.xtext.parser.impl.TokenRegionProvider;
import org.eclipse.xtext.util.ReplaceRegion;
import org.fieldbridge.dsl.resource.LocalTokenRegions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Partial parsing widens every edit to whole tokens; {@link LocalTokenRegions} lexes only from a nearby line
 * and must widen exactly as Xtext's provider, which lexes from the start of the file.
 */
@DisplayName("Token regions of edits")
class TokenRegionTest {

    private static final List<String> INSERTS = List.of("", "x", "\n", "\"", "*/", "/*", "-");

    private static final String TRICKY = """
            package a.b
            /* a block comment
            map P holding 1 int16 -> X.Y
               spanning lines */ import "p.plant"
            connection P modbus tcp "127.0.0.1:502" unit 1 { poll 1 s }
            map P holding 2 int16 "an escaped \\
            line break" -> X.Z // a line comment /* that opens nothing
            map P holding-register:3:INT -> X.W
              map P 4x0004 float32 "unterminated -> X.V
            alarm A: X.Y > -1.5 degC, clear below 2 degC
            /* unclosed comment till the end
            map P coil 9 -> X.U
            """;

    @Test
    @DisplayName("widens every edit of the example and of tricky text exactly as Xtext does")
    void sameAsXtext() throws IOException {
        TokenRegionProvider xtext = new TokenRegionProvider();
        TwinTester.injector().injectMembers(xtext);
        LocalTokenRegions local = TwinTester.injector().getInstance(LocalTokenRegions.class);
        // the example from its first connection to the first mappings: its comments, blocks and addresses
        String riverside = Files.readString(TwinTester.repositoryRoot().resolve("examples/riverside/riverside.twin"));
        int from = riverside.indexOf("connection PLC4");
        String example = riverside.substring(from, riverside.indexOf("map PLC4 holding-register", from));
        for (String text : List.of(example, TRICKY, TRICKY.replace("\n", "\r\n"))) {
            for (int offset = 0; offset <= text.length(); offset++) {
                for (String insert : INSERTS) {
                    for (int replaced = 0; replaced <= 1 && offset + replaced <= text.length(); replaced++) {
                        String changed = text.substring(0, offset) + insert + text.substring(offset + replaced);
                        ReplaceRegion edit = new ReplaceRegion(offset, replaced, insert);
                        String expected = xtext.getTokenReplaceRegion(changed, edit).toString();
                        String actual = local.getTokenReplaceRegion(changed, edit).toString();
                        if (!expected.equals(actual)) {
                            assertEquals(expected, actual, "replacing " + replaced + " at " + offset + " by '" + insert
                                    + "' in\n" + changed);
                        }
                    }
                }
            }
        }
    }
}
