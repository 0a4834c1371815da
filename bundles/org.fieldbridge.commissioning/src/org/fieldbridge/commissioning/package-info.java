/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * Commissioning services without UI: connect to the controllers of a .twin file, browse, scan registers and rank
 * their decodings, read every mapping live through the runtime's own conditioning, and record verification evidence.
 * What is commissioned is what runs: everything here uses the runtime's acquisition code.
 */
package org.fieldbridge.commissioning;
