/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Collection;

import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.fieldbridge.model.plant.Plant;
import org.fieldbridge.model.plant.Signal;
import org.fieldbridge.model.plant.provider.PlantItemProviderAdapterFactory;
import org.fieldbridge.model.plant.resource.PlantResources;
import org.fieldbridge.tests.support.RepositoryRoot;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Item providers of the edit bundle")
class EditSupportTest {

    @Test
    @DisplayName("label signals by type and name and show the plant's children")
    void labelsAndChildren() throws IOException {
        Plant plant = PlantResources.load(RepositoryRoot.example());
        PlantItemProviderAdapterFactory factory = new PlantItemProviderAdapterFactory();
        try {
            Signal bathTemp = ExamplePlantTest.signal(plant, "Acme.Riverside.Finishing.AnodizingLine.Tank3.BathTemp");
            IItemLabelProvider labels = (IItemLabelProvider) factory.adapt(bathTemp, IItemLabelProvider.class);
            assertEquals("Signal BathTemp", labels.getText(bathTemp));

            ITreeItemContentProvider tree = (ITreeItemContentProvider) factory.adapt(plant, ITreeItemContentProvider.class);
            Collection<?> children = tree.getChildren(plant);
            assertTrue(children.containsAll(plant.getEnterprises()));
            assertTrue(children.containsAll(plant.getInstruments()));
        } finally {
            factory.dispose();
        }
    }
}
