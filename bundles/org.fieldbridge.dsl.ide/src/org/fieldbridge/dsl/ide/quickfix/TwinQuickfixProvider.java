/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.ide.quickfix;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.editor.quickfix.AbstractDeclarativeIdeQuickfixProvider;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolution;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolutionAcceptor;
import org.eclipse.xtext.ide.editor.quickfix.ITextModification;
import org.eclipse.xtext.ide.editor.quickfix.QuickFix;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.fieldbridge.dsl.twin.Behaviour;
import org.fieldbridge.dsl.twin.Mapping;
import org.fieldbridge.dsl.twin.TwinModel;
import org.fieldbridge.dsl.validation.CalibrationAcceptance;
import org.fieldbridge.dsl.validation.TwinIssueCodes;
import org.fieldbridge.model.plant.Signal;

import com.google.inject.Inject;

/**
 * Quick fixes of the .twin language, offered as LSP code actions ({@code textDocument/codeAction}) by
 * Xtext's language server and usable by any editor (docs/dsl-reference.md, "Quick fixes").
 *
 * <ul>
 * <li>an instrument out of calibration (or without a record) can seldom be fixed from the .twin file: the
 * certificate belongs into the plant model once the instrument has been recalibrated. Until then the
 * integration engineer documents that the state is known and accepted, for a limited time: the fix writes
 * a {@link CalibrationAcceptance} comment above the statement, valid for {@value #ACCEPTANCE_DAYS} days,
 * with a reason to fill in;</li>
 * <li>a unit that is unknown or does not fit the signal: one fix per unit of the signal's quantity
 * ({@link UnitFixes});</li>
 * <li>a password written as a literal: a secret reference instead ({@link SecretFixes});</li>
 * <li>a plant name that names nothing or several elements: the closest names ({@link PlantNameFixes});</li>
 * <li>overlapping registers: the next free address ({@link OverlapFixes}).</li>
 * </ul>
 *
 * <p>The declarative {@link QuickFix} methods cannot see the text their labels depend on, so the fixes whose
 * labels name a unit, a name or an address are computed in {@link #getResolutions} from the diagnostic's
 * element.</p>
 */
public class TwinQuickfixProvider extends AbstractDeclarativeIdeQuickfixProvider {

    /** How long an acceptance written by the quick fix holds. */
    public static final int ACCEPTANCE_DAYS = 30;

    /** Where the reason goes: the quick fix cannot know it. */
    public static final String REASON_PLACEHOLDER = "<reason, e.g. recalibration ordered>";

    /** The codes whose fixes are computed from the text (besides the declarative ones). */
    private static final Set<String> COMPUTED = Set.of(TwinIssueCodes.UNIT_UNKNOWN, TwinIssueCodes.UNIT_MISMATCH,
            TwinIssueCodes.SECRET_LITERAL, TwinIssueCodes.SIGNAL_UNRESOLVED, TwinIssueCodes.EQUIPMENT_UNRESOLVED,
            TwinIssueCodes.MODBUS_OVERLAP);

    /**
     * Every code a fix is offered for (clients that must answer "is there a fix?" without asking the server,
     * such as an editor's light bulb, use it; the server may still find no fix for a particular finding).
     */
    public static final Set<String> FIXED_CODES = Set.of(TwinIssueCodes.UNIT_UNKNOWN, TwinIssueCodes.UNIT_MISMATCH,
            TwinIssueCodes.SECRET_LITERAL, TwinIssueCodes.SIGNAL_UNRESOLVED, TwinIssueCodes.EQUIPMENT_UNRESOLVED,
            TwinIssueCodes.MODBUS_OVERLAP, TwinIssueCodes.CALIBRATION_EXPIRED, TwinIssueCodes.CALIBRATION_MISSING);

    @Inject
    private Clock clock;

    @Inject
    private EObjectAtOffsetHelper elements;

    @Inject
    private UnitFixes units;

    @Inject
    private PlantNameFixes names;

    @Override
    public boolean handlesDiagnostic(Diagnostic diagnostic) {
        return COMPUTED.contains(code(diagnostic)) || super.handlesDiagnostic(diagnostic);
    }

    @Override
    public List<DiagnosticResolution> getResolutions(ICodeActionService2.Options options, Diagnostic diagnostic) {
        List<DiagnosticResolution> resolutions = new ArrayList<>(super.getResolutions(options, diagnostic));
        String code = code(diagnostic);
        if (!COMPUTED.contains(code) || !(options.getResource() instanceof XtextResource resource)
                || options.getDocument() == null) {
            return resolutions;
        }
        Document document = options.getDocument();
        int offset = document.getOffSet(diagnostic.getRange().getStart());
        FixSite site = new FixSite(resource, document, offset, elements.resolveContainedElementAt(resource, offset),
                options.getURI(), resolutions);
        switch (code) {
            case TwinIssueCodes.UNIT_UNKNOWN, TwinIssueCodes.UNIT_MISMATCH -> units.propose(site);
            case TwinIssueCodes.SECRET_LITERAL -> SecretFixes.propose(site);
            case TwinIssueCodes.SIGNAL_UNRESOLVED, TwinIssueCodes.EQUIPMENT_UNRESOLVED -> names.propose(site);
            case TwinIssueCodes.MODBUS_OVERLAP -> OverlapFixes.propose(site);
            default -> {
                // no computed fix
            }
        }
        return resolutions;
    }

    private static String code(Diagnostic diagnostic) {
        return diagnostic.getCode() == null || !diagnostic.getCode().isLeft() ? null : diagnostic.getCode().getLeft();
    }

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
