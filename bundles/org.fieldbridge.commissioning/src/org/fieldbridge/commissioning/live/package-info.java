/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
/** Commissioning: live read of every mapping through the runtime's conditioning. */
package org.fieldbridge.commissioning.live;
