/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
/** Commissioning: an OPC UA server's address space with data types, access, units, ranges and live values. */
package org.fieldbridge.commissioning.browse;
