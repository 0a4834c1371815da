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
 */
final class SecureChannelAudit extends ChannelDuplexHandler {

    private static final int OPN = 'O' | 'P' << 8 | 'N' << 16;
    private static final int ERR = 'E' | 'R' << 8 | 'R' << 16;

    private final AuditSink audit;
    private String policy = "";
    private boolean answered;

    SecureChannelAudit(AuditSink audit) {
        this.audit = audit;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
        if (msg instanceof ByteBuf bytes && policy.isEmpty()) {
            policy = policyOf(bytes);
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
        String status = StatusCodes.lookup(code).map(n -> n[0]).orElse(String.format("0x%08X", code));
        String source = ctx.channel().remoteAddress() instanceof InetSocketAddress address
                ? address.getAddress().getHostAddress() : "";
        audit.record(AuditRecord.failure(source, "", AuditCategory.SESSION, "refused", status)
                .with("service", "OpenSecureChannel").with("policy", policy).with("reason", reason));
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
