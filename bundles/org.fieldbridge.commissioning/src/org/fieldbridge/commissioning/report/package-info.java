/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * The commissioning report: one self-contained HTML file per .twin folder, printable to PDF from a browser, with
 * every mapping's verdict and evidence, the open items, the calibration status of the instruments behind the
 * signals, the model version and a sign-off block.
 */
package org.fieldbridge.commissioning.report;
