/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EditDistanceTest {

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({ "'', '', 0", "'', abc, 3", "abc, '', 3", "degC, degC, 0", "degc, degC, 1", "kitten, sitting, 3",
            "BathTmp, BathTemp, 1", "pollIntervall, pollInterval, 1", "ab, ba, 2" })
    void countsInsertionsDeletionsAndSubstitutions(String a, String b, int expected) {
        assertEquals(expected, EditDistance.between(a, b));
        assertEquals(expected, EditDistance.between(b, a));
    }
}
