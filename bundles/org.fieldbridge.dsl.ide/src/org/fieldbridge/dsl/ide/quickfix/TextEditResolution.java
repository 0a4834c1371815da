/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.ide.quickfix;

import java.util.List;
import java.util.Map;

import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolution;

/**
 * A quick fix whose edits are known when it is offered. Xtext's resolutions compute their edit on
 * {@link #apply()} from a fresh copy of the file (parsed and linked again, for each fix offered); these fixes
 * computed their edits from the file already, so offering ten units costs one look at the file, not ten.
 */
final class TextEditResolution extends DiagnosticResolution {

    private final String uri;
    private final List<TextEdit> edits;

    TextEditResolution(String label, String uri, List<TextEdit> edits) {
        super(label, null, (diagnostic, element, document) -> edits);
        this.uri = uri;
        this.edits = List.copyOf(edits);
    }

    @Override
    public WorkspaceEdit apply() {
        return new WorkspaceEdit(Map.of(uri, edits));
    }
}
