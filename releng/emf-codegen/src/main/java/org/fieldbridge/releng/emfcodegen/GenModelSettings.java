/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.releng.emfcodegen;

import org.eclipse.emf.codegen.ecore.genmodel.GenJDKLevel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenResourceKind;
import org.eclipse.emf.codegen.ecore.genmodel.GenRuntimeVersion;

/**
 * The generator settings of the plant genmodel, kept in code so that a genmodel rebuilt
 * from {@code plant.ecore} always gets them, whatever was edited by hand.
 */
final class GenModelSettings {

    static final String MODEL_PLUGIN = "org.fieldbridge.model";
    static final String EDIT_PLUGIN = "org.fieldbridge.model.edit";

    private GenModelSettings() {}

    /** Applies the Fieldbridge settings to a genmodel and its packages. */
    static void apply(GenModel genModel) {
        genModel.setModelName("Plant");
        genModel.setCopyrightText("Copyright (c) Fieldbridge contributors.\nSPDX-License-Identifier: EPL-2.0");
        genModel.setModelPluginID(MODEL_PLUGIN);
        genModel.setModelDirectory("/" + MODEL_PLUGIN + "/src-gen");
        // No plugin class: the model bundle then needs no org.eclipse.core.runtime.
        genModel.setModelPluginClass("");
        genModel.setEditPluginID(EDIT_PLUGIN);
        genModel.setEditDirectory("/" + EDIT_PLUGIN + "/src-gen");
        genModel.setEditPluginClass("org.fieldbridge.model.plant.provider.PlantEditPlugin");
        // Editor and tests are not generated (EMF Edit UI is not on Maven Central).
        genModel.setEditorDirectory("");
        genModel.setEditorPluginID("");
        genModel.setTestsDirectory("");
        genModel.setComplianceLevel(GenJDKLevel.JDK210_LITERAL);
        // Oldest runtime whose generated code we need; keeps src-gen valid for any EMF Xtext accepts.
        genModel.setRuntimeVersion(GenRuntimeVersion.EMF220);
        // Formatting would need JDT and an Eclipse formatter profile; the templates alone are deterministic.
        genModel.setCodeFormatting(false);
        genModel.setImportOrganizing(true);
        genModel.setOperationReflection(true);
        // MANIFEST.MF, build.properties and .classpath are hand-written; never rewrite them.
        genModel.setBundleManifest(false);
        genModel.setUpdateClasspath(false);
        genModel.setOSGiCompatible(false);
        genModel.setCopyrightFields(false);
        genModel.setLineDelimiter("\n");
        genModel.setCanGenerate(true);
        for (GenPackage genPackage : genModel.getGenPackages()) {
            genPackage.setPrefix("Plant");
            genPackage.setBasePackage("org.fieldbridge.model");
            genPackage.setResource(GenResourceKind.NONE_LITERAL);
            genPackage.setFileExtensions("plant");
            genPackage.setDisposableProviderFactory(true);
            genPackage.setMultipleEditorPages(false);
            genPackage.setGenerateModelWizard(false);
            genPackage.setContentTypeIdentifier("org.fieldbridge.model.plant");
        }
    }
}
