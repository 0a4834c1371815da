/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server.tests;

import java.nio.file.Path;
import java.time.Instant;
import java.util.function.UnaryOperator;

import org.fieldbridge.runtime.Sample;
import org.fieldbridge.runtime.server.IdentityListener;
import org.fieldbridge.runtime.server.TwinOpcUaServer;
import org.fieldbridge.runtime.server.TwinServerConfig;
import org.fieldbridge.tests.support.LoopbackPort;

/**
 * The server of the identity tests (user certificates, JWTs): the {@link RolePlant} on a free loopback port with its
 * PKI in {@code pki} of the test's folder, one kind of identity configured by the test, and both lines' temperatures
 * published (anodizing 21.5, powder 180.0), so that a login shows its role by what it may read.
 */
final class IdentityServer {

    static final double ANODIZING_VALUE = 21.5;
    static final double POWDER_VALUE = 180.0;

    private IdentityServer() {
    }

    /**
     * @param name     the server's name
     * @param folder   the test's temporary folder (the server's PKI goes to {@code pki} in it)
     * @param listener told every identity accepted or refused, or null
     * @param identity adds the identity under test to the configuration
     */
    static TwinOpcUaServer start(String name, Path folder, IdentityListener listener,
            UnaryOperator<TwinServerConfig.Builder> identity) throws Exception {
        TwinServerConfig.Builder builder = TwinServerConfig.builder(name, new RolePlant())
                .bindAddress(LoopbackPort.ADDRESS).port(LoopbackPort.free()).pkiDirectory(folder.resolve("pki"));
        if (listener != null) {
            builder.identityListener(listener);
        }
        TwinOpcUaServer server = TwinOpcUaServer.start(identity.apply(builder).build(), RolePlant.description());
        server.publish(RolePlant.ANODIZING_TEMP, Sample.good(ANODIZING_VALUE, Instant.now()));
        server.publish(RolePlant.POWDER_TEMP, Sample.good(POWDER_VALUE, Instant.now()));
        return server;
    }

    /** Stops a server that {@link #start} may not have started. */
    static void stop(TwinOpcUaServer server) throws Exception {
        if (server != null) {
            server.close();
        }
    }
}
