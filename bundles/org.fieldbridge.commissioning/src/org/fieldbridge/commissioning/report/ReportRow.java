/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.report;

import org.fieldbridge.commissioning.evidence.MappingFacts;
import org.fieldbridge.commissioning.evidence.MappingStatus;

/**
 * One mapping as the report shows it.
 *
 * @param status      its verification status and evidence
 * @param signalName  the signal's name below its equipment, e.g. {@code BathTemp}
 * @param signalLabel the signal's display name, e.g. {@code Bath temperature}, may be empty
 * @param unit        the plant signal's unit symbol, may be empty
 * @param calibration the calibration status of the instrument behind the signal, or {@code null} without one
 */
public record ReportRow(MappingStatus status, String signalName, String signalLabel, String unit,
        InstrumentCalibration calibration) {

    /** @return e.g. {@code PLC4 holding:20 (400021)} or {@code Oven2 ns=2;s=Zone1.Temp} */
    public String address() {
        MappingFacts facts = status.mapping().facts();
        String connection = facts.identity().connection();
        if (!facts.fact("node").isEmpty()) {
            return connection + " " + facts.fact("node");
        }
        return connection + " " + facts.fact("address");
    }

    /** @return e.g. {@code float32 CDAB}, {@code int16}, {@code bool}, or empty for an OPC UA node of the server's type */
    public String dataType() {
        MappingFacts facts = status.mapping().facts();
        String type = facts.fact("type");
        String wordOrder = facts.fact("word-order");
        if (wordOrder.isEmpty()) {
            return "little".equals(facts.fact("byte-order")) ? type + " BA" : type;
        }
        boolean bytesBig = !"little".equals(facts.fact("byte-order"));
        boolean wordsBig = !"little".equals(wordOrder);
        String order = wordsBig ? (bytesBig ? "ABCD" : "BADC") : (bytesBig ? "CDAB" : "DCBA");
        return type + " " + order;
    }
}
