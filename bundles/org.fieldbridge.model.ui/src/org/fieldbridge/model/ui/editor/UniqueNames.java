/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.ui.editor;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.fieldbridge.model.plant.NamedElement;
import org.fieldbridge.model.plant.PlantPackage;

/**
 * Keeps names unique where the plant requires it: among all named children of one parent (docs/metamodel.md,
 * "Names and qualified names"), so that qualified names never collide. A pasted, dropped or new element whose
 * name is taken gets the first free {@code Name_2}, {@code Name_3}, ...
 */
final class UniqueNames {

    private UniqueNames() {
    }

    /**
     * @param domain   the editing domain
     * @param elements elements just placed (pasted, moved, created) into their parents
     * @return the renames that make their names unique among their siblings; an empty (unexecutable) compound
     *         when none is needed
     */
    static CompoundCommand renames(EditingDomain domain, Collection<?> elements) {
        CompoundCommand renames = new CompoundCommand("Rename");
        Map<EObject, Set<String>> taken = new HashMap<>();
        for (Object object : new LinkedHashSet<>(elements)) {
            if (!(object instanceof NamedElement element) || element.getName() == null
                    || element.eContainer() == null) {
                continue;
            }
            Set<String> names = taken.computeIfAbsent(element.eContainer(), parent -> new HashSet<>());
            if (names.isEmpty()) {
                names.addAll(siblingNames(element.eContainer(), elements));
            }
            String name = free(element.getName(), names);
            names.add(name);
            if (!name.equals(element.getName())) {
                renames.append(SetCommand.create(domain, element, PlantPackage.Literals.NAMED_ELEMENT__NAME, name));
            }
        }
        return renames;
    }

    /**
     * @param parent the future parent
     * @param prefix the start of the name, e.g. {@code Signal}
     * @return {@code prefix1}, or the first {@code prefixN} no named child of the parent has
     */
    static String fresh(EObject parent, String prefix) {
        Set<String> names = siblingNames(parent, Set.of());
        for (int n = 1;; n++) {
            if (!names.contains(prefix + n)) {
                return prefix + n;
            }
        }
    }

    /** @return the given name when free, else the first free {@code name_N} from 2 on */
    static String free(String name, Set<String> taken) {
        if (!taken.contains(name)) {
            return name;
        }
        String base = name.replaceFirst("_\\d+$", "");
        for (int n = 2;; n++) {
            if (!taken.contains(base + "_" + n)) {
                return base + "_" + n;
            }
        }
    }

    /** The names of the parent's named children that are not among the placed elements. */
    private static Set<String> siblingNames(EObject parent, Collection<?> placed) {
        Set<String> names = new HashSet<>();
        for (EObject child : parent.eContents()) {
            if (child instanceof NamedElement named && named.getName() != null && !placed.contains(child)) {
                names.add(named.getName());
            }
        }
        return names;
    }
}
