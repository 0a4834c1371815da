/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * The OPC UA Browser: a lazy tree of a connected server's address space, from which a variable becomes a {@code map}
 * line of the .twin file (dragged onto the editor, or Create Mapping).
 */
package org.fieldbridge.commissioning.ui.browser;
