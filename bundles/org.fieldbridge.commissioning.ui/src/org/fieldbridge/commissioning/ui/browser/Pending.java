/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.ui.browser;

/**
 * The row shown below a node while its children are being browsed, or instead of them when browsing failed.
 *
 * @param text what the row says
 */
record Pending(String text) {
}
