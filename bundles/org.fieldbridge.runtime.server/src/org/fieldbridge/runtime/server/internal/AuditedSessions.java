/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server.internal;

import java.net.InetAddress;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.eclipse.milo.opcua.sdk.server.Session;
import org.eclipse.milo.opcua.sdk.server.SessionListener;
import org.eclipse.milo.opcua.sdk.server.identity.Identity;
import org.eclipse.milo.opcua.sdk.server.servicesets.SessionServiceSet;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.channel.SecureChannel;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UInteger;
import org.eclipse.milo.opcua.stack.core.types.structured.ActivateSessionRequest;
import org.eclipse.milo.opcua.stack.core.types.structured.ActivateSessionResponse;
import org.eclipse.milo.opcua.stack.core.types.structured.AnonymousIdentityToken;
import org.eclipse.milo.opcua.stack.core.types.structured.CancelRequest;
import org.eclipse.milo.opcua.stack.core.types.structured.CancelResponse;
import org.eclipse.milo.opcua.stack.core.types.structured.CloseSessionRequest;
import org.eclipse.milo.opcua.stack.core.types.structured.CloseSessionResponse;
import org.eclipse.milo.opcua.stack.core.types.structured.CreateSessionRequest;
import org.eclipse.milo.opcua.stack.core.types.structured.CreateSessionResponse;
import org.eclipse.milo.opcua.stack.core.types.structured.IssuedIdentityToken;
import org.eclipse.milo.opcua.stack.core.types.structured.ResponseHeader;
import org.eclipse.milo.opcua.stack.core.types.structured.UserNameIdentityToken;
import org.eclipse.milo.opcua.stack.core.types.structured.X509IdentityToken;
import org.eclipse.milo.opcua.stack.core.util.CertificateUtil;
import org.eclipse.milo.opcua.stack.transport.server.ServiceRequestContext;
import org.fieldbridge.runtime.audit.AuditCategory;
import org.fieldbridge.runtime.audit.AuditRecord;

/**
 * The server's session services with an audit record for every session opened, refused and closed (CR 2.8): who
 * (the user, never a credential), from where (client address and application URI), with which security policy,
 * mode and kind of identity, and why a refusal happened. Milo's session manager does the work, as in Milo's
 * (internal) DefaultSessionServiceSet, whose diagnostics counters this keeps; this only watches the outcome, so
 * the identity validators stay as they are.
 */
final class AuditedSessions implements SessionServiceSet, SessionListener {

    private static final Map<NodeId, String> WELL_KNOWN_ROLES = Map.of(
            NodeIds.WellKnownRole_Anonymous, "Anonymous", NodeIds.WellKnownRole_AuthenticatedUser, "AuthenticatedUser",
            NodeIds.WellKnownRole_Observer, "Observer", NodeIds.WellKnownRole_Operator, "Operator",
            NodeIds.WellKnownRole_Engineer, "Engineer", NodeIds.WellKnownRole_Supervisor, "Supervisor",
            NodeIds.WellKnownRole_ConfigureAdmin, "ConfigureAdmin", NodeIds.WellKnownRole_SecurityAdmin, "SecurityAdmin");

    private final OpcUaServer server;
    private final AuditSink audit;

    AuditedSessions(OpcUaServer server, AuditSink audit) {
        this.server = server;
        this.audit = audit;
    }

    @Override
    public CreateSessionResponse onCreateSession(ServiceRequestContext context, CreateSessionRequest request)
            throws UaException {
        var diagnostics = server.getDiagnosticsSummary();
        try {
            CreateSessionResponse response = server.getSessionManager().createSession(context, request);
            diagnostics.getCumulatedSessionCount().increment();
            return response;
        } catch (UaException e) {
            countRejected(e);
            SecureChannel channel = context.getSecureChannel();
            String reason = e.getStatusCode().getValue() == StatusCodes.Bad_SecurityChecksFailed
                    ? "security policy " + channel.getSecurityPolicy().name() + " with mode "
                            + channel.getMessageSecurityMode() + " is not offered by this server"
                    : e.getMessage();
            audit.record(channelRecord(context, "", false, statusName(e))
                    .with("service", "CreateSession")
                    .with("applicationUri", request.getClientDescription() == null ? ""
                            : String.valueOf(request.getClientDescription().getApplicationUri()))
                    .with("reason", reason));
            throw e;
        }
    }

    @Override
    public ActivateSessionResponse onActivateSession(ServiceRequestContext context, ActivateSessionRequest request)
            throws UaException {
        ActivateSessionResponse response;
        try {
            response = server.getSessionManager().activateSession(context, request);
        } catch (UaException e) {
            countRejected(e);
            Object token = identityToken(request);
            audit.record(channelRecord(context, claimedUser(token), false, statusName(e))
                    .with("service", "ActivateSession")
                    .with("identity", identityKind(token))
                    .with("reason", refusal(e, token)));
            throw e;
        }
        try {
            Session session = server.getSessionManager().getSession(context, request.getRequestHeader());
            audit.record(sessionRecord(session, "opened", true, "Good")
                    .with("service", "ActivateSession")
                    .with("identity", identityKind(session.getIdentity()))
                    .with("roles", session.getRoleIds().map(AuditedSessions::roleNames).orElse("")));
        } catch (UaException e) {
            audit.record(channelRecord(context, "", true, "Good").with("service", "ActivateSession"));
        }
        return response;
    }

    @Override
    public CloseSessionResponse onCloseSession(ServiceRequestContext context, CloseSessionRequest request)
            throws UaException {
        return server.getSessionManager().closeSession(request, context);
    }

    @Override
    public CancelResponse onCancel(ServiceRequestContext context, CancelRequest request) {
        // Milo cancels nothing either
        return new CancelResponse(new ResponseHeader(DateTime.now(), request.getRequestHeader().getRequestHandle(),
                StatusCode.GOOD, null, null, null), UInteger.valueOf(0));
    }

    private void countRejected(UaException e) {
        var diagnostics = server.getDiagnosticsSummary();
        diagnostics.getRejectedSessionCount().increment();
        if (e.getStatusCode().isSecurityError()) {
            diagnostics.getSecurityRejectedSessionCount().increment();
        }
    }

    /** Closed by the client, timed out, or ended by the server's shutdown. */
    @Override
    public void onSessionClosed(Session session) {
        if (session.getIdentity() != null) {
            audit.record(sessionRecord(session, "closed", true, "Good").with("service", "CloseSession"));
        }
    }

    private AuditRecord channelRecord(ServiceRequestContext context, String user, boolean success, String status) {
        SecureChannel channel = context.getSecureChannel();
        AuditRecord record = success ? AuditRecord.success(address(context.clientAddress()), user,
                AuditCategory.SESSION, "opened")
                : AuditRecord.failure(address(context.clientAddress()), user, AuditCategory.SESSION, "refused", status);
        record = record.with("policy", channel.getSecurityPolicy().name())
                .with("mode", String.valueOf(channel.getMessageSecurityMode()))
                .with("secureChannel", Long.toString(channel.getChannelId()));
        X509Certificate client = channel.getRemoteCertificate();
        return client == null ? record : record.with("clientCertificate", Thumbprints.sha1(client));
    }

    private AuditRecord sessionRecord(Session session, String action, boolean success, String status) {
        var security = session.getSecurityConfiguration();
        AuditRecord record = new AuditRecord(0, java.time.Instant.now(), address(session.getClientAddress()),
                user(session.getIdentity()), AuditCategory.SESSION, action, success, status, Map.of())
                .with("session", session.getSessionId().toParseableString())
                .with("sessionName", String.valueOf(session.getSessionName()))
                .with("applicationUri", session.getClientDescription() == null ? ""
                        : String.valueOf(session.getClientDescription().getApplicationUri()))
                .with("policy", security.getSecurityPolicy().name())
                .with("mode", String.valueOf(security.getSecurityMode()))
                .with("secureChannel", Long.toString(session.getSecureChannelId()));
        X509Certificate client = security.getClientCertificate();
        return client == null ? record : record.with("clientCertificate", Thumbprints.sha1(client));
    }

    private Object identityToken(ActivateSessionRequest request) {
        try {
            return request.getUserIdentityToken() == null ? null
                    : request.getUserIdentityToken().decode(server.getStaticEncodingContext());
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** @return the user a refused token claims to be: its user name, certificate subject, or nothing */
    private static String claimedUser(Object token) {
        if (token instanceof UserNameIdentityToken user) {
            return AuthenticatedUser.printable(String.valueOf(user.getUserName()));
        }
        if (token instanceof X509IdentityToken x509 && x509.getCertificateData() != null) {
            try {
                return CertificateUtil.decodeCertificate(x509.getCertificateData().bytesOrEmpty())
                        .getSubjectX500Principal().getName();
            } catch (UaException e) {
                return "";
            }
        }
        return token instanceof AnonymousIdentityToken ? "anonymous" : "";
    }

    private static String identityKind(Object tokenOrIdentity) {
        if (tokenOrIdentity instanceof UserNameIdentityToken || tokenOrIdentity instanceof Identity.UsernameIdentity) {
            return "user name";
        }
        if (tokenOrIdentity instanceof X509IdentityToken || tokenOrIdentity instanceof Identity.X509UserIdentity) {
            return "user certificate";
        }
        if (tokenOrIdentity instanceof IssuedIdentityToken || tokenOrIdentity instanceof Identity.IssuedIdentity) {
            return "issued token";
        }
        if (tokenOrIdentity instanceof AnonymousIdentityToken || tokenOrIdentity instanceof Identity.AnonymousIdentity) {
            return "anonymous";
        }
        return "unknown";
    }

    private static String refusal(UaException e, Object token) {
        long code = e.getStatusCode().getValue();
        if (code == StatusCodes.Bad_UserAccessDenied || code == StatusCodes.Bad_IdentityTokenRejected) {
            return token instanceof UserNameIdentityToken ? "user name or password not accepted"
                    : "identity not accepted";
        }
        if (code == StatusCodes.Bad_IdentityTokenInvalid) {
            return "this kind of identity is not offered on this endpoint";
        }
        return e.getMessage();
    }

    private static String user(Identity identity) {
        if (identity == null) {
            return "";
        }
        if (identity instanceof Identity.AnonymousIdentity) {
            return "anonymous";
        }
        return AuthenticatedUser.printable(PlantRoleMapper.userName(identity));
    }

    private static String roleNames(List<NodeId> roles) {
        return roles.stream().map(id -> WELL_KNOWN_ROLES.getOrDefault(id,
                String.valueOf(id.getIdentifier()).replaceFirst("^Role:", ""))).collect(Collectors.joining(" "));
    }

    static String statusName(UaException e) {
        return StatusNames.of(e.getStatusCode().getValue());
    }

    /** @return the client's address as the audit trail writes it, "" when unknown */
    static String address(InetAddress address) {
        return address == null ? "" : address.getHostAddress();
    }
}
