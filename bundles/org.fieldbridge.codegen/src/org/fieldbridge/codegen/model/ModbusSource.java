/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.codegen.model;

/**
 * A Modbus value, with names of the runtime's enum constants.
 *
 * @param unitId the unit identifier
 * @param area {@code COIL}, {@code DISCRETE_INPUT}, {@code INPUT_REGISTER} or {@code HOLDING_REGISTER}
 * @param offset the zero-based offset
 * @param dataType the runtime data type as a Java expression, e.g. {@code DataType.INT16}, {@code DataType.bit(3)}
 * @param spelledType the data type as the .twin file spells it, e.g. {@code int16}
 * @param byteOrder {@code BIG_ENDIAN} or {@code LITTLE_ENDIAN}
 * @param wordOrder {@code HIGH_WORD_FIRST} or {@code LOW_WORD_FIRST}
 * @param canonical the canonical address, e.g. {@code holding:20}
 * @param modicon the six-digit Modicon form, e.g. {@code 400021}
 * @param written the address as written in the .twin file
 */
public record ModbusSource(int unitId, String area, int offset, String dataType, String spelledType, String byteOrder,
        String wordOrder, String canonical, String modicon, String written) implements SignalSource {
}
