/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * The Register Scanner: reads a register range, ranks every decoding against the plant signal and the HMI's value,
 * and writes the chosen decoding's type and byte/word order into the mapping in the open .twin editor.
 */
package org.fieldbridge.commissioning.ui.scanner;
