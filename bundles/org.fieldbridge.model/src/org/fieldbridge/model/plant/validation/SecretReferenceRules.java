/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.plant.validation;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.fieldbridge.core.secrets.SecretConsumer;
import org.fieldbridge.core.secrets.SecretReference;
import org.fieldbridge.core.secrets.SecretScheme;
import org.fieldbridge.model.plant.UserIdentity;
import org.fieldbridge.model.plant.UsernameIdentity;
import org.fieldbridge.model.plant.X509Identity;

/**
 * Secrets are never stored in plant files, only references ({@link SecretReference}: {@code env:},
 * {@code file:}, {@code secure-storage:}, {@code keystore:}). A plant's identities are read by the workbench
 * (import, commissioning), so every scheme the {@link SecretConsumer#WORKBENCH} reads is accepted. A value
 * without a scheme is most likely a password typed into the wrong field, so it is an error and the message
 * does not repeat it.
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
                    + " secret; store the secret outside the file and refer to it with " + SecretScheme.listAll());
        } else {
            try {
                SecretReference.parseFor(reference, SecretConsumer.WORKBENCH);
            } catch (IllegalArgumentException e) {
                reporter.report(PlantRule.SECRET_REF_INVALID, owner + " " + e.getMessage());
            }
        }
    }
}
