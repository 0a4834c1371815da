/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.plant.provider.icons;

import java.util.MissingResourceException;

import org.eclipse.emf.ecore.EObject;
import org.fieldbridge.model.plant.Equipment;
import org.fieldbridge.model.plant.Signal;
import org.fieldbridge.model.plant.provider.PlantEditPlugin;

/**
 * Which icon a plant element gets: equipment by its kind (a tank, an oven, a press ...), signals by their
 * kind (a gauge for a measurement, a target for a setpoint, a switch for a state, tally marks for a counter),
 * everything else by its class. The icons are PNGs in {@code icons/full/obj16} with {@code @2x} twins for
 * HiDPI screens, drawn by {@code releng/icons/DrawPlantIcons.java}.
 */
public final class PlantIcons {

    private static final String FOLDER = "full/obj16/";

    private PlantIcons() {
    }

    /**
     * @param object a plant element
     * @return its icon as the item providers describe images (a URL), or null for an object of no plant class
     */
    public static Object of(Object object) {
        if (!(object instanceof EObject element)) {
            return null;
        }
        String byClass = element.eClass().getName();
        String byKind = null;
        if (element instanceof Equipment equipment && equipment.getKind() != null) {
            byKind = "equipment/" + equipment.getKind().getLiteral();
        } else if (element instanceof Signal signal && signal.getKind() != null) {
            byKind = "signal/" + signal.getKind().getLiteral();
        }
        Object icon = byKind == null ? null : image(byKind);
        return icon != null ? icon : image(byClass);
    }

    /** @return the icon's URL, or null when the bundle has no such icon (a kind added to the model later) */
    private static Object image(String name) {
        try {
            return PlantEditPlugin.INSTANCE.getImage(FOLDER + name + ".png");
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
