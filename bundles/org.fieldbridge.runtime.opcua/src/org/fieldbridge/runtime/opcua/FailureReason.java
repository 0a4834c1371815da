/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.opcua;

import static org.fieldbridge.runtime.diagnostics.SocketFailure.causedBy;
import static org.fieldbridge.runtime.diagnostics.SocketFailure.messages;

import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;

import org.eclipse.milo.opcua.stack.core.UaException;
import org.fieldbridge.runtime.Quality;
import org.fieldbridge.runtime.diagnostics.SocketFailure;

/**
 * Why an OPC UA connection failed, in the words of a plant engineer ("connection refused", "user name or
 * password refused") instead of Milo's and Netty's exception texts, which name Java classes.
 */
final class FailureReason {

    private static final long BAD_TIMEOUT = 0x800A0000L;
    private static final long BAD_USER_ACCESS_DENIED = 0x801F0000L;
    private static final long BAD_IDENTITY_TOKEN_REJECTED = 0x80210000L;
    private static final long BAD_IDENTITY_TOKEN_INVALID = 0x80200000L;
    private static final long BAD_SECURITY_CHECKS_FAILED = 0x80130000L;
    private static final long BAD_CERTIFICATE_UNTRUSTED = 0x801A0000L;
    private static final long BAD_CONNECTION_REJECTED = 0x80AC0000L;

    private FailureReason() {
    }

    static String of(Throwable e, OpcUaEndpointSettings settings) {
        String text = messages(e);
        if (causedBy(e, UnknownHostException.class)) {
            return "unknown host in " + settings.endpointUrl();
        }
        if (text.contains(SocketFailure.CONNECTION_REFUSED)) {
            return SocketFailure.CONNECTION_REFUSED;
        }
        Long status = status(e);
        if (causedBy(e, TimeoutException.class) || (status != null && status == BAD_TIMEOUT) || text.contains("timed out")) {
            return SocketFailure.noAnswerWithin(settings.requestTimeout());
        }
        if (status != null) {
            if (status == BAD_USER_ACCESS_DENIED || status == BAD_IDENTITY_TOKEN_REJECTED
                    || status == BAD_IDENTITY_TOKEN_INVALID) {
                return "user name or password refused by the server";
            }
            if (status == BAD_SECURITY_CHECKS_FAILED || status == BAD_CERTIFICATE_UNTRUSTED) {
                return "certificates not trusted (the server's certificate in the connection's trusted folder, "
                        + "the runtime's client certificate in the server's trust list)";
            }
            if (status == BAD_CONNECTION_REJECTED) {
                return "connection rejected";
            }
        }
        if (text.contains("no endpoint") || text.contains("endpoint selected") || text.contains("no matching endpoint")) {
            return "the server offers no endpoint with " + settings.policy() + " / " + settings.mode();
        }
        return status != null ? Quality.of((int) (long) status).symbolicName() : "cannot connect";
    }

    private static Long status(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UaException ua) {
                return ua.getStatusCode().getValue();
            }
        }
        return null;
    }
}
