/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.ide.quickfix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.fieldbridge.core.text.EditDistance;
import org.fieldbridge.dsl.scoping.PlantIndex;
import org.fieldbridge.model.plant.NamedElement;

/**
 * The plant names a quick fix offers for a reference that names nothing or is ambiguous. Each candidate is
 * written by its shortest unambiguous name (what a user would type: {@code Tank3.BathTemp}).
 *
 * <ul>
 * <li>ambiguous ({@code BathTemp} matches several signals): every element it matches;</li>
 * <li>unknown ({@code Tank3.BathTmp}): the elements whose name, compared over as many trailing segments as
 * were written, is closest by edit distance ({@link EditDistance}, case ignored), at most
 * {@value #MAX_OFFERED}, none further than about half the written name.</li>
 * </ul>
 */
final class PlantNameChoices {

    /** How many names a fix offers at most: a list to choose from, not the plant. */
    static final int MAX_OFFERED = 5;

    private PlantNameChoices() {
    }

    /** A candidate: the name to write. */
    record Choice(String name) {
    }

    /**
     * @param written the name as written
     * @param type the kind of element the reference wants (signal, equipment)
     * @param index the plant index of the file
     * @return the candidates, best first
     */
    static List<Choice> offered(String written, EClass type, PlantIndex index) {
        Map<EObject, String> shortest = shortestNames(type, index);
        QualifiedName name = QualifiedName.create(written.trim().split("\\.", -1));
        List<NamedElement> ambiguous = index.matches(name, type);
        if (ambiguous.size() > 1) {
            return ambiguous.stream().filter(shortest::containsKey)
                    .map(e -> new Choice(shortest.get(e))).toList();
        }
        return closest(written, name.getSegmentCount(), shortest);
    }

    private static List<Choice> closest(String written, int segments, Map<EObject, String> shortest) {
        String wanted = written.trim().toLowerCase(Locale.ROOT);
        int limit = Math.max(2, wanted.length() / 2);
        record Scored(Choice choice, int distance) {
        }
        List<Scored> scored = new ArrayList<>();
        shortest.forEach((element, name) -> {
            String full = PlantIndex.fullName((NamedElement) element);
            String[] parts = full.split("\\.");
            int from = Math.max(0, parts.length - segments);
            String comparable = String.join(".", List.of(parts).subList(from, parts.length)).toLowerCase(Locale.ROOT);
            int distance = EditDistance.between(wanted, comparable);
            if (distance <= limit) {
                scored.add(new Scored(new Choice(name), distance));
            }
        });
        return scored.stream()
                .sorted(Comparator.comparingInt(Scored::distance).thenComparing(s -> s.choice().name()))
                .limit(MAX_OFFERED).map(Scored::choice).toList();
    }

    /** Every element of the kind with its shortest unambiguous name (fewest segments). */
    private static Map<EObject, String> shortestNames(EClass type, PlantIndex index) {
        Map<EObject, String> shortest = new LinkedHashMap<>();
        for (IEObjectDescription description : index.scope(type).getAllElements()) {
            EObject element = description.getEObjectOrProxy();
            String name = description.getName().toString();
            String known = shortest.get(element);
            if (known == null || name.split("\\.").length < known.split("\\.").length) {
                shortest.put(element, name);
            }
        }
        return shortest;
    }
}
