/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.osgi.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.ghgande.j2mod.modbus.facade.ModbusTCPMaster;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.core.AccessLevel;
import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.transport.server.tcp.OpcTcpServerTransport;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

/**
 * Proves that the loopback tests run inside an OSGi framework, with the protocol libraries loaded
 * from their own bundles and Milo's manifests repaired by the org.fieldbridge.milo.osgi.* fragments.
 */
class OsgiRuntimeTest {

    private static final int RESOLVED_OR_ACTIVE = Bundle.RESOLVED | Bundle.STARTING | Bundle.ACTIVE;

    @Test
    @DisplayName("the tests themselves are loaded by an OSGi bundle")
    void theTestsRunInABundle() {
        Bundle bundle = FrameworkUtil.getBundle(OsgiRuntimeTest.class);
        assertNotNull(bundle, "not loaded by an OSGi bundle class loader");
        assertEquals("org.fieldbridge.runtime.osgi.tests", bundle.getSymbolicName());
    }

    @Test
    @DisplayName("each Milo jar is a resolved bundle of its own")
    void everyMiloJarIsAResolvedBundle() {
        assertResolvedBundle(OpcUaServer.class, "org.eclipse.milo.sdk-server");
        assertResolvedBundle(OpcUaClient.class, "org.eclipse.milo.sdk-client");
        assertResolvedBundle(AccessLevel.class, "org.eclipse.milo.sdk-core");
        assertResolvedBundle(OpcTcpServerTransport.class, "org.eclipse.milo.transport");
        assertResolvedBundle(DataValue.class, "org.eclipse.milo.stack-core");
    }

    @Test
    @DisplayName("j2mod is a resolved bundle of its own")
    void j2modIsAResolvedBundle() {
        assertResolvedBundle(ModbusTCPMaster.class, "com.ghgande.j2mod");
    }

    @Test
    @DisplayName("every Milo bundle has its Fieldbridge manifest fragment attached")
    void everyMiloBundleHasItsFragmentAttached() {
        assertFragments(DataValue.class, "org.fieldbridge.milo.osgi.stackcore");
        assertFragments(OpcTcpServerTransport.class, "org.fieldbridge.milo.osgi.transport");
        assertFragments(AccessLevel.class, "org.fieldbridge.milo.osgi.sdkcore");
        assertFragments(OpcUaClient.class, "org.fieldbridge.milo.osgi.sdkclient");
        assertFragments(OpcUaServer.class, "org.fieldbridge.milo.osgi.sdkserver");
    }

    private static void assertResolvedBundle(Class<?> type, String symbolicName) {
        Bundle bundle = FrameworkUtil.getBundle(type);
        assertNotNull(bundle, type + " is not loaded by an OSGi bundle");
        assertEquals(symbolicName, bundle.getSymbolicName());
        assertTrue((bundle.getState() & RESOLVED_OR_ACTIVE) != 0,
                symbolicName + " is neither resolved nor active, state " + bundle.getState());
    }

    private static void assertFragments(Class<?> hostType, String fragment) {
        Bundle host = FrameworkUtil.getBundle(hostType);
        BundleWiring wiring = host.adapt(BundleWiring.class);
        assertNotNull(wiring, host.getSymbolicName() + " is not resolved");
        List<BundleWire> hosted = wiring.getProvidedWires(BundleRevision.HOST_NAMESPACE);
        Set<String> fragments = hosted.stream()
                .map(wire -> wire.getRequirer().getSymbolicName())
                .collect(Collectors.toSet());
        assertEquals(Set.of(fragment), fragments, "fragments attached to " + host.getSymbolicName());
    }
}
