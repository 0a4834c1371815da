/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.ui.viewers;

import java.util.Arrays;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.fieldbridge.model.plant.Area;
import org.fieldbridge.model.plant.Controller;
import org.fieldbridge.model.plant.Enterprise;
import org.fieldbridge.model.plant.Equipment;
import org.fieldbridge.model.plant.Instrument;
import org.fieldbridge.model.plant.Line;
import org.fieldbridge.model.plant.Plant;
import org.fieldbridge.model.plant.Role;
import org.fieldbridge.model.plant.Site;
import org.fieldbridge.model.plant.WorkCell;

/**
 * The plant's structure only: the ISA-95 hierarchy down to equipment (sub-equipment included), controllers,
 * instruments and roles; signals, ranges, endpoints, calibration records and units are left out. What an
 * outline shows to find one's way in a plant of thousands of signals.
 */
public class PlantHierarchyContentProvider extends ItemProviderContentProvider {

    /** @param adapterFactory the factory that adapts model objects to item providers */
    public PlantHierarchyContentProvider(AdapterFactory adapterFactory) {
        super(adapterFactory);
    }

    /**
     * @param element a plant element
     * @return whether this provider shows it
     */
    public static boolean shows(EObject element) {
        return element instanceof Plant || element instanceof Enterprise || element instanceof Site
                || element instanceof Area || element instanceof Line || element instanceof WorkCell
                || element instanceof Equipment || element instanceof Controller || element instanceof Instrument
                || element instanceof Role;
    }

    @Override
    public Object[] getChildren(Object parent) {
        return Arrays.stream(super.getChildren(parent)).filter(c -> c instanceof EObject e && shows(e)).toArray();
    }

    @Override
    public boolean hasChildren(Object element) {
        return element instanceof EObject object
                && object.eContents().stream().anyMatch(PlantHierarchyContentProvider::shows);
    }
}
