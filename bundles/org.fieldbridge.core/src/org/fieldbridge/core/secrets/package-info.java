/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * Secret references (env:, file:, ...): one syntax, and which consumer can resolve which scheme.
 */
package org.fieldbridge.core.secrets;
