/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.ide.outline;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolKindProvider;
import org.fieldbridge.dsl.twin.TwinPackage;

/** Symbol kinds in the outline, so that an editor shows connections, mappings and behaviours apart. */
public class TwinSymbolKinds extends DocumentSymbolKindProvider {

    @Override
    protected SymbolKind getSymbolKind(EClass type) {
        TwinPackage twin = TwinPackage.eINSTANCE;
        if (twin.getConnection().isSuperTypeOf(type)) {
            return SymbolKind.Interface;
        }
        if (type == twin.getMapping()) {
            return SymbolKind.Field;
        }
        if (type == twin.getAlignment()) {
            return SymbolKind.Array;
        }
        if (twin.getBehaviour().isSuperTypeOf(type)) {
            return type == twin.getVerdict() ? SymbolKind.Boolean : SymbolKind.Event;
        }
        if (type == twin.getTwinModel()) {
            return SymbolKind.Package;
        }
        return super.getSymbolKind(type);
    }
}
