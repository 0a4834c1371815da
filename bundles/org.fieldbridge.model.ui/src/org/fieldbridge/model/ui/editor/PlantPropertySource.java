/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.fieldbridge.model.plant.Role;

/**
 * The Properties view's access to one model object, through the EMF Edit item property source. Every
 * change is a {@link SetCommand} executed on the editing domain's command stack, so it can be undone
 * and makes the editor dirty; a change the model refuses is not executed.
 */
public class PlantPropertySource implements IPropertySource {

    private final Object object;
    private final IItemPropertySource itemSource;
    private final EditingDomain domain;

    /**
     * @param object     the model object
     * @param itemSource its item provider, as a property source
     * @param domain     the editing domain whose command stack receives the changes
     */
    public PlantPropertySource(Object object, IItemPropertySource itemSource, EditingDomain domain) {
        this.object = object;
        this.itemSource = itemSource;
        this.domain = domain;
    }

    @Override
    public Object getEditableValue() {
        return object;
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        List<IPropertyDescriptor> rows = new ArrayList<>(descriptors().stream()
                .map(d -> new PlantPropertyDescriptor(object, d, domain)).toList());
        RoleScopes scopes = roleScopes();
        if (scopes != null) {
            rows.add(scopes);
        }
        return rows.toArray(IPropertyDescriptor[]::new);
    }

    /** @return the extra row of a role: where it is assigned; null for other objects */
    private RoleScopes roleScopes() {
        return object instanceof Role role && domain instanceof AdapterFactoryEditingDomain d
                ? new RoleScopes(role, domain, d.getAdapterFactory())
                : null;
    }

    @Override
    public Object getPropertyValue(Object id) {
        if (RoleScopes.ID.equals(id) && roleScopes() != null) {
            return new ReferencedValue(roleScopes().value());
        }
        Object value = value(id);
        IItemPropertyDescriptor descriptor = descriptor(id);
        boolean referenced = descriptor != null && descriptor.getFeature(object) instanceof EReference reference
                && !reference.isContainment();
        // A referenced object (unit, instrument, controller) is chosen, not edited in place: no rows below it.
        return referenced && value != null ? new ReferencedValue(value) : value;
    }

    /** @return the property's value itself, as the model holds it */
    private Object value(Object id) {
        IItemPropertyDescriptor descriptor = descriptor(id);
        if (descriptor == null) {
            return null;
        }
        Object value = descriptor.getPropertyValue(object);
        // Item providers wrap values for their own label providers; the Properties view wants the value.
        return value instanceof IItemPropertySource wrapper ? wrapper.getEditableValue(object) : value;
    }

    @Override
    public boolean isPropertySet(Object id) {
        if (RoleScopes.ID.equals(id)) {
            return roleScopes() != null && !roleScopes().value().isEmpty();
        }
        IItemPropertyDescriptor descriptor = descriptor(id);
        return descriptor != null && descriptor.isPropertySet(object);
    }

    @Override
    public void resetPropertyValue(Object id) {
        execute(id, SetCommand.UNSET_VALUE);
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
        execute(id, value);
    }

    private void execute(Object id, Object value) {
        if (RoleScopes.ID.equals(id) && roleScopes() != null) {
            Command command = roleScopes().command(value instanceof List<?> list ? list : List.of());
            if (command != null && command.canExecute()) {
                domain.getCommandStack().execute(command);
            }
            return;
        }
        IItemPropertyDescriptor descriptor = descriptor(id);
        if (descriptor == null || !(descriptor.getFeature(object) instanceof EStructuralFeature feature)) {
            return;
        }
        if (value != SetCommand.UNSET_VALUE && Objects.equals(value, value(id))) {
            return; // nothing changed: no command, the editor stays clean
        }
        Command command = SetCommand.create(domain, object, feature, value);
        if (command.canExecute()) {
            domain.getCommandStack().execute(command);
        }
    }

    private List<IItemPropertyDescriptor> descriptors() {
        List<IItemPropertyDescriptor> descriptors = itemSource.getPropertyDescriptors(object);
        return descriptors == null ? List.of() : descriptors;
    }

    private IItemPropertyDescriptor descriptor(Object id) {
        return descriptors().stream().filter(d -> id.equals(d.getId(object))).findFirst().orElse(null);
    }

    /**
     * A referenced object as the Properties view sees it: its editable value is the object (the combo
     * shows and sets it), with no properties of its own, so the row does not open.
     */
    private record ReferencedValue(Object value) implements IPropertySource {

        @Override
        public Object getEditableValue() {
            return value;
        }

        @Override
        public IPropertyDescriptor[] getPropertyDescriptors() {
            return new IPropertyDescriptor[0];
        }

        @Override
        public Object getPropertyValue(Object id) {
            return null;
        }

        @Override
        public boolean isPropertySet(Object id) {
            return false;
        }

        @Override
        public void resetPropertyValue(Object id) {
            // nothing to reset: the row has no properties
        }

        @Override
        public void setPropertyValue(Object id, Object newValue) {
            // nothing to set: the reference itself is set on the owning object
        }
    }
}
