/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server.tests;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.fieldbridge.tests.support.Waiting.waitingFor;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;

import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.identity.IdentityProvider;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.enumerated.MessageSecurityMode;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.fieldbridge.runtime.server.IdentityDecision;
import org.fieldbridge.runtime.server.IdentityListener;
import org.fieldbridge.runtime.server.TwinOpcUaServer;

/**
 * Logs in with an identity as an independent Milo client would (Basic256Sha256, SignAndEncrypt) and records what
 * the server decided (its {@link IdentityListener}), for the identity tests.
 */
final class IdentityProbe implements IdentityListener {

    /** What a refused login looked like: the client's status codes and the server's decision. */
    record Refusal(List<Long> clientCodes, IdentityDecision decision) {
        String clientCodeNames() {
            return clientCodes.stream().map(IdentityProbe::name).toList().toString();
        }
    }

    private final List<IdentityDecision> decisions = new CopyOnWriteArrayList<>();

    @Override
    public void accepted(IdentityDecision decision) {
        decisions.add(decision);
    }

    @Override
    public void refused(IdentityDecision decision) {
        decisions.add(decision);
    }

    OpcUaClient login(TwinOpcUaServer server, IdentityProvider identity) throws Exception {
        return TestClient.connect(server, SecurityPolicy.Basic256Sha256, MessageSecurityMode.SignAndEncrypt, identity);
    }

    /** Logs in expecting a refusal; the decision is the last the server took about {@code user}. */
    Refusal refused(TwinOpcUaServer server, IdentityProvider identity, String user) throws Exception {
        int before = decisions.size();
        OpcUaClient client = TestClient.create(server, SecurityPolicy.Basic256Sha256,
                MessageSecurityMode.SignAndEncrypt, identity);
        ExecutionException failure;
        try {
            failure = assertThrows(ExecutionException.class, () -> client.connectAsync().get(15, SECONDS),
                    "the server let " + user + " in");
        } finally {
            // stops the client's reconnect attempts, each of which would try the refused identity again
            client.disconnectAsync().exceptionally(e -> client).get(10, SECONDS);
        }
        List<Long> codes = new ArrayList<>();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof UaException ua) {
                codes.add(ua.getStatusCode().getValue());
            }
        }
        return new Refusal(codes, decisionAbout(user, before));
    }

    /** @return the first decision about {@code user} taken after the {@code after}-th */
    IdentityDecision decisionAbout(String user, int after) {
        waitingFor("the server's decision about " + user).atMost(Duration.ofSeconds(5))
                .pollInterval(Duration.ofMillis(20))
                .until(() -> decisions.stream().skip(after).anyMatch(d -> d.user().equals(user)));
        return decisions.stream().skip(after).filter(d -> d.user().equals(user)).findFirst().orElseThrow();
    }

    int decisionCount() {
        return decisions.size();
    }

    static DataValue read(OpcUaClient client, TwinOpcUaServer server, String id) throws Exception {
        return client.readValuesAsync(0.0, TimestampsToReturn.Both, List.of(TestClient.nodeId(server, id)))
                .get(10, SECONDS).get(0);
    }

    static String name(long code) {
        return StatusCodes.lookup(code).map(n -> n[0]).orElse(String.format("0x%08X", code));
    }
}
