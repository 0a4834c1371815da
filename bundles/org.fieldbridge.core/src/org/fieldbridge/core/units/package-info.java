/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * Engineering units (UNECE Recommendation 20 as OPC UA publishes it) and the quantities they measure.
 */
package org.fieldbridge.core.units;
