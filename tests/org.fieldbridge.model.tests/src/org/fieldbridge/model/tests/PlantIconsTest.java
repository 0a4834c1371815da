/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.tests;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.HashSet;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.fieldbridge.model.plant.Equipment;
import org.fieldbridge.model.plant.EquipmentKind;
import org.fieldbridge.model.plant.PlantFactory;
import org.fieldbridge.model.plant.PlantPackage;
import org.fieldbridge.model.plant.Signal;
import org.fieldbridge.model.plant.SignalKind;
import org.fieldbridge.model.plant.provider.icons.PlantIconItemProviderAdapterFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Icons of the item providers")
class PlantIconsTest {

    private final PlantIconItemProviderAdapterFactory factory = new PlantIconItemProviderAdapterFactory();

    @Test
    @DisplayName("every equipment kind has an icon of its own, and so has every signal kind")
    void everyEquipmentAndSignalKindHasItsOwnIcon() throws IOException {
        Set<String> icons = new HashSet<>();
        for (EquipmentKind kind : EquipmentKind.VALUES) {
            Equipment equipment = PlantFactory.eINSTANCE.createEquipment();
            equipment.setKind(kind);
            icons.add(readable(image(equipment), "equipment/" + kind.getLiteral() + ".png"));
        }
        for (SignalKind kind : SignalKind.VALUES) {
            Signal signal = PlantFactory.eINSTANCE.createSignal();
            signal.setKind(kind);
            icons.add(readable(image(signal), "signal/" + kind.getLiteral() + ".png"));
        }
        assertTrue(icons.size() == EquipmentKind.VALUES.size() + SignalKind.VALUES.size(), icons.toString());
    }

    @Test
    @DisplayName("every concrete plant class has its drawn PNG icon, not the generator's GIF")
    void everyConcreteClassHasAPngIcon() throws IOException {
        for (EClassifier classifier : PlantPackage.eINSTANCE.getEClassifiers()) {
            if (classifier instanceof EClass type && !type.isAbstract() && !type.isInterface()) {
                EObject element = PlantFactory.eINSTANCE.create(type);
                URL url = (URL) image(element);
                assertNotNull(url, type.getName());
                assertTrue(url.toString().endsWith(".png"), type.getName() + ": " + url);
                readable(url, ".png");
            }
        }
    }

    @Test
    @DisplayName("an element's icon follows its kind")
    void theIconFollowsTheKind() {
        Signal signal = PlantFactory.eINSTANCE.createSignal();
        Object measurement = image(signal);
        signal.setKind(SignalKind.SETPOINT);
        assertNotEquals(measurement, image(signal));
    }

    private Object image(EObject element) {
        return ((IItemLabelProvider) factory.adapt(element, IItemLabelProvider.class)).getImage(element);
    }

    private static String readable(Object image, String suffix) throws IOException {
        URL url = (URL) image;
        assertTrue(url.toString().endsWith(suffix), url + " should end with " + suffix);
        try (InputStream in = url.openStream()) {
            byte[] header = in.readNBytes(8);
            assertTrue(header.length == 8 && header[1] == 'P' && header[2] == 'N' && header[3] == 'G', url + " is a PNG");
        }
        return url.toString();
    }
}
