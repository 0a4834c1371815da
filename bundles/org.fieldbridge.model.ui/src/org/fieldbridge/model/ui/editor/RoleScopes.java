/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import org.fieldbridge.model.plant.AccessScope;
import org.fieldbridge.model.plant.PlantPackage;
import org.fieldbridge.model.plant.Role;
import org.fieldbridge.model.ui.viewers.PlantLabelProvider;

/**
 * A role's scopes: the areas and lines that grant it. The model keeps the assignment on the scope
 * ({@code AccessScope.assignedRoles}); this row shows it from the role's side and edits it there as well,
 * with the list dialog. The change is one command (an add or remove per scope, undone together).
 */
final class RoleScopes extends PropertyDescriptor {

    /** The row's id among the role's properties. */
    static final String ID = "fieldbridge.role.scopes";

    private final Role role;
    private final EditingDomain domain;
    private final AdapterFactory adapterFactory;

    RoleScopes(Role role, EditingDomain domain, AdapterFactory adapterFactory) {
        super(ID, "Assigned In");
        this.role = role;
        this.domain = domain;
        this.adapterFactory = adapterFactory;
        setDescription("The areas and lines that grant this role (their Assigned Roles)");
        setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object value) {
                return text(value);
            }
        });
    }

    @Override
    public CellEditor createPropertyEditor(Composite parent) {
        PlantLabelProvider labels = new PlantLabelProvider(adapterFactory);
        parent.addDisposeListener(e -> labels.dispose());
        ILabelProvider shown = new LabelProvider() {
            @Override
            public String getText(Object element) {
                return labels.getText(element);
            }

            @Override
            public Image getImage(Object element) {
                return labels.getImage(element);
            }
        };
        return new ListCellEditor(parent, "Assigned In of " + role.getName(), candidates(), shown, this::text, false);
    }

    /** @return the areas and lines that grant the role, in the plant's order */
    List<AccessScope> value() {
        return candidates().stream().filter(s -> s.getAssignedRoles().contains(role)).toList();
    }

    /** @return the one command that makes exactly {@code scopes} grant the role; null if nothing changes */
    Command command(List<?> scopes) {
        CompoundCommand command = new CompoundCommand("Set where " + role.getName() + " is assigned");
        for (AccessScope scope : candidates()) {
            boolean wanted = scopes.contains(scope);
            boolean granted = scope.getAssignedRoles().contains(role);
            if (wanted && !granted) {
                command.append(AddCommand.create(domain, scope, PlantPackage.Literals.ACCESS_SCOPE__ASSIGNED_ROLES,
                        role));
            } else if (!wanted && granted) {
                command.append(RemoveCommand.create(domain, scope,
                        PlantPackage.Literals.ACCESS_SCOPE__ASSIGNED_ROLES, role));
            }
        }
        return command.isEmpty() ? null : command.unwrap();
    }

    private List<AccessScope> candidates() {
        List<AccessScope> scopes = new ArrayList<>();
        EObject root = EcoreUtil.getRootContainer(role);
        root.eAllContents().forEachRemaining(o -> {
            if (o instanceof AccessScope scope) {
                scopes.add(scope);
            }
        });
        return scopes;
    }

    private String text(Object value) {
        if (value instanceof List<?> list) {
            return String.join(", ", list.stream().map(this::text).toList());
        }
        return value instanceof AccessScope scope ? scope.qualifiedName() : "";
    }
}
