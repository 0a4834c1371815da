/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.ide.quickfix;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.editor.quickfix.AbstractDeclarativeIdeQuickfixProvider;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolutionAcceptor;
import org.eclipse.xtext.ide.editor.quickfix.ITextModification;
import org.eclipse.xtext.ide.editor.quickfix.QuickFix;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.fieldbridge.dsl.twin.Behaviour;
import org.fieldbridge.dsl.twin.Mapping;
import org.fieldbridge.dsl.twin.TwinModel;
import org.fieldbridge.dsl.validation.CalibrationAcceptance;
import org.fieldbridge.dsl.validation.TwinIssueCodes;
import org.fieldbridge.model.plant.Signal;

import com.google.inject.Inject;

/**
 * Quick fixes of the .twin language, offered as LSP code actions ({@code textDocument/codeAction}) by
 * Xtext's language server and usable by any editor.
 *
 * <p>An instrument out of calibration (or without a record) can seldom be fixed from the .twin file: the
 * certificate belongs into the plant model once the instrument has been recalibrated. Until then the
 * integration engineer documents that the state is known and accepted, for a limited time: the fix writes
 * a {@link CalibrationAcceptance} comment above the statement, valid for {@value #ACCEPTANCE_DAYS} days,
 * with a reason to fill in. The checker no longer warns until that day has passed.
 */
public class TwinQuickfixProvider extends AbstractDeclarativeIdeQuickfixProvider {

    /** How long an acceptance written by the quick fix holds. */
    public static final int ACCEPTANCE_DAYS = 30;

    /** Where the reason goes: the quick fix cannot know it. */
    public static final String REASON_PLACEHOLDER = "<reason, e.g. recalibration ordered>";

    @Inject
    private Clock clock;

    /**
     * Accepting an expired calibration for a while.
     *
     * @param acceptor where the fix goes
     */
    @QuickFix(TwinIssueCodes.CALIBRATION_EXPIRED)
    public void acceptExpiredCalibration(DiagnosticResolutionAcceptor acceptor) {
        acceptor.accept(label(), acceptance());
    }

    /**
     * Accepting a missing calibration record for a while.
     *
     * @param acceptor where the fix goes
     */
    @QuickFix(TwinIssueCodes.CALIBRATION_MISSING)
    public void acceptMissingCalibration(DiagnosticResolutionAcceptor acceptor) {
        acceptor.accept(label(), acceptance());
    }

    private String label() {
        return "Accept the calibration state until " + until() + " (comment above the statement, with a reason)";
    }

    private LocalDate until() {
        return LocalDate.now(clock).plusDays(ACCEPTANCE_DAYS);
    }

    private ITextModification acceptance() {
        return (diagnostic, element, document) -> {
            EObject statement = statement(element);
            String instrument = instrument(statement);
            ICompositeNode node = statement == null ? null : NodeModelUtils.findActualNodeFor(statement);
            if (instrument == null || node == null) {
                return List.of();
            }
            return List.of(insertAbove(document, node.getOffset(),
                    CalibrationAcceptance.comment(instrument, until(), REASON_PLACEHOLDER)));
        };
    }

    /** A line with the text above the line of an offset, indented like that line. */
    private static TextEdit insertAbove(Document document, int offset, String line) {
        String text = document.getContents();
        int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
        String indentation = text.substring(lineStart, offset).isBlank() ? text.substring(lineStart, offset) : "";
        Position start = document.getPosition(lineStart);
        String lineBreak = text.contains("\r\n") ? "\r\n" : "\n";
        return new TextEdit(new Range(start, start), indentation + line + lineBreak);
    }

    /** The statement (mapping, behaviour) an element belongs to. */
    private static EObject statement(EObject element) {
        EObject statement = element;
        while (statement != null && !(statement.eContainer() instanceof TwinModel)) {
            statement = statement.eContainer();
        }
        return statement;
    }

    private static String instrument(EObject statement) {
        Signal signal = statement instanceof Mapping mapping ? mapping.getSignal()
                : statement instanceof Behaviour behaviour ? behaviour.getSignal() : null;
        return signal == null || signal.eIsProxy() || signal.getInstrument() == null ? null
                : signal.getInstrument().getName();
    }
}
