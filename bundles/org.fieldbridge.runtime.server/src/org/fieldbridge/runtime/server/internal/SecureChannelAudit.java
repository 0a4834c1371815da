/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server.internal;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.fieldbridge.runtime.audit.AuditCategory;
import org.fieldbridge.runtime.audit.AuditRecord;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;

/**
 * Records connections the server refuses before any session exists: Milo checks the security policy and mode a
 * client asks for, and its certificate, when it opens the secure channel (OpenSecureChannel), answers a refusal
 * with an Error message and closes the connection, and tells no listener. This handler, first in every
 * connection's pipeline, reads the security policy from the client's OpenSecureChannel header (plain text in
 * every mode, OPC 10000-6 §6.7.2) and records the Error message the server sends back (§7.1.2.5), or the close
 * without one that answers a policy and mode no endpoint has, with the client's address. The bytes are only looked
 * at, never changed.
 *
 * <p>It also records the one refusal Milo makes after the secure channel is open and before any session service runs:
 * on a SecurityPolicy None channel of a server that offers no None endpoint, Milo's service dispatch answers every
 * request but discovery (GetEndpoints, FindServers) with an Error message Bad_SecurityPolicyRejected. The request of
 * such a channel is plain text too (§6.7.2.2, §6.7.4), so the handler remembers which service the client asked for
 * (normally CreateSession) and records it with that Error.</p>
 */
final class SecureChannelAudit extends ChannelDuplexHandler {

    private static final int OPN = 'O' | 'P' << 8 | 'N' << 16;
    private static final int ERR = 'E' | 'R' << 8 | 'R' << 16;
    private static final String NONE = SecurityPolicy.None.name();

    private final AuditSink audit;
    private String policy = "";
    private boolean answered;
    private boolean recorded;
    private String request = "";

    SecureChannelAudit(AuditSink audit) {
        this.audit = audit;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
        if (msg instanceof ByteBuf bytes) {
            if (policy.isEmpty()) {
                policy = policyOf(bytes);
            } else if (answered && NONE.equals(policy)) {
                request = RequestTypes.serviceOf(bytes, request);
            }
        }
        super.channelRead(ctx, msg);
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) throws Exception {
        int type = msg instanceof ByteBuf bytes && bytes.readableBytes() >= 12
                ? bytes.getIntLE(bytes.readerIndex()) & 0xFFFFFF : 0;
        if (type == OPN) {
            answered = true; // the secure channel is open; what follows is the session's business
        } else if (type == ERR && !answered) {
            answered = true;
            ByteBuf bytes = (ByteBuf) msg;
            long code = bytes.getUnsignedIntLE(bytes.readerIndex() + 8);
            record(ctx, code, code == StatusCodes.Bad_SecurityChecksFailed
                    ? "the client's certificate is not trusted or not valid (its own record says which), or its"
                            + " security settings do not match this server"
                    : "the connection was refused before a session");
        } else if (type == ERR && NONE.equals(policy) && !recorded) {
            ByteBuf bytes = (ByteBuf) msg;
            recordNoneRefused(ctx, bytes.getUnsignedIntLE(bytes.readerIndex() + 8));
        }
        super.write(ctx, msg, promise);
    }

    /** Milo closes without an Error message when no endpoint has the client's policy and mode. */
    @Override
    public void close(ChannelHandlerContext ctx, ChannelPromise promise) throws Exception {
        if (!answered && !policy.isEmpty()) {
            answered = true;
            record(ctx, StatusCodes.Bad_SecurityChecksFailed, "the security policy and mode the client asked for"
                    + " are not offered by this server (it offers SignAndEncrypt only, and None only when allowed)");
        }
        super.close(ctx, promise);
    }

    private void record(ChannelHandlerContext ctx, long code, String reason) {
        recorded = true;
        audit.record(AuditRecord.failure(source(ctx), "", AuditCategory.SESSION, "refused", StatusNames.of(code))
                .with("service", "OpenSecureChannel").with("policy", policy).with("reason", reason));
    }

    /**
     * A request on an open None channel answered with an Error: the session (no user known yet, hence none in the
     * record) is refused before it exists.
     */
    private void recordNoneRefused(ChannelHandlerContext ctx, long code) {
        recorded = true;
        String service = request.isEmpty() ? "CreateSession" : request;
        audit.record(AuditRecord.failure(source(ctx), "", AuditCategory.SESSION, "refused", StatusNames.of(code))
                .with("service", service).with("policy", NONE).with("mode", "None")
                .with("reason", code == StatusCodes.Bad_SecurityPolicyRejected
                        ? "the client asked for " + service + " over an unencrypted connection (SecurityPolicy None),"
                                + " which this server does not offer; connect with Basic256Sha256 or"
                                + " Aes256_Sha256_RsaPss and SignAndEncrypt"
                        : "the server refused " + service + " on an unencrypted connection (SecurityPolicy None)"));
    }

    private static String source(ChannelHandlerContext ctx) {
        return ctx.channel().remoteAddress() instanceof InetSocketAddress address
                ? address.getAddress().getHostAddress() : "";
    }

    /** @return the short name of the policy URI in an OpenSecureChannel message, or "" for any other message */
    private static String policyOf(ByteBuf bytes) {
        int start = bytes.readerIndex();
        if (bytes.readableBytes() < 16 || (bytes.getIntLE(start) & 0xFFFFFF) != OPN) {
            return "";
        }
        int length = bytes.getIntLE(start + 12);
        if (length <= 0 || length > 256 || bytes.readableBytes() < 16 + length) {
            return "";
        }
        String uri = bytes.toString(start + 16, length, StandardCharsets.UTF_8);
        try {
            return SecurityPolicy.fromUri(uri).name();
        } catch (Exception e) {
            return uri.replaceAll("\\p{Cntrl}", "?");
        }
    }
}
