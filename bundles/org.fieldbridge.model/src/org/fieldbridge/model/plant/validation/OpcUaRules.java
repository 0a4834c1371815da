/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.plant.validation;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.fieldbridge.model.plant.MessageSecurityMode;
import org.fieldbridge.model.plant.OpcUaEndpoint;
import org.fieldbridge.model.plant.SecurityPolicy;
import org.fieldbridge.model.plant.UsernameIdentity;

/** OPC UA endpoints: a parseable opc.tcp/opc.https URL and a security mode consistent with the policy. */
public final class OpcUaRules {

    private OpcUaRules() {
    }

    /** Invariant {@code OpcUaEndpoint.validEndpointUrl}. */
    public static boolean validEndpointUrl(OpcUaEndpoint endpoint, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        RuleReporter reporter = new RuleReporter(endpoint, diagnostics);
        String problem = urlProblem(endpoint.getEndpointUrl());
        if (problem != null) {
            reporter.report(PlantRule.OPCUA_URL_INVALID, "The endpoint URL of the " + ElementLabels.describe(endpoint)
                    + " " + problem);
        }
        return reporter.valid();
    }

    /**
     * Invariant {@code OpcUaEndpoint.consistentSecurity}: OPC 10000-4 §7.20 — mode None goes only with policy
     * None, and policy None allows no signing or encryption.
     */
    public static boolean consistentSecurity(OpcUaEndpoint endpoint, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        RuleReporter reporter = new RuleReporter(endpoint, diagnostics);
        boolean policyNone = endpoint.getSecurityPolicy() == SecurityPolicy.NONE;
        boolean modeNone = endpoint.getSecurityMode() == MessageSecurityMode.NONE;
        if (policyNone != modeNone) {
            reporter.report(PlantRule.OPCUA_SECURITY_INCONSISTENT, "The " + ElementLabels.describe(endpoint)
                    + " combines security policy " + endpoint.getSecurityPolicy() + " with mode "
                    + endpoint.getSecurityMode() + (policyNone
                            ? "; with policy None the mode must be None too"
                            : "; a security policy needs mode Sign or SignAndEncrypt"));
        }
        return reporter.valid();
    }

    /** Part of invariant {@code UsernameIdentity.validSecretReference}: the user name is given. */
    static void checkUsername(UsernameIdentity identity, RuleReporter reporter) {
        if (identity.getUsername() == null || identity.getUsername().isBlank()) {
            reporter.report(PlantRule.OPCUA_USERNAME_MISSING, "The " + ElementLabels.describe(identity)
                    + " has no user name");
        }
    }

    private static String urlProblem(String url) {
        if (url == null || url.isBlank()) {
            return "is missing";
        }
        String lower = url.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("opc.tcp://") && !lower.startsWith("opc.https://")) {
            return "'" + url + "' must start with opc.tcp:// or opc.https://";
        }
        try {
            URI uri = new URI(url);
            if (uri.getHost() == null) {
                return "'" + url + "' names no host";
            }
            if (uri.getPort() != -1 && (uri.getPort() < 1 || uri.getPort() > 65535)) {
                return "'" + url + "' uses port " + uri.getPort() + " outside 1..65535";
            }
            return null;
        } catch (URISyntaxException e) {
            return "'" + url + "' does not parse: " + e.getReason() + " at index " + e.getIndex();
        }
    }
}
