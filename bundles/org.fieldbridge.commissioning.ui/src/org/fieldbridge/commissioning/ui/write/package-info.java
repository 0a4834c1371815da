/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * Writing to controllers from the workbench: "Allow Writes" per connection (off by default, remembered per project
 * in the workbench's preferences) and "Write Value..." on a live value, a dialog that shows controller, address,
 * old and new value, data type and the registers as encoded, and writes in a Job through the headless
 * {@link org.fieldbridge.commissioning.write.ControllerWrites} (audited).
 */
package org.fieldbridge.commissioning.ui.write;
