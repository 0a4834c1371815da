/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * Commissioning in the workbench: the "Fieldbridge Commissioning" perspective and its views, all fed by the
 * headless services of {@code org.fieldbridge.commissioning} off the UI thread.
 */
package org.fieldbridge.commissioning.ui;
