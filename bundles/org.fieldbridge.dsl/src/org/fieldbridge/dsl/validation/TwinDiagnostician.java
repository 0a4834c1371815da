/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.validation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.validation.CancelableDiagnostician;
import org.eclipse.xtext.validation.CheckMode;
import org.fieldbridge.dsl.scoping.PlantImports;
import org.fieldbridge.dsl.twin.Behaviour;
import org.fieldbridge.dsl.twin.Connection;
import org.fieldbridge.dsl.twin.Mapping;
import org.fieldbridge.dsl.twin.TwinModel;

import com.google.inject.Inject;

/**
 * Validates .twin files and keeps, per statement, what its checks found, so that after an edit only the
 * statements the edit re-created are checked again.
 *
 * <p>Partial parsing replaces the edited statement (or a part of it) with new objects, so a statement
 * whose objects are all the same as at the last validation has the same content. Its checks see nothing
 * but that content, the comment lines directly above it ({@link StatementComments}), the connections of
 * the file, the imported plant and today's date (calibration); when
 * any of those changed, or another check mode is asked for, every statement is checked again. The checks
 * of the file as a whole (two mappings of one signal, overlapping registers, duplicate names) and of
 * alignments (which look at every mapping) always run, as do import checks.
 *
 * <p>A first validation runs through the same code: it simply finds nothing kept.
 */
public class TwinDiagnostician extends CancelableDiagnostician {

    @Inject
    private PlantImports plantImports;

    @Inject
    private Clock clock;

    /**
     * Creates the diagnostician.
     *
     * @param registry the validators
     */
    @Inject
    public TwinDiagnostician(EValidator.Registry registry) {
        super(registry);
    }

    /** What the kept results depend on besides the statements themselves. */
    private record Inputs(Object mode, List<EObject> connections, Object plants, LocalDate today) {
        boolean sameAs(Inputs other) {
            if (other == null || other.mode != mode || other.plants != plants || !other.today.equals(today)
                    || other.connections.size() != connections.size()) {
                return false;
            }
            for (int i = 0; i < connections.size(); i++) {
                if (other.connections.get(i) != connections.get(i)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** The findings of one statement, the objects it consisted of and the comments above it. */
    private record Checked(EObject[] objects, List<String> comments, List<Diagnostic> findings, boolean valid) {
        /** Whether the statement still consists of the same objects and has the same comments above. */
        boolean stillDescribes(EObject statement, List<String> commentsNow) {
            if (objects[0] != statement || !comments.equals(commentsNow)) {
                return false;
            }
            int i = 1;
            for (TreeIterator<EObject> it = statement.eAllContents(); it.hasNext(); i++) {
                if (i >= objects.length || it.next() != objects[i]) {
                    return false;
                }
            }
            return i == objects.length;
        }
    }

    /** The findings of the last validation of a resource, kept on the resource. */
    private static final class Kept extends AdapterImpl {
        private Inputs inputs;
        private Map<EObject, Checked> statements = new IdentityHashMap<>();

        @Override
        public boolean isAdapterForType(Object type) {
            return type == Kept.class;
        }

        static Kept of(Resource resource) {
            Kept kept = (Kept) EcoreUtil.getExistingAdapter(resource, Kept.class);
            if (kept == null) {
                kept = new Kept();
                resource.eAdapters().add(kept);
            }
            return kept;
        }
    }

    @Override
    public boolean validate(EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
        if (!(object instanceof TwinModel model) || model.eResource() == null || diagnostics == null
                || context == null) {
            return super.validate(object, diagnostics, context);
        }
        // Walk the file here, one element at a time as EMF does, to see statements as a whole.
        Object recursively = context.put(VALIDATE_RECURSIVELY, Boolean.FALSE);
        try {
            return validateFile(model, diagnostics, context);
        } finally {
            context.put(VALIDATE_RECURSIVELY, recursively);
        }
    }

    private boolean validateFile(TwinModel model, DiagnosticChain diagnostics, Map<Object, Object> context) {
        Kept kept = Kept.of(model.eResource());
        Inputs inputs = inputs(model, context);
        Map<EObject, Checked> previous = inputs.sameAs(kept.inputs) ? kept.statements : Map.of();
        Map<EObject, Checked> next = new IdentityHashMap<>();
        boolean valid = validate(model.eClass(), model, diagnostics, context);
        for (EObject element : model.eContents()) {
            if (isStatement(element)) {
                valid &= validateStatement(element, previous, next, diagnostics, context);
            } else {
                valid &= validateTree(element, diagnostics, context);
            }
        }
        kept.inputs = inputs;
        kept.statements = next;
        return valid;
    }

    private boolean validateStatement(EObject statement, Map<EObject, Checked> previous, Map<EObject, Checked> next,
            DiagnosticChain diagnostics, Map<Object, Object> context) {
        List<String> comments = StatementComments.above(statement);
        Checked checked = previous.get(statement);
        if (checked == null || !checked.stillDescribes(statement, comments)) {
            EObject[] objects = objects(statement);
            BasicDiagnostic own = new BasicDiagnostic();
            boolean valid = true;
            for (EObject object : objects) {
                valid &= validate(object.eClass(), object, own, context);
            }
            checked = new Checked(objects, comments, List.copyOf(own.getChildren()), valid);
        }
        next.put(statement, checked);
        for (Diagnostic finding : checked.findings()) {
            diagnostics.add(finding);
        }
        return checked.valid();
    }

    private boolean validateTree(EObject root, DiagnosticChain diagnostics, Map<Object, Object> context) {
        boolean valid = true;
        for (EObject object : objects(root)) {
            valid &= validate(object.eClass(), object, diagnostics, context);
        }
        return valid;
    }

    /** Statements whose checks look at nothing in the file but themselves and the connections. */
    private static boolean isStatement(EObject object) {
        return object.eContainer() instanceof TwinModel
                && (object instanceof Mapping || object instanceof Behaviour || object instanceof Connection);
    }

    private static EObject[] objects(EObject statement) {
        List<EObject> objects = new ArrayList<>();
        objects.add(statement);
        for (TreeIterator<EObject> it = statement.eAllContents(); it.hasNext();) {
            objects.add(it.next());
        }
        return objects.toArray(EObject[]::new);
    }

    private Inputs inputs(TwinModel model, Map<Object, Object> context) {
        List<EObject> connections = new ArrayList<>();
        for (EObject element : model.getElements()) {
            if (element instanceof Connection) {
                for (EObject object : objects(element)) {
                    connections.add(object);
                }
            }
        }
        return new Inputs(context.get(CheckMode.KEY), connections, plantImports.index(model.eResource()),
                LocalDate.now(clock));
    }
}
