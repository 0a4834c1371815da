/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server.internal;

import java.time.Instant;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.milo.opcua.sdk.server.Session;
import org.eclipse.milo.opcua.sdk.server.identity.Identity;
import org.eclipse.milo.opcua.sdk.server.identity.IdentityValidator;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.enumerated.UserTokenType;
import org.eclipse.milo.opcua.stack.core.types.structured.SignatureData;
import org.eclipse.milo.opcua.stack.core.types.structured.UserIdentityToken;
import org.eclipse.milo.opcua.stack.core.types.structured.UserNameIdentityToken;
import org.eclipse.milo.opcua.stack.core.types.structured.UserTokenPolicy;
import org.eclipse.milo.opcua.stack.core.types.structured.X509IdentityToken;
import org.eclipse.milo.opcua.stack.core.util.CertificateUtil;
import org.fieldbridge.runtime.server.IdentityDecision;
import org.fieldbridge.runtime.server.IdentityListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Tells the {@link IdentityListener} every identity the validators accept or refuse. */
final class ReportingIdentityValidator implements IdentityValidator {

    private static final Logger LOG = LoggerFactory.getLogger(ReportingIdentityValidator.class);

    private final IdentityValidator delegate;
    private final IdentityListener listener;
    private final Function<Identity, Set<String>> plantRoles;

    ReportingIdentityValidator(IdentityValidator delegate, IdentityListener listener,
            Function<Identity, Set<String>> plantRoles) {
        this.delegate = delegate;
        this.listener = listener;
        this.plantRoles = plantRoles;
    }

    @Override
    public Identity validateIdentityToken(Session session, UserIdentityToken token, UserTokenPolicy policy,
            SignatureData signature) throws UaException {
        Identity identity;
        try {
            identity = delegate.validateIdentityToken(session, token, policy, signature);
        } catch (UaException e) {
            long code = e.getStatusCode().getValue();
            String reason = e instanceof IdentityRefusal refusal ? refusal.reason()
                    : code == StatusCodes.Bad_UserAccessDenied ? "user name or password not accepted"
                            : e.getMessage() != null ? e.getMessage() : StatusNames.of(code);
            String user = e instanceof IdentityRefusal refusal && !refusal.user().isEmpty()
                    ? AuthenticatedUser.printable(refusal.user()) : claimedUser(token);
            tell(false, decision(session, policy, user, Set.of(), code, reason));
            throw e;
        }
        String user = PlantRoleMapper.userName(identity);
        tell(true, decision(session, policy, user, plantRoles.apply(identity), 0, "accepted"));
        return identity;
    }

    @Override
    public Set<UserTokenType> getSupportedTokenTypes() {
        return delegate.getSupportedTokenTypes();
    }

    private void tell(boolean accepted, IdentityDecision decision) {
        try {
            if (accepted) {
                listener.accepted(decision);
            } else {
                listener.refused(decision);
            }
        } catch (RuntimeException e) {
            // A broken listener must not decide who gets in.
            LOG.warn("identity listener failed: {}", e.toString());
        }
    }

    private static IdentityDecision decision(Session session, UserTokenPolicy policy, String user,
            Set<String> roles, long code, String reason) {
        String securityPolicy = session.getSecurityConfiguration() != null
                ? session.getSecurityConfiguration().getSecurityPolicy().getUri() : "";
        return new IdentityDecision(Instant.now(), policy.getTokenType().name(), user,
                AuditedSessions.address(session.getClientAddress()), securityPolicy, roles, code,
                code == 0 ? "Good" : StatusNames.of(code), reason);
    }

    /** @return the user a refused token claimed to be: its user name, or its certificate's CN */
    private static String claimedUser(UserIdentityToken token) {
        if (token instanceof UserNameIdentityToken user && user.getUserName() != null) {
            return AuthenticatedUser.printable(user.getUserName());
        }
        if (token instanceof X509IdentityToken x509) {
            try {
                return AuthenticatedUser.printable(SubjectNames.commonName(
                        CertificateUtil.decodeCertificate(x509.getCertificateData().bytesOrEmpty())));
            } catch (UaException | RuntimeException e) {
                return "";
            }
        }
        return "";
    }
}
