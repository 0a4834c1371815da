/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
/** Commissioning: connections to controllers with state, round trip and last error. */
package org.fieldbridge.commissioning.connect;
