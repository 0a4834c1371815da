/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server.internal;

import org.eclipse.milo.opcua.sdk.server.AddressSpaceFilter;
import org.eclipse.milo.opcua.sdk.server.Lifecycle;
import org.eclipse.milo.opcua.sdk.server.LifecycleManager;
import org.eclipse.milo.opcua.sdk.server.ManagedAddressSpaceFragment;
import org.eclipse.milo.opcua.sdk.server.Namespace;
import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.eclipse.milo.opcua.sdk.server.SimpleAddressSpaceFilter;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.QualifiedName;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UShort;

/**
 * Milo's {@code ManagedNamespaceWithLifecycle} with the nodes in a {@link TwinNodeStore}: Milo's class makes its
 * own node manager and offers no way to pass another. Registers its URI, answers for the nodes of its namespace
 * index, and registers itself and its nodes with the server at start-up, as Milo's does.
 */
abstract class CompactNamespace extends ManagedAddressSpaceFragment implements Namespace, Lifecycle {

    private final String namespaceUri;
    private final UShort namespaceIndex;
    private final AddressSpaceFilter filter;
    private final TwinNodeStore nodes;
    private final LifecycleManager lifecycle = new LifecycleManager();

    CompactNamespace(OpcUaServer server, String namespaceUri) {
        this(server, namespaceUri, new TwinNodeStore());
    }

    private CompactNamespace(OpcUaServer server, String namespaceUri, TwinNodeStore nodes) {
        super(server, nodes);
        this.nodes = nodes;
        this.namespaceUri = namespaceUri;
        this.namespaceIndex = (UShort) server.getNamespaceTable().add(namespaceUri);
        this.filter = SimpleAddressSpaceFilter.create(id -> id.getNamespaceIndex().equals(namespaceIndex));
        lifecycle.addLifecycle(new Lifecycle() {
            @Override
            public void startup() {
                server.getAddressSpaceManager().register(CompactNamespace.this);
                server.getAddressSpaceManager().register(nodes);
            }

            @Override
            public void shutdown() {
                server.getAddressSpaceManager().unregister(CompactNamespace.this);
                server.getAddressSpaceManager().unregister(nodes);
            }
        });
    }

    @Override
    public final void startup() {
        lifecycle.startup();
    }

    @Override
    public final void shutdown() {
        lifecycle.shutdown();
    }

    LifecycleManager getLifecycleManager() {
        return lifecycle;
    }

    /** @return where the nodes and references are kept */
    TwinNodeStore nodeStore() {
        return nodes;
    }

    @Override
    public AddressSpaceFilter getFilter() {
        return filter;
    }

    @Override
    public final String getNamespaceUri() {
        return namespaceUri;
    }

    @Override
    public final UShort getNamespaceIndex() {
        return namespaceIndex;
    }

    final NodeId newNodeId(String id) {
        return new NodeId(namespaceIndex, id);
    }

    final QualifiedName newQualifiedName(String name) {
        return new QualifiedName(namespaceIndex, name);
    }
}
