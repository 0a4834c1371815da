/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * OPC UA helpers shared by the test bundles that may use Eclipse Milo (the runtime's OPC UA adapters, the
 * server, the simulator and their tests): kept out of {@code org.fieldbridge.tests.support} so that test
 * bundles without OPC UA do not get Milo (docs/architecture.md layering).
 */
package org.fieldbridge.tests.support.opcua;
