/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.onboarding.write;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.fieldbridge.model.plant.Plant;
import org.fieldbridge.model.plant.Signal;

/**
 * The shortest way a .twin file can name a signal of a plant: the shortest trailing part of its qualified name
 * ({@code Tank7B.BathTemp}) that no other signal of the plant ends with, as the language resolves references.
 */
public final class SignalReferences {

    private final Map<String, Integer> suffixes = new HashMap<>();

    /** @param plant the plant, with everything the import adds */
    public SignalReferences(Plant plant) {
        for (TreeIterator<EObject> it = plant.eAllContents(); it.hasNext();) {
            if (it.next() instanceof Signal signal) {
                String[] segments = signal.qualifiedName().split("\\.");
                for (int i = segments.length - 1; i >= 0; i--) {
                    suffixes.merge(join(segments, i), 1, Integer::sum);
                }
            }
        }
    }

    /**
     * @param plant a plant
     * @return every {@code Equipment.Signal} pair of its signals
     */
    public static java.util.Set<String> pairs(Plant plant) {
        java.util.Set<String> pairs = new java.util.HashSet<>();
        for (TreeIterator<EObject> it = plant.eAllContents(); it.hasNext();) {
            if (it.next() instanceof Signal signal && signal.eContainer() instanceof org.fieldbridge.model.plant.Equipment e) {
                pairs.add(e.getName() + "." + signal.getName());
            }
        }
        return pairs;
    }

    /**
     * @param qualifiedName a signal's qualified name
     * @return the shortest unique reference, at least {@code Equipment.Signal}
     */
    public String of(String qualifiedName) {
        String[] segments = qualifiedName.split("\\.");
        for (int i = Math.max(0, segments.length - 2); i >= 0; i--) {
            String suffix = join(segments, i);
            if (suffixes.getOrDefault(suffix, 0) == 1) {
                return suffix;
            }
        }
        return qualifiedName;
    }

    private static String join(String[] segments, int from) {
        return String.join(".", java.util.Arrays.asList(segments).subList(from, segments.length));
    }
}
