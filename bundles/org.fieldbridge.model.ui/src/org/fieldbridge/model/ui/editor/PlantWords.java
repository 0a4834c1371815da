/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.ui.editor;

import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.fieldbridge.model.plant.PlantPackage;

/**
 * What plant engineers call the elements a plant is made of, for menus (New Child > Signal): the generated
 * item providers would say {@code Signals Signal} or {@code Modbus Tcp Endpoint}.
 */
final class PlantWords {

    private static final PlantPackage PLANT = PlantPackage.eINSTANCE;

    private static final Map<EClass, String> NAMES = Map.ofEntries(
            Map.entry(PLANT.getEnterprise(), "Enterprise"),
            Map.entry(PLANT.getSite(), "Site"),
            Map.entry(PLANT.getArea(), "Area"),
            Map.entry(PLANT.getLine(), "Line"),
            Map.entry(PLANT.getWorkCell(), "Work Cell"),
            Map.entry(PLANT.getEquipment(), "Equipment"),
            Map.entry(PLANT.getSignal(), "Signal"),
            Map.entry(PLANT.getValueRange(), "Valid Range"),
            Map.entry(PLANT.getController(), "Controller"),
            Map.entry(PLANT.getModbusTcpEndpoint(), "Modbus TCP Endpoint"),
            Map.entry(PLANT.getOpcUaEndpoint(), "OPC UA Endpoint"),
            Map.entry(PLANT.getAnonymousIdentity(), "Anonymous Identity"),
            Map.entry(PLANT.getUsernameIdentity(), "User Name Identity"),
            Map.entry(PLANT.getX509Identity(), "X.509 Certificate Identity"),
            Map.entry(PLANT.getInstrument(), "Instrument"),
            Map.entry(PLANT.getCalibrationRecord(), "Calibration Record"),
            Map.entry(PLANT.getEngineeringUnit(), "Engineering Unit"),
            Map.entry(PLANT.getRole(), "Role"));

    private PlantWords() {
    }

    /**
     * @param type    the class of a new child
     * @param feature the containment it goes into
     * @return its name for a menu, such as {@code Signal} or {@code Sub-Equipment}
     */
    static String child(EClass type, EStructuralFeature feature) {
        if (feature == PLANT.getEquipment_SubEquipment()) {
            return "Sub-Equipment";
        }
        return NAMES.getOrDefault(type, type.getName());
    }

    /**
     * @param type the class of an element
     * @return the start of a fresh element's name: the class's word without spaces ({@code WorkCell})
     */
    static String namePrefix(EClass type) {
        return NAMES.getOrDefault(type, type.getName()).replaceAll("[^A-Za-z0-9_]", "");
    }
}
