/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.ide.navigation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.fieldbridge.dsl.twin.Element;
import org.fieldbridge.dsl.twin.Mapping;
import org.fieldbridge.dsl.twin.TwinModel;
import org.fieldbridge.dsl.twin.Verdict;
import org.fieldbridge.model.plant.Instrument;
import org.fieldbridge.model.plant.Signal;
import org.fieldbridge.model.plant.calibration.CalibrationHistory;

/**
 * Where an editor offers navigation in a {@code .twin} file, computed once per parse so that the editor can
 * answer "is there a link here?" without asking the server while the mouse moves: the text ranges of references
 * (connection uses, plant references; what Go to Definition follows) and the statements whose signal's
 * instrument is out of calibration or has no calibration (which offer to open that instrument).
 *
 * @param references the ranges of references, in text order
 * @param instruments the statements about a signal whose instrument needs calibrating, in text order
 */
public record NavigationFacts(List<Span> references, List<InstrumentLink> instruments) {

    /** A range of the text: offset and length. */
    public record Span(int offset, int length) {
        /** @return whether the offset lies in the range or at its end */
        public boolean covers(int at) {
            return at >= offset && at <= offset + length;
        }
    }

    /**
     * A statement (mapping, verdict) whose signal's instrument is out of calibration.
     *
     * @param statement the statement's range
     * @param instrument the instrument's name, e.g. {@code TT_Tank2}
     * @param uri the instrument's full EMF URI (plant file URI, {@code #}, fragment)
     */
    public record InstrumentLink(Span statement, String instrument, String uri) {
    }

    /** No links: a file not parsed yet. */
    public static final NavigationFacts NONE = new NavigationFacts(List.of(), List.of());

    /**
     * @param file the parsed and linked {@code .twin} file
     * @param today the day that decides whether a calibration is valid
     * @return its navigation facts (none for a resource that is no parsed text)
     */
    public static NavigationFacts of(Resource file, LocalDate today) {
        if (!(file instanceof XtextResource resource) || resource.getParseResult() == null
                || resource.getContents().isEmpty()) {
            return NONE;
        }
        List<Span> references = new ArrayList<>();
        for (INode node : resource.getParseResult().getRootNode().getAsTreeIterable()) {
            if (node.getGrammarElement() instanceof CrossReference && node.getLength() > 0) {
                references.add(new Span(node.getOffset(), node.getLength()));
            }
        }
        List<InstrumentLink> instruments = new ArrayList<>();
        if (resource.getContents().get(0) instanceof TwinModel model) {
            for (Element element : model.getElements()) {
                Signal signal = element instanceof Mapping mapping ? mapping.getSignal()
                        : element instanceof Verdict verdict ? verdict.getSignal() : null;
                InstrumentLink link = link(element, signal, today);
                if (link != null) {
                    instruments.add(link);
                }
            }
        }
        return new NavigationFacts(List.copyOf(references), List.copyOf(instruments));
    }

    private static InstrumentLink link(EObject statement, Signal signal, LocalDate today) {
        if (signal == null || signal.eIsProxy()) {
            return null;
        }
        Instrument instrument = signal.getInstrument();
        if (instrument == null || instrument.eIsProxy() || CalibrationHistory.validOn(instrument, today) != null) {
            return null;
        }
        ICompositeNode node = NodeModelUtils.findActualNodeFor(statement);
        if (node == null) {
            return null;
        }
        return new InstrumentLink(new Span(node.getOffset(), node.getLength()), instrument.getName(),
                EcoreUtil.getURI(instrument).toString());
    }

    /** @return the reference at an offset, or null */
    public Span referenceAt(int offset) {
        return find(references, offset, s -> s);
    }

    /** @return the instrument to open from the statement at an offset, or null */
    public InstrumentLink instrumentAt(int offset) {
        return find(instruments, offset, InstrumentLink::statement);
    }

    /** Binary search in a list sorted by offset, of ranges that do not overlap. */
    private static <T> T find(List<T> sorted, int offset, java.util.function.Function<T, Span> span) {
        int low = 0;
        int high = sorted.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            Span candidate = span.apply(sorted.get(middle));
            if (candidate.covers(offset)) {
                return sorted.get(middle);
            }
            if (candidate.offset() > offset) {
                high = middle - 1;
            } else {
                low = middle + 1;
            }
        }
        return null;
    }
}
