/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.codegen.model;

import java.time.LocalDate;

/**
 * A calibration record of an instrument.
 *
 * @param certificateId the certificate
 * @param dueDate the last day it is valid
 * @param laboratory who calibrated, may be empty
 */
public record Calibration(String certificateId, LocalDate dueDate, String laboratory) {
}
