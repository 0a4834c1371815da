/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * Modbus facts every layer shares: register tables, protocol limits, data-type sizes.
 */
package org.fieldbridge.core.modbus;
