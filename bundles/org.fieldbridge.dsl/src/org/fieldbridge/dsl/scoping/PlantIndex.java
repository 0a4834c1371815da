/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.scoping;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.impl.MapBasedScope;
import org.fieldbridge.model.plant.NamedElement;
import org.fieldbridge.model.plant.naming.QualifiedNames;

/**
 * The plant elements a .twin file can refer to, by name. Every element is known by its full qualified name
 * through the hierarchy ({@code Acme.Riverside.Finishing.AnodizingLine.Tank3.BathTemp}) and by every shorter
 * trailing part of it that no other element of the same kind shares ({@code Tank3.BathTemp}); a trailing part
 * shared by several elements is ambiguous and resolves to none of them.
 */
public final class PlantIndex {

    private static final PlantIndex EMPTY = new PlantIndex();

    private final Map<QualifiedName, List<NamedElement>> byName = new LinkedHashMap<>();
    private final Map<EClass, IScope> scopes = new ConcurrentHashMap<>();

    /**
     * Indexes the named elements of the given plant resources.
     *
     * @param plants resources of the imported plant files
     * @return the index
     */
    public static PlantIndex of(List<Resource> plants) {
        if (plants.isEmpty()) {
            // One shared empty index: a file without plant stays linked with the same one across edits.
            return EMPTY;
        }
        PlantIndex index = new PlantIndex();
        for (Resource plant : plants) {
            for (var it = plant.getAllContents(); it.hasNext();) {
                EObject next = it.next();
                if (next instanceof NamedElement named) {
                    index.add(named);
                }
            }
        }
        return index;
    }

    private void add(NamedElement element) {
        List<String> segments = QualifiedNames.segments(element);
        for (int from = 0; from < segments.size(); from++) {
            QualifiedName name = QualifiedName.create(segments.subList(from, segments.size()));
            byName.computeIfAbsent(name, n -> new ArrayList<>()).add(element);
        }
    }

    /**
     * All elements whose qualified name is or ends with the given name, whatever their kind.
     *
     * @param name a qualified name or trailing part of one
     * @return the matching elements, possibly empty
     */
    public List<NamedElement> matches(QualifiedName name) {
        return Collections.unmodifiableList(byName.getOrDefault(name, List.of()));
    }

    /**
     * All elements of a kind whose qualified name is or ends with the given name.
     *
     * @param name a qualified name or trailing part of one
     * @param type the kind, e.g. {@code PlantPackage.Literals.SIGNAL}
     * @return the matching elements of that kind
     */
    public List<NamedElement> matches(QualifiedName name, EClass type) {
        return matches(name).stream().filter(type::isInstance).toList();
    }

    /**
     * A scope with the unambiguous names of the elements of one kind.
     *
     * @param type the kind
     * @return the scope, built once per kind; its parent is empty
     */
    public IScope scope(EClass type) {
        return scopes.computeIfAbsent(type, this::buildScope);
    }

    private IScope buildScope(EClass type) {
        List<IEObjectDescription> descriptions = new ArrayList<>();
        byName.forEach((name, elements) -> {
            List<NamedElement> ofType = elements.stream().filter(type::isInstance).toList();
            if (ofType.size() == 1) {
                descriptions.add(EObjectDescription.create(name, ofType.get(0)));
            }
        });
        return MapBasedScope.createScope(IScope.NULLSCOPE, descriptions);
    }

    /**
     * The full qualified name of an element.
     *
     * @param element a plant element
     * @return e.g. {@code Acme.Riverside.Finishing.AnodizingLine.Tank3.BathTemp}
     */
    public static String fullName(NamedElement element) {
        return QualifiedNames.of(element);
    }
}
