/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.onboarding.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.fieldbridge.onboarding.ImportedTag;
import org.fieldbridge.onboarding.TagSource;
import org.fieldbridge.onboarding.TagType;
import org.fieldbridge.onboarding.suggest.Confidence;
import org.fieldbridge.onboarding.suggest.SignalSuggestion;
import org.fieldbridge.onboarding.suggest.SignalSuggestions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Suggestions for tag names as HMIs and PLC programs actually have them. */
@DisplayName("Suggested names, quantities and units of real-looking tags")
class SignalSuggestionsTest {

    private final SignalSuggestions suggestions = new SignalSuggestions();

    private static ImportedTag.Builder tag(String name, TagType type) {
        return ImportedTag.builder(name, "test.csv:2").type(type).source(new TagSource.OpcUa("ns=2;s=" + name, ""));
    }

    @Test
    void tempSensorWithBathDescriptionIsTheBathTemperatureOfItsTank() {
        SignalSuggestion s = suggestions.suggest(tag("Temp_Sensor_7B", TagType.INT16).unit("°C")
                .description("Bath temperature tank 7B").build());
        assertEquals("Tank7B", s.equipment());
        assertEquals("BathTemp", s.signal());
        assertEquals("temperature", s.quantity());
        assertEquals("CEL", s.unitCode());
        assertEquals("measurement", s.kind());
        assertEquals(Confidence.MEDIUM, s.confidence(), "the tank is only named in the description");
        assertTrue(String.join(";", s.reasons()).contains("'tank 7B' in the description"), s.reasons()::toString);
    }

    @Test
    void tempSensorWithoutDescriptionIsAnHonestTemperatureOfASensorToReview() {
        SignalSuggestion s = suggestions.suggest(tag("Temp_Sensor_7B", TagType.INT16).build());
        assertEquals("Sensor7B", s.equipment(), "no equipment word: the sensor itself, not an invented tank");
        assertEquals("Temp", s.signal());
        assertEquals("temperature", s.quantity());
        assertEquals("CEL", s.unitCode(), "a temperature needs a unit: the preferred one, said to be assumed");
        assertEquals(Confidence.LOW, s.confidence());
        assertTrue(String.join(";", s.reasons()).contains("assumed"), s.reasons()::toString);
    }

    @Test
    void unitDecidesAgainstAMisleadingWordAndSaysSo() {
        SignalSuggestion s = suggestions.suggest(tag("Press_Temp_3", TagType.FLOAT32).unit("bar").build());
        assertEquals("pressure", s.quantity(), "Press is the equipment, bar the unit");
        assertEquals("Press3", s.equipment());
    }

    @Test
    void wordAndUnitThatDisagreeAreListedForReview() {
        SignalSuggestion s = suggestions.suggest(tag("Tank4_Level", TagType.FLOAT32).unit("°C").build());
        assertEquals("temperature", s.quantity(), "the unit wins");
        assertEquals(Confidence.LOW, s.confidence());
        assertTrue(s.needsReview());
        assertTrue(s.review().get(0).contains("level"), s.review()::toString);
    }

    @Test
    void setpointOfAZoneIsASetpointInItsUnit() {
        SignalSuggestion s = suggestions.suggest(tag("Oven2_Zone3_Temp_SP", TagType.FLOAT32).unit("DEG C").build());
        assertEquals("setpoint", s.kind());
        assertEquals("TempSetpoint", s.signal());
        assertEquals("Oven2", s.equipment());
        assertEquals(Confidence.HIGH, s.confidence());
    }

    @Test
    void rectifierAmpsAbbreviationsAreUnderstood() {
        SignalSuggestion s = suggestions.suggest(tag("Rect_Amps_1", TagType.FLOAT32).unit("AMPS").build());
        assertEquals("Rectifier1", s.equipment());
        assertEquals("electricCurrent", s.quantity());
        assertEquals("AMP", s.unitCode());
        assertEquals("Current", s.signal());
    }

    @Test
    void pumpWithLetteredNumberAndRpmIsARotationalSpeed() {
        SignalSuggestion s = suggestions.suggest(tag("Pump_P7_Speed", TagType.UINT16).unit("rpm").build());
        assertEquals("PumpP7", s.equipment());
        assertEquals("rotationalSpeed", s.quantity());
        assertEquals(Confidence.HIGH, s.confidence());
    }

    @Test
    void theSpeedOfAPumpWithoutUnitIsARotationalSpeedInRpm() {
        SignalSuggestion s = suggestions.suggest(tag("Speed_RPMx", TagType.INT32).description("Rinse pump P7 speed")
                .build());
        assertEquals("PumpP7", s.equipment());
        assertEquals("rotationalSpeed", s.quantity());
        assertEquals("RPM", s.unitCode());
        assertEquals(Confidence.MEDIUM, s.confidence());
        assertTrue(s.reasons().get(0).contains("the speed of a pump is how fast it turns"), s.reasons()::toString);
    }

    @Test
    void aBooleanIsAStateNamedByItsWords() {
        SignalSuggestion s = suggestions.suggest(tag("Dryer_D7_Fan", TagType.BOOL).description("Dryer D7 fan running")
                .build());
        assertEquals("DryerD7", s.equipment());
        assertEquals("FanRunning", s.signal());
        assertEquals("state", s.kind());
        assertEquals("boolean", s.dataType());
    }

    @Test
    void aCounterWithoutScaleStaysAnInteger() {
        SignalSuggestion s = suggestions.suggest(tag("Parts_Count", TagType.UINT32).build());
        assertEquals("counter", s.kind());
        assertEquals("count", s.quantity());
        assertEquals("integer", s.dataType());
    }

    @Test
    void aTagNothingExplainsIsDimensionlessAndListed() {
        SignalSuggestion s = suggestions.suggest(tag("XV_0815", TagType.INT16).build());
        assertEquals("dimensionless", s.quantity());
        assertEquals(Confidence.LOW, s.confidence());
        assertTrue(s.needsReview());
    }

    @Test
    void theSourceStructureNamesTheEquipment() {
        SignalSuggestion s = suggestions.suggest(tag("Temp", TagType.FLOAT64).unit("CEL").groups(List.of("Plant",
                "Zone1")).build());
        assertEquals("Zone1", s.equipment());
        assertEquals(Confidence.HIGH, s.confidence());
    }
}
