/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
/** Imported tags from a browsed OPC UA server. */
package org.fieldbridge.onboarding.browse;
