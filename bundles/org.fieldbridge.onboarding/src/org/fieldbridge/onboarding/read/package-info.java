/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
/** Readers of tag export formats into neutral imported tags. */
package org.fieldbridge.onboarding.read;
