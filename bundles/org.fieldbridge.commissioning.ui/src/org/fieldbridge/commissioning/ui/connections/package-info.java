/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
/** The Connections view: every connection of the commissioned .twin files with state, round trip and last error. */
package org.fieldbridge.commissioning.ui.connections;
