/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.plant.validation;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.fieldbridge.model.plant.UserIdentity;
import org.fieldbridge.model.plant.UsernameIdentity;
import org.fieldbridge.model.plant.X509Identity;
import org.fieldbridge.model.plant.secrets.SecretReference;

/**
 * Secrets are never stored in plant files, only references ({@code env:}, {@code secure-storage:},
 * {@code keystore:}, {@code file:}). A value without a scheme is most likely a password typed into the
 * wrong field, so it is an error and the message does not repeat it.
 */
public final class SecretReferenceRules {

    private SecretReferenceRules() {
    }

    /** Invariant {@code UsernameIdentity.validSecretReference} (also checks the user name). */
    public static boolean validSecretReference(UsernameIdentity identity, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        RuleReporter reporter = new RuleReporter(identity, diagnostics);
        OpcUaRules.checkUsername(identity, reporter);
        checkReference(identity, "password reference (secretRef)", identity.getSecretRef(), reporter);
        return reporter.valid();
    }

    /** Invariant {@code X509Identity.validSecretReferences}. */
    public static boolean validSecretReferences(X509Identity identity, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        RuleReporter reporter = new RuleReporter(identity, diagnostics);
        checkReference(identity, "certificate reference", identity.getCertificateRef(), reporter);
        checkReference(identity, "private key reference", identity.getPrivateKeyRef(), reporter);
        return reporter.valid();
    }

    private static void checkReference(UserIdentity identity, String what, String reference, RuleReporter reporter) {
        String owner = "The " + what + " of the " + ElementLabels.describe(identity);
        if (reference == null || reference.isBlank()) {
            reporter.report(PlantRule.SECRET_REF_MISSING, owner + " is missing; give e.g. env:FB_OVEN2_PASSWORD");
        } else if (!SecretReference.hasSchemePrefix(reference)) {
            // Do not echo the value: it is probably the secret itself.
            reporter.report(PlantRule.SECRET_REF_LITERAL, owner + " has no scheme and looks like a literal"
                    + " secret; store the secret outside the file and refer to it with env:, secure-storage:,"
                    + " keystore: or file:");
        } else {
            try {
                SecretReference.parse(reference);
            } catch (IllegalArgumentException e) {
                reporter.report(PlantRule.SECRET_REF_INVALID, owner + " " + e.getMessage());
            }
        }
    }
}
