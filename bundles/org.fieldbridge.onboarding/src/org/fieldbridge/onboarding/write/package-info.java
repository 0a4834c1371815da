/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
/** The .plant and .twin an import writes or adds to. */
package org.fieldbridge.onboarding.write;
