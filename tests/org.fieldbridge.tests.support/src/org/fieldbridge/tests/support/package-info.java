/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * Helpers that several test bundles share (as Sirius' {@code tests.support} and Milo's
 * {@code AbstractClientServerTest} do): free loopback ports, captured log output, the repository
 * checkout, waiting with Awaitility, and node-opcua as an independent OPC UA client. No UI toolkit and no
 * protocol library here: the SWT helpers live in {@code org.fieldbridge.tests.support.ui}, the Milo ones in
 * {@code org.fieldbridge.tests.support.opcua} (docs/architecture.md layering).
 */
package org.fieldbridge.tests.support;
