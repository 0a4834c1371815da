/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server.tests;

import java.nio.file.Path;
import java.util.function.UnaryOperator;

import org.fieldbridge.runtime.server.TwinOpcUaServer;
import org.fieldbridge.runtime.server.TwinServerConfig;
import org.fieldbridge.tests.support.LoopbackPort;

/** Starts the server under test on 127.0.0.1 with its PKI in a temporary directory. */
final class TestServer {

    static final String NAME = "acme-anodizing-test";

    private TestServer() {
    }

    static TwinOpcUaServer start(Path pki, TestSecrets secrets) throws Exception {
        return start(pki, secrets, b -> b);
    }

    static TwinOpcUaServer start(Path pki, TestSecrets secrets, UnaryOperator<TwinServerConfig.Builder> tweak)
            throws Exception {
        TwinServerConfig.Builder builder = TwinServerConfig.builder(NAME, secrets)
                .bindAddress(LoopbackPort.ADDRESS)
                .port(LoopbackPort.free())
                .pkiDirectory(pki);
        return TwinOpcUaServer.start(tweak.apply(builder).build(), AcmePlant.description());
    }
}
