/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.scoping;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.fieldbridge.dsl.twin.Connection;
import org.fieldbridge.dsl.twin.TwinModel;

/**
 * Everything a cross-reference of a .twin file can resolve to: the file's connections (by name, in order)
 * and the index of its imported plant models. {@link TwinScopeProvider} resolves names against nothing
 * else, so a reference that resolved under one environment resolves to the same element under an equal
 * one; {@link TwinLinker} relies on that to keep such references across edits.
 *
 * <p>Equality is by identity of the elements: a connection re-created by the parser (a different object
 * with the same name) or a re-built plant index (the plant changed, an import was edited) makes the
 * environments differ.
 */
final class LinkEnvironment {

    private final List<Connection> connections;
    private final List<String> connectionNames;
    private final PlantIndex plants;

    private LinkEnvironment(List<Connection> connections, PlantIndex plants) {
        this.connections = connections;
        this.connectionNames = connections.stream().map(Connection::getName).toList();
        this.plants = plants;
    }

    /**
     * The environment of a resource now.
     *
     * @param resource     the .twin resource
     * @param plantImports where the plant index comes from
     * @return the environment
     */
    static LinkEnvironment of(Resource resource, PlantImports plantImports) {
        return new LinkEnvironment(connections(resource), plantImports.index(resource));
    }

    /**
     * The connections declared in a .twin resource, in order.
     *
     * @param resource the resource
     * @return its connections
     */
    static List<Connection> connections(Resource resource) {
        List<Connection> connections = new ArrayList<>();
        TwinModel model = TwinScopeProvider.model(resource);
        if (model != null) {
            for (EObject element : model.getElements()) {
                if (element instanceof Connection connection) {
                    connections.add(connection);
                }
            }
        }
        return connections;
    }

    /**
     * Tells whether every name resolves the same under both environments.
     *
     * @param other another environment, may be {@code null}
     * @return whether the same elements are visible under the same names
     */
    boolean sameAs(LinkEnvironment other) {
        if (other == null || other.plants != plants || other.connections.size() != connections.size()
                || !other.connectionNames.equals(connectionNames)) {
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
