/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.fieldbridge.model.plant.CalibrationRecord;
import org.fieldbridge.model.plant.Conformity;
import org.fieldbridge.model.plant.MessageSecurityMode;
import org.fieldbridge.model.plant.PlantFactory;
import org.fieldbridge.model.plant.Quantity;
import org.fieldbridge.model.plant.SecurityPolicy;
import org.fieldbridge.model.plant.Signal;
import org.fieldbridge.model.plant.resource.PlantResources;
import org.fieldbridge.model.plant.validation.PlantRule;
import org.fieldbridge.model.plant.validation.PlantValidation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every validation rule with at least one change that breaks it and one that keeps the plant valid (often
 * the boundary value). Each case starts from {@link PlantFixture}, which is valid.
 */
@DisplayName("Plant validation rules")
class ValidationRulesTest {

    private static final String BATH_TEMP = "Acme.Riverside.Finishing.AnodizingLine.Cell1.Tank3.BathTemp";
    private static final String MODBUS = "Modbus TCP endpoint of controller PLC4";

    /** A change to the fixture and what validation must say about it. */
    record RuleCase(String description, PlantRule rule, boolean violates, String mentions,
            Consumer<PlantFixture> change) {
        @Override
        public String toString() {
            return description;
        }
    }

    static RuleCase breaks(PlantRule rule, String description, String mentions, Consumer<PlantFixture> change) {
        return new RuleCase(description, rule, true, mentions, change);
    }

    static RuleCase keeps(PlantRule rule, String description, Consumer<PlantFixture> change) {
        return new RuleCase(description, rule, false, null, change);
    }

    static Stream<RuleCase> cases() {
        return Stream.of(
                breaks(PlantRule.NAME_MISSING, "a signal without a name is an error", "Tank3", f -> f.bathTemp.setName("")),
                keeps(PlantRule.NAME_MISSING, "a name of a single underscore is a name", f -> f.bathTemp.setName("_")),
                breaks(PlantRule.NAME_INVALID, "a name starting with a digit is an error", "3Tank", f -> f.tank.setName("3Tank")),
                breaks(PlantRule.NAME_INVALID, "a name with a hyphen is an error", "TT-301", f -> f.thermometer.setName("TT-301")),
                breaks(PlantRule.NAME_INVALID, "a name with a space is an error", "Bath Temp", f -> f.bathTemp.setName("Bath Temp")),
                keeps(PlantRule.NAME_INVALID, "letters, digits and underscores make a valid name", f -> f.tank.setName("Tank_3b")),
                breaks(PlantRule.NAME_DUPLICATE, "a sub-equipment named like a signal of the same equipment is an error",
                        "Acme.Riverside.Finishing.AnodizingLine.Cell1.Tank3", f -> f.zone.setName("BathTemp")),
                breaks(PlantRule.NAME_DUPLICATE, "an instrument named like a controller is an error", "PLC4",
                        f -> f.thermometer.setName("PLC4")),
                keeps(PlantRule.NAME_DUPLICATE, "equal names under different parents are fine", f -> f.zoneTemp.setName("BathTemp")),
                breaks(PlantRule.UNIT_CODE_INVALID, "a lower-case common code is an error", "cel", f -> f.celsius.setCommonCode("cel")),
                breaks(PlantRule.UNIT_CODE_INVALID, "a four-letter common code is an error", "CELS", f -> f.ampere.setCommonCode("CELS")),
                breaks(PlantRule.UNIT_CODE_INVALID, "a unit without common code is an error", "°C", f -> f.celsius.setCommonCode(null)),
                keeps(PlantRule.UNIT_CODE_INVALID, "a two-character code with a digit (4K, milliampere) is valid", f -> f.ampere.setCommonCode("4K")),
                breaks(PlantRule.UNIT_CODE_UNKNOWN, "a well-formed code missing from the Rec 20 list (KGH, not kg/h) is an error",
                        "KGH", f -> f.ampere.setCommonCode("KGH")),
                keeps(PlantRule.UNIT_CODE_UNKNOWN, "a code of the Rec 20 list (B47, kilonewton) is valid", f -> f.ampere.setCommonCode("B47")),
                breaks(PlantRule.SIGNAL_RANGE_INVALID, "a range with minimum above maximum is an error", BATH_TEMP,
                        f -> range(f.bathTemp, 40, 0)),
                breaks(PlantRule.SIGNAL_RANGE_INVALID, "a range with minimum equal to maximum is an error", BATH_TEMP,
                        f -> range(f.bathTemp, 20, 20)),
                keeps(PlantRule.SIGNAL_RANGE_INVALID, "a range with only an upper bound is open below",
                        f -> f.bathTemp.getValidRange().unsetMinimum()),
                keeps(PlantRule.SIGNAL_RANGE_INVALID, "a range below zero is fine", f -> range(f.bathTemp, -20, -0.5)),
                breaks(PlantRule.SIGNAL_SAMPLE_PERIOD_INVALID, "a sample period of 0 ms is an error", BATH_TEMP,
                        f -> f.bathTemp.setSamplePeriodMs(0)),
                breaks(PlantRule.SIGNAL_SAMPLE_PERIOD_INVALID, "a negative sample period is an error", BATH_TEMP,
                        f -> f.bathTemp.setSamplePeriodMs(-100)),
                keeps(PlantRule.SIGNAL_SAMPLE_PERIOD_INVALID, "a sample period of 1 ms is valid", f -> f.bathTemp.setSamplePeriodMs(1)),
                breaks(PlantRule.SIGNAL_UNIT_MISSING, "a temperature without unit is an error", BATH_TEMP, f -> f.bathTemp.setUnit(null)),
                keeps(PlantRule.SIGNAL_UNIT_MISSING, "a state signal needs no unit", f -> f.running.setUnit(null)),
                breaks(PlantRule.SIGNAL_UNIT_INCOMPATIBLE, "a temperature in ampere is an error", "CEL, FAH, KEL",
                        f -> f.bathTemp.setUnit(f.ampere)),
                breaks(PlantRule.SIGNAL_UNIT_INCOMPATIBLE, "a state signal with a unit is an error", "AgitatorRunning",
                        f -> f.running.setUnit(f.celsius)),
                keeps(PlantRule.SIGNAL_UNIT_INCOMPATIBLE, "a temperature in kelvin is valid", f -> f.bathTemp.setUnit(f.kelvin)),
                keeps(PlantRule.SIGNAL_UNIT_INCOMPATIBLE, "a press force in kN is valid", f -> {
                    f.ampere.setCommonCode("B47");
                    f.bathTemp.setQuantity(Quantity.FORCE);
                    f.bathTemp.setUnit(f.ampere);
                    f.bathTemp.setInstrument(null);
                }),
                breaks(PlantRule.SIGNAL_UNIT_INCOMPATIBLE, "a pressure in mS/cm (a conductivity unit) is an error", "BAR", f -> {
                    f.ampere.setCommonCode("H61");
                    f.bathTemp.setQuantity(Quantity.PRESSURE);
                    f.bathTemp.setUnit(f.ampere);
                }),
                keeps(PlantRule.SIGNAL_UNIT_INCOMPATIBLE, "a bath conductivity in mS/cm is valid", f -> {
                    f.ampere.setCommonCode("H61");
                    f.bathTemp.setQuantity(Quantity.CONDUCTIVITY);
                    f.bathTemp.setUnit(f.ampere);
                    f.bathTemp.setInstrument(null);
                }),
                breaks(PlantRule.SIGNAL_INSTRUMENT_QUANTITY, "a temperature signal measured by a pressure instrument is an error",
                        "TT_Tank3", f -> f.thermometer.setQuantity(Quantity.PRESSURE)),
                keeps(PlantRule.SIGNAL_INSTRUMENT_QUANTITY, "a signal without instrument is valid", f -> f.bathTemp.setInstrument(null)),
                breaks(PlantRule.INSTRUMENT_NOT_CALIBRATED, "an instrument without calibration record is a warning", "TT_Tank3",
                        f -> f.thermometer.getCalibrations().clear()),
                keeps(PlantRule.INSTRUMENT_NOT_CALIBRATED, "two calibration records are fine", f -> f.thermometer.getCalibrations()
                        .add(0, record(f, LocalDate.of(2023, 1, 10), LocalDate.of(2025, 1, 31)))),
                breaks(PlantRule.CALIBRATION_INCOMPLETE, "a record without certificate id is an error", "certificate id",
                        f -> f.calibration.setCertificateId(null)),
                breaks(PlantRule.CALIBRATION_INCOMPLETE, "a record without due date is an error", "due date",
                        f -> f.calibration.setDueDate(null)),
                keeps(PlantRule.CALIBRATION_INCOMPLETE, "a record without conformity statement is complete",
                        f -> f.calibration.setConformity(Conformity.NOT_STATED)),
                breaks(PlantRule.CALIBRATION_NOT_ACCREDITED, "a record without accreditation number is a warning", "RKL-2025-00042",
                        f -> f.calibration.setAccreditationNumber(" ")),
                keeps(PlantRule.CALIBRATION_NOT_ACCREDITED, "a record from another accreditation body is fine",
                        f -> f.calibration.setAccreditationBody("UKAS")),
                breaks(PlantRule.CALIBRATION_DUE_BEFORE_CALIBRATION, "a due date equal to the calibration date is an error",
                        "2025-01-10", f -> f.calibration.setDueDate(LocalDate.of(2025, 1, 10))),
                breaks(PlantRule.CALIBRATION_DUE_BEFORE_CALIBRATION, "a due date before the calibration date is an error",
                        "RKL-2025-00042", f -> f.calibration.setDueDate(LocalDate.of(2024, 12, 31))),
                keeps(PlantRule.CALIBRATION_DUE_BEFORE_CALIBRATION, "a due date one day after calibration is valid",
                        f -> f.calibration.setDueDate(LocalDate.of(2026, 1, 16))),
                breaks(PlantRule.CALIBRATION_EXPIRED, "a record due yesterday is expired (warning)", "TT_Tank3",
                        f -> f.calibration.setDueDate(PlantFixture.TODAY.minusDays(1))),
                keeps(PlantRule.CALIBRATION_EXPIRED, "a record due today is still valid",
                        f -> f.calibration.setDueDate(PlantFixture.TODAY)),
                keeps(PlantRule.CALIBRATION_EXPIRED, "an expired record superseded by a current one is history",
                        f -> f.thermometer.getCalibrations()
                                .add(0, record(f, LocalDate.of(2023, 1, 10), LocalDate.of(2025, 1, 31)))),
                breaks(PlantRule.CALIBRATION_UNCERTAINTY_INVALID, "an expanded uncertainty of zero is an error", "uncertainty",
                        f -> f.calibration.setExpandedUncertainty(0)),
                breaks(PlantRule.CALIBRATION_UNCERTAINTY_INVALID, "a coverage factor of zero is an error", "k = 0.0",
                        f -> f.calibration.setCoverageFactor(0)),
                keeps(PlantRule.CALIBRATION_UNCERTAINTY_INVALID, "a coverage factor of 1 is valid",
                        f -> f.calibration.setCoverageFactor(1)),
                breaks(PlantRule.MODBUS_HOST_MISSING, "a Modbus endpoint without host is an error", MODBUS, f -> f.modbus.setHost("")),
                keeps(PlantRule.MODBUS_HOST_MISSING, "a host name is as good as an address", f -> f.modbus.setHost("localhost")),
                breaks(PlantRule.ENDPOINT_PORT_INVALID, "port 0 is an error", MODBUS, f -> f.modbus.setPort(0)),
                breaks(PlantRule.ENDPOINT_PORT_INVALID, "port 65536 is an error", "65536", f -> f.modbus.setPort(65536)),
                keeps(PlantRule.ENDPOINT_PORT_INVALID, "port 1 is valid", f -> f.modbus.setPort(1)),
                keeps(PlantRule.ENDPOINT_PORT_INVALID, "port 65535 is valid", f -> f.modbus.setPort(65535)),
                breaks(PlantRule.MODBUS_UNIT_ID_INVALID, "unit id 256 is an error", "256", f -> f.modbus.setUnitId(256)),
                breaks(PlantRule.MODBUS_UNIT_ID_INVALID, "unit id -1 is an error", MODBUS, f -> f.modbus.setUnitId(-1)),
                keeps(PlantRule.MODBUS_UNIT_ID_INVALID, "unit id 255 (device addressed directly) is valid", f -> f.modbus.setUnitId(255)),
                breaks(PlantRule.MODBUS_UNIT_ID_BROADCAST, "unit id 0 (broadcast) is a warning", "broadcast", f -> f.modbus.setUnitId(0)),
                keeps(PlantRule.MODBUS_UNIT_ID_BROADCAST, "unit id 247 (last serial slave address) is valid", f -> f.modbus.setUnitId(247)),
                breaks(PlantRule.MODBUS_TIMEOUT_INVALID, "a connect timeout of 0 ms is an error", "connect timeout",
                        f -> f.modbus.setConnectTimeoutMs(0)),
                breaks(PlantRule.MODBUS_TIMEOUT_INVALID, "a negative response timeout is an error", "response timeout",
                        f -> f.modbus.setResponseTimeoutMs(-1)),
                keeps(PlantRule.MODBUS_TIMEOUT_INVALID, "timeouts of 1 ms are valid", f -> {
                    f.modbus.setConnectTimeoutMs(1);
                    f.modbus.setResponseTimeoutMs(1);
                }),
                breaks(PlantRule.MODBUS_MAX_REGISTERS_INVALID, "126 registers per request is an error (Modbus allows 125)", "126",
                        f -> f.modbus.setMaxRegistersPerRequest(126)),
                breaks(PlantRule.MODBUS_MAX_REGISTERS_INVALID, "0 registers per request is an error", MODBUS,
                        f -> f.modbus.setMaxRegistersPerRequest(0)),
                keeps(PlantRule.MODBUS_MAX_REGISTERS_INVALID, "1 register per request without gaps is valid", f -> {
                    f.modbus.setMaxRegistersPerRequest(1);
                    f.modbus.setMaxRegisterGap(0);
                }),
                breaks(PlantRule.MODBUS_MAX_GAP_INVALID, "a negative register gap is an error", MODBUS,
                        f -> f.modbus.setMaxRegisterGap(-1)),
                breaks(PlantRule.MODBUS_MAX_GAP_INVALID, "a gap as large as a whole request is an error", "125",
                        f -> f.modbus.setMaxRegisterGap(125)),
                keeps(PlantRule.MODBUS_MAX_GAP_INVALID, "a gap of 124 registers is valid", f -> f.modbus.setMaxRegisterGap(124)),
                breaks(PlantRule.OPCUA_URL_INVALID, "an http URL is an error", "opc.tcp://",
                        f -> f.opcUa.setEndpointUrl("http://127.0.0.1:4841/fieldbridge-sim")),
                breaks(PlantRule.OPCUA_URL_INVALID, "a URL that does not parse is an error", "does not parse",
                        f -> f.opcUa.setEndpointUrl("opc.tcp://oven 2:4841/")),
                breaks(PlantRule.OPCUA_URL_INVALID, "a URL with port 99999 is an error", "99999",
                        f -> f.opcUa.setEndpointUrl("opc.tcp://127.0.0.1:99999/")),
                breaks(PlantRule.OPCUA_URL_INVALID, "a missing URL is an error", "controller Oven2", f -> f.opcUa.setEndpointUrl(null)),
                keeps(PlantRule.OPCUA_URL_INVALID, "an opc.https URL is valid", f -> f.opcUa.setEndpointUrl("opc.https://127.0.0.1/ua")),
                keeps(PlantRule.OPCUA_URL_INVALID, "an IPv6 loopback URL is valid", f -> f.opcUa.setEndpointUrl("opc.tcp://[::1]:4840")),
                breaks(PlantRule.OPCUA_SECURITY_INCONSISTENT, "policy None with SignAndEncrypt is an error", "policy None",
                        f -> f.opcUa.setSecurityPolicy(SecurityPolicy.NONE)),
                breaks(PlantRule.OPCUA_SECURITY_INCONSISTENT, "a security policy with mode None is an error", "Basic256Sha256",
                        f -> f.opcUa.setSecurityMode(MessageSecurityMode.NONE)),
                keeps(PlantRule.OPCUA_SECURITY_INCONSISTENT, "policy None with mode None is consistent", f -> {
                    f.opcUa.setSecurityPolicy(SecurityPolicy.NONE);
                    f.opcUa.setSecurityMode(MessageSecurityMode.NONE);
                }),
                keeps(PlantRule.OPCUA_SECURITY_INCONSISTENT, "Aes128_Sha256_RsaOaep with Sign is consistent", f -> {
                    f.opcUa.setSecurityPolicy(SecurityPolicy.AES128_SHA256_RSA_OAEP);
                    f.opcUa.setSecurityMode(MessageSecurityMode.SIGN);
                }),
                breaks(PlantRule.OPCUA_USERNAME_MISSING, "a user identity without user name is an error", "Oven2",
                        f -> f.user.setUsername(null)),
                keeps(PlantRule.OPCUA_USERNAME_MISSING, "any user name will do", f -> f.user.setUsername("operator.4")),
                breaks(PlantRule.SECRET_REF_MISSING, "a user identity without password reference is an error", "secretRef",
                        f -> f.user.setSecretRef(null)),
                breaks(PlantRule.SECRET_REF_MISSING, "an X.509 identity without private key reference is an error", "private key",
                        f -> f.certificate.setPrivateKeyRef("")),
                keeps(PlantRule.SECRET_REF_MISSING, "a secure-storage reference is valid",
                        f -> f.user.setSecretRef("secure-storage:line4/oven2")),
                breaks(PlantRule.SECRET_REF_LITERAL, "a password typed into secretRef is an error", "literal",
                        f -> f.user.setSecretRef("hunter2")),
                keeps(PlantRule.SECRET_REF_LITERAL, "a keystore reference is valid", f -> f.user.setSecretRef("keystore:oven2")),
                breaks(PlantRule.SECRET_REF_INVALID, "an unknown scheme is an error", "vault",
                        f -> f.user.setSecretRef("vault:kv/oven2")),
                breaks(PlantRule.SECRET_REF_INVALID, "an env reference without variable is an error", "environment variable",
                        f -> f.user.setSecretRef("env:")),
                breaks(PlantRule.SECRET_REF_INVALID, "an env reference to an impossible variable name is an error", "1PASSWORD",
                        f -> f.user.setSecretRef("env:1PASSWORD")),
                keeps(PlantRule.SECRET_REF_INVALID, "a file reference is valid",
                        f -> f.certificate.setCertificateRef("file:/etc/fieldbridge/press1.der")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @DisplayName("a rule")
    void ruleReportsExactlyWhatIsWrong(RuleCase ruleCase) {
        PlantFixture fixture = new PlantFixture();
        ruleCase.change().accept(fixture);

        Diagnostic result = PlantValidation.validate(fixture.plant, PlantFixture.TODAY);
        List<Diagnostic> all = Diagnostics.findings(result);

        if (!ruleCase.violates()) {
            assertTrue(all.isEmpty(), "expected a valid plant but got:" + Diagnostics.describe(all));
            return;
        }
        List<Diagnostic> matching = Diagnostics.of(result, ruleCase.rule());
        assertFalse(matching.isEmpty(), "expected " + ruleCase.rule() + " but got:" + Diagnostics.describe(all));
        for (Diagnostic diagnostic : matching) {
            assertEquals(ruleCase.rule().severity(), diagnostic.getSeverity(), diagnostic.getMessage());
            assertEquals(PlantRule.SOURCE, diagnostic.getSource());
            assertInstanceOf(EObject.class, diagnostic.getData().get(0), "the offending element comes first");
            assertEquals(ruleCase.rule().id(), diagnostic.getData().get(1));
        }
        assertTrue(matching.stream().anyMatch(d -> d.getMessage().contains(ruleCase.mentions())),
                "a message should mention '" + ruleCase.mentions() + "':" + Diagnostics.describe(matching));
    }

    @Test
    @DisplayName("the fixture itself is a valid plant")
    void fixtureIsValid() {
        Diagnostic result = PlantValidation.validate(new PlantFixture().plant, PlantFixture.TODAY);
        assertEquals(Diagnostic.OK, result.getSeverity(), Diagnostics.describe(Diagnostics.findings(result)));
    }

    @Test
    @DisplayName("every rule has a case that breaks it and a case that keeps the plant valid")
    void everyRuleIsCovered() {
        Set<PlantRule> broken = cases().filter(RuleCase::violates).map(RuleCase::rule)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(PlantRule.class)));
        Set<PlantRule> kept = cases().filter(c -> !c.violates()).map(RuleCase::rule)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(PlantRule.class)));
        assertEquals(EnumSet.allOf(PlantRule.class), broken);
        assertEquals(EnumSet.allOf(PlantRule.class), kept);
    }

    @Test
    @DisplayName("rule codes and ids are unique and stable in form")
    void ruleCodesAreUnique() {
        Set<Integer> codes = Stream.of(PlantRule.values()).map(PlantRule::code).collect(Collectors.toSet());
        Set<String> ids = Stream.of(PlantRule.values()).map(PlantRule::id).collect(Collectors.toSet());
        assertEquals(PlantRule.values().length, codes.size());
        assertEquals(PlantRule.values().length, ids.size());
        assertTrue(ids.stream().allMatch(id -> id.matches("plant(\\.[a-z][A-Za-z]*)+")), ids.toString());
    }

    @Test
    @DisplayName("a literal password is never repeated in the message")
    void literalSecretIsNotEchoed() {
        PlantFixture fixture = new PlantFixture();
        fixture.user.setSecretRef("S3cret!Oven");
        Diagnostic result = PlantValidation.validate(fixture.plant, PlantFixture.TODAY);
        List<Diagnostic> literal = Diagnostics.of(result, PlantRule.SECRET_REF_LITERAL);
        assertEquals(1, literal.size());
        assertFalse(literal.get(0).getMessage().contains("S3cret"), literal.get(0).getMessage());
    }

    @Test
    @DisplayName("two units with the same common code are caught by EMF's unique ID check")
    void duplicateUnitCodesAreErrors() {
        PlantFixture fixture = new PlantFixture();
        // EMF checks ID uniqueness within a resource.
        PlantResources.createResourceSet().createResource(URI.createURI("fixture.plant")).getContents().add(fixture.plant);
        fixture.kelvin.setCommonCode("CEL");
        Diagnostic result = PlantValidation.validate(fixture.plant, PlantFixture.TODAY);
        assertEquals(Diagnostic.ERROR, result.getSeverity());
        assertTrue(Diagnostics.findings(result).stream().anyMatch(d -> d.getMessage().contains("CEL")));
    }

    @Test
    @DisplayName("the date calibrations are judged against comes from the validation context")
    void todayIsInjectable() {
        PlantFixture fixture = new PlantFixture();
        LocalDate due = fixture.calibration.getDueDate();
        assertTrue(Diagnostics.of(PlantValidation.validate(fixture.plant, due), PlantRule.CALIBRATION_EXPIRED).isEmpty());
        assertEquals(1, Diagnostics.of(PlantValidation.validate(fixture.plant, due.plusDays(1)),
                PlantRule.CALIBRATION_EXPIRED).size());
    }

    private static void range(Signal signal, double min, double max) {
        signal.getValidRange().setMinimum(min);
        signal.getValidRange().setMaximum(max);
    }

    private static CalibrationRecord record(PlantFixture f, LocalDate calibrated, LocalDate due) {
        CalibrationRecord record = PlantFactory.eINSTANCE.createCalibrationRecord();
        record.setCertificateId("RKL-2023-00007");
        record.setLaboratory("Rheintal Kalibrierlabor GmbH");
        record.setAccreditationBody("DAkkS");
        record.setAccreditationNumber("D-K-15072-01");
        record.setCalibrationDate(calibrated);
        record.setDueDate(due);
        record.setExpandedUncertainty(0.1);
        record.setUncertaintyUnit(f.kelvin);
        return record;
    }
}
