/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
/** Commissioning: register scans ranked against what the plant signal expects, with the .twin options of the winner. */
package org.fieldbridge.commissioning.scan;
