/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * Writing one engineering value to a controller, safely: refused unless the caller's
 * {@link org.fieldbridge.commissioning.write.WritePolicy} enables writes for the connection, refused for what cannot
 * or must not be written (input registers, discrete inputs, read-only nodes, values outside the signal's valid
 * range or not fitting the data type); the old value is read and the value encoded exactly as the mapping reads it
 * before anything is sent ({@link org.fieldbridge.commissioning.write.WriteConfirmation}), and every attempt is
 * appended to the audit log beside the evidence file.
 */
package org.fieldbridge.commissioning.write;
