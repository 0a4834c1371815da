/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.ide.contentassist;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.EnumRule;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.fieldbridge.dsl.services.TwinGrammarAccess;
import org.fieldbridge.dsl.twin.Connection;
import org.fieldbridge.dsl.twin.Element;
import org.fieldbridge.dsl.twin.TwinModel;

import com.google.inject.Inject;

/**
 * Content assist of the {@code .twin} language beyond Xtext's keywords and references: units that fit the
 * statement's signal (its own first), data types with their register size, byte and word orders as whole
 * settings, and source addresses (the next free register of the mapping's connection, in each spelling, or an
 * OPC UA NodeId form). The one home of these proposals: every client (the workbench editor, any LSP client)
 * gets them from here.
 */
public class TwinContentProposalProvider extends IdeContentProposalProvider {

    /** Proposals of ours rank above the generic keywords and references. */
    private static final int PRIORITY = 1_000;
    private static final Pattern MAP_CONNECTION = Pattern.compile("(?:^|\\s)map\\s+\\^?([A-Za-z_]\\w*)\\s+\\S*$");

    /** Data types in the order engineers reach for them, with what they occupy. */
    private static final Map<String, String> DATA_TYPES = new java.util.LinkedHashMap<>();
    static {
        DATA_TYPES.put("int16", "signed 16-bit integer \u00b7 1 register");
        DATA_TYPES.put("uint16", "unsigned 16-bit integer \u00b7 1 register");
        DATA_TYPES.put("float32", "IEEE 754 single \u00b7 2 registers, word order applies");
        DATA_TYPES.put("int32", "signed 32-bit integer \u00b7 2 registers, word order applies");
        DATA_TYPES.put("uint32", "unsigned 32-bit integer \u00b7 2 registers, word order applies");
        DATA_TYPES.put("float64", "IEEE 754 double \u00b7 4 registers, word order applies");
        DATA_TYPES.put("int64", "signed 64-bit integer \u00b7 4 registers, word order applies");
        DATA_TYPES.put("bool", "on/off \u00b7 1 bit (coils, discrete inputs) or a register not 0");
        DATA_TYPES.put("bit 0", "bit n (0..15) of one register");
        DATA_TYPES.put("string(10)", "text, two characters per register \u00b7 n registers (1..125)");
    }

    private static final Map<String, String> ORDERS = new java.util.LinkedHashMap<>();
    static {
        ORDERS.put("byte order big", "high byte first in each register (AB), the Modbus default");
        ORDERS.put("byte order little", "low byte first in each register (BA)");
        ORDERS.put("word order big", "high word first in 32/64-bit values (ABCD), the default");
        ORDERS.put("word order little", "low word first in 32/64-bit values (CDAB)");
    }

    @Inject
    private TwinGrammarAccess grammar;
    @Inject
    private UnitProposals units;
    @Inject
    private AddressProposals addresses;

    private Set<String> keywords;

    @Override
    protected void _createProposals(Assignment assignment, ContentAssistContext context,
            IIdeContentProposalAcceptor acceptor) {
        if (assignment == grammar.getMappingAccess().getSourceAssignment_2()) {
            proposeAddresses(context, acceptor);
        }
        if (isAddressPart(assignment) && !(assignment.getTerminal() instanceof RuleCall call
                && call.getRule() instanceof EnumRule)) {
            return; // Xtext would offer the feature's name ("text", "nodeId") as a placeholder: ours are real
        }
        super._createProposals(assignment, context, acceptor);
    }

    @Override
    protected void _createProposals(RuleCall ruleCall, ContentAssistContext context,
            IIdeContentProposalAcceptor acceptor) {
        AbstractRule rule = ruleCall.getRule();
        if (rule == grammar.getUnitNameRule()) {
            proposeUnits(context, acceptor);
        } else if (rule == grammar.getDataTypeRule()) {
            proposeDataTypes(context, acceptor);
        } else if (rule == grammar.getSourceRule() || rule == grammar.getModbusAddressRule()) {
            proposeAddresses(context, acceptor);
        }
        super._createProposals(ruleCall, context, acceptor);
    }

    @Override
    protected void _createProposals(Keyword keyword, ContentAssistContext context,
            IIdeContentProposalAcceptor acceptor) {
        AbstractRule rule = GrammarUtil.containingRule(keyword);
        if (rule == grammar.getUnitNameRule()) {
            proposeUnits(context, acceptor);
        } else if (rule == grammar.getScalarKindRule() || rule == grammar.getDataTypeRule()) {
            proposeDataTypes(context, acceptor);
        } else if (rule == grammar.getRegisterSpaceRule() || rule == grammar.getPlc4xSpaceRule()) {
            proposeAddresses(context, acceptor);
        } else if (rule == grammar.getByteOrderSettingRule() || rule == grammar.getWordOrderSettingRule()) {
            if (keyword == GrammarUtil.containedKeywords(rule).get(0)) {
                String first = keyword.getValue() + " ";
                ORDERS.forEach((text, detail) -> {
                    if (text.startsWith(first)) {
                        propose(text, detail, ContentAssistEntry.KIND_PROPERTY, PRIORITY, context, acceptor);
                    }
                });
            }
        }
        super._createProposals(keyword, context, acceptor);
    }

    private boolean isAddressPart(AbstractElement element) {
        AbstractRule rule = GrammarUtil.containingRule(element);
        return rule == grammar.getModbusAddressRule() || rule == grammar.getPlc4xAddressRule()
                || rule == grammar.getNodeIdRule();
    }

    /** Units and data types are proposed with their meaning instead of as bare keywords. */
    @Override
    protected boolean filterKeyword(Keyword keyword, ContentAssistContext context) {
        AbstractRule rule = GrammarUtil.containingRule(keyword);
        if (rule == grammar.getUnitNameRule() || rule == grammar.getScalarKindRule()
                || rule == grammar.getDataTypeRule()) {
            return false;
        }
        return super.filterKeyword(keyword, context);
    }

    private void proposeUnits(ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
        EObject around = context.getCurrentModel() != null ? context.getCurrentModel() : context.getPreviousModel();
        List<UnitProposals.Unit> fitting = units.forContext(around, keywords());
        if (fitting.isEmpty() && context.getPreviousModel() != null && around != context.getPreviousModel()) {
            fitting = units.forContext(context.getPreviousModel(), keywords());
        }
        int priority = PRIORITY + fitting.size() + 1;
        for (UnitProposals.Unit unit : fitting) {
            propose(unit.text(), unit.detail(), ContentAssistEntry.KIND_UNIT, unit.signalsOwn() ? PRIORITY * 2
                    : priority--, context, acceptor);
        }
    }

    private void proposeDataTypes(ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
        int priority = PRIORITY + DATA_TYPES.size();
        for (Map.Entry<String, String> type : DATA_TYPES.entrySet()) {
            propose(type.getKey(), type.getValue(), ContentAssistEntry.KIND_KEYWORD, priority--, context, acceptor);
        }
    }

    private void proposeAddresses(ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
        if (!(context.getRootModel() instanceof TwinModel model)) {
            return;
        }
        Connection connection = connectionOfStatement(context, model);
        if (connection == null) {
            return;
        }
        List<AddressProposals.Address> proposals = addresses.forConnection(connection, model);
        int priority = PRIORITY + proposals.size();
        for (AddressProposals.Address address : proposals) {
            propose(address.text(), address.detail(), ContentAssistEntry.KIND_VALUE, priority--, context, acceptor);
        }
    }

    /** The connection named after {@code map} on the line being written (parsed or not yet). */
    private static Connection connectionOfStatement(ContentAssistContext context, TwinModel model) {
        String text = context.getRootNode().getText();
        int offset = Math.min(context.getOffset(), text.length());
        int lineStart = Math.max(text.lastIndexOf('\n', offset - 1) + 1, 0);
        Matcher matcher = MAP_CONNECTION.matcher(text.substring(lineStart, offset));
        if (!matcher.find()) {
            return null;
        }
        for (Element element : model.getElements()) {
            if (element instanceof Connection connection && matcher.group(1).equals(connection.getName())) {
                return connection;
            }
        }
        return null;
    }

    private void propose(String text, String detail, String kind, int priority, ContentAssistContext context,
            IIdeContentProposalAcceptor acceptor) {
        ContentAssistEntry entry = getProposalCreator().createProposal(text, context);
        if (entry != null) {
            entry.setDescription(detail);
            entry.setKind(kind);
            acceptor.accept(entry, priority);
        }
    }

    /** The grammar's keywords (a unit spelt like one is quoted). */
    private Set<String> keywords() {
        if (keywords == null) {
            keywords = new TreeSet<>(GrammarUtil.getAllKeywords(grammar.getGrammar()));
        }
        return keywords;
    }
}
