/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl;

import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.fieldbridge.model.plant.PlantPackage;
import org.fieldbridge.model.plant.resource.PlantResourceFactory;
import org.fieldbridge.model.plant.resource.PlantResources;

import com.google.inject.Injector;

/**
 * Sets the language up without the Equinox extension registry: the same code path in OSGi tests, in the
 * workbench (which has no Xtext UI) and in a plain-Java headless run. Besides the .twin registrations it
 * makes sure {@code .plant} files are read by the plant model's own resource factory.
 */
public class TwinStandaloneSetup extends TwinStandaloneSetupGenerated {

    /** Registers the language globally (EMF registries) and returns nothing; for scripts and tests. */
    public static void doSetup() {
        new TwinStandaloneSetup().createInjectorAndDoEMFRegistration();
    }

    @Override
    public void register(Injector injector) {
        // Inside OSGi the model bundle's plugin.xml already registers both; do not replace them there.
        EPackage.Registry.INSTANCE.putIfAbsent(PlantPackage.eNS_URI, PlantPackage.eINSTANCE);
        Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap()
                .putIfAbsent(PlantResources.FILE_EXTENSION, new PlantResourceFactory());
        super.register(injector);
    }
}
