/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.ide.quickfix;

import java.util.List;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.fieldbridge.dsl.modbus.RegisterAddress;
import org.fieldbridge.dsl.semantics.ConnectionSettings;
import org.fieldbridge.dsl.twin.Mapping;
import org.fieldbridge.dsl.twin.ModbusAddress;
import org.fieldbridge.dsl.twin.TwinPackage.Literals;

/**
 * The fix of {@code twin.modbus.overlap}: "Move to holding 40024, the next free address", written in the
 * spelling of the address it replaces ({@link AddressSpelling}), at the first offset from which the mapping's
 * data type fits without overlapping another mapping ({@link FreeRegisters}).
 */
final class OverlapFixes {

    private OverlapFixes() {
    }

    static void propose(FixSite site) {
        Mapping mapping = EcoreUtil2.getContainerOfType(site.element(), Mapping.class);
        if (mapping == null || !(mapping.getSource() instanceof ModbusAddress address)) {
            return;
        }
        RegisterAddress free = FreeRegisters.nextFree(mapping);
        List<INode> nodes = NodeModelUtils.findNodesForFeature(mapping, Literals.MAPPING__SOURCE);
        if (free == null || nodes.isEmpty()) {
            return;
        }
        String text = AddressSpelling.respell(address, free, ConnectionSettings.addressing(mapping.getConnection()));
        site.replace("Move to " + text + ", the next free address (" + free.canonical() + ")", nodes.get(0), text);
    }
}
