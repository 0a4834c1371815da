/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
/** Suggested names, quantities and units of imported tags, each with its confidence and reason. */
package org.fieldbridge.onboarding.suggest;
