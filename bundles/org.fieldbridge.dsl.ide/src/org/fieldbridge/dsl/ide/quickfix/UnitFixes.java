/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.ide.quickfix;

import java.util.List;
import java.util.Set;

import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Fixes of {@code twin.unit.unknown} and {@code twin.unit.mismatch}: "Change the unit to degC", one per unit of
 * the signal's quantity, the signal's own unit first ({@link UnitChoices}).
 */
@Singleton
public class UnitFixes {

    private final Set<String> keywords;

    @Inject
    UnitFixes(IGrammarAccess grammar) {
        keywords = GrammarUtil.getAllKeywords(grammar.getGrammar());
    }

    void propose(FixSite site) {
        UnitChoices.UnitSite unit = UnitChoices.site(site.element());
        if (unit == null) {
            return;
        }
        List<INode> nodes = NodeModelUtils.findNodesForFeature(unit.owner(), unit.feature());
        if (nodes.isEmpty()) {
            return;
        }
        String own = UnitChoices.ownSymbol(unit.signal());
        for (String symbol : UnitChoices.offered(unit)) {
            String label = "Change the unit to " + symbol;
            if (symbol.equals(own)) {
                label += " (the signal's unit in the plant)";
            }
            site.replace(label, nodes.get(0), UnitChoices.spelled(symbol, keywords));
        }
    }
}
