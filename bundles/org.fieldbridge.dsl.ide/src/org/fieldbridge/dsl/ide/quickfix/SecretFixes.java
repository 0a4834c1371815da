/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.ide.quickfix;

import java.util.Locale;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.fieldbridge.core.secrets.SecretReference;
import org.fieldbridge.core.secrets.SecretScheme;
import org.fieldbridge.dsl.twin.Connection;
import org.fieldbridge.dsl.twin.SecretLiteral;

/**
 * The fix of {@code twin.secret.literal}: {@code password "xyz"} becomes {@code password secret
 * "env:FIELDBRIDGE_OVEN2_PASSWORD"}, a reference the generated runtime reads (the {@code env:} scheme of
 * {@code org.fieldbridge.core.secrets}). The password leaves the file; the label says where it goes instead.
 */
final class SecretFixes {

    private SecretFixes() {
    }

    static void propose(FixSite site) {
        SecretLiteral literal = EcoreUtil2.getContainerOfType(site.element(), SecretLiteral.class);
        Connection connection = EcoreUtil2.getContainerOfType(site.element(), Connection.class);
        ICompositeNode node = literal == null ? null : NodeModelUtils.findActualNodeFor(literal);
        if (node == null || connection == null) {
            return;
        }
        String variable = variable(connection.getName());
        SecretReference reference = new SecretReference(SecretScheme.ENV, variable);
        // short enough for an editor's quick fix list: what is written, and where the password goes instead
        site.replace("Refer to " + reference + " (set it to the password where the runtime runs)", node,
                "secret \"" + reference + "\"");
    }

    /**
     * The environment variable of a connection's password.
     *
     * @param connection the connection's name, e.g. {@code Oven2}
     * @return e.g. {@code FIELDBRIDGE_OVEN2_PASSWORD}
     */
    static String variable(String connection) {
        String name = connection == null ? "CONNECTION" : connection.replaceAll("[^A-Za-z0-9]", "_");
        return "FIELDBRIDGE_" + name.toUpperCase(Locale.ROOT) + "_PASSWORD";
    }
}
