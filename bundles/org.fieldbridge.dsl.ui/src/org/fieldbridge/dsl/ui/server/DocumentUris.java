/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.ui.server;

import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;

/** File URIs spelled the way Xtext's language server spells them ({@code file:///...}, EMF-encoded). */
public final class DocumentUris {

    private DocumentUris() {
    }

    /** @return the server's URI of a file or folder */
    public static String of(Path path) {
        return URI.createFileURI(path.toAbsolutePath().normalize().toString()).toString()
                .replaceFirst("^file:/(?!/)", "file:///");
    }
}
