/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl;

import java.time.Clock;

import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.documentation.IEObjectDocumentationProvider;
import org.eclipse.xtext.linking.ILinker;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.parser.impl.TokenRegionProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.scoping.IGlobalScopeProvider;
import org.eclipse.xtext.validation.CompositeEValidator;
import org.fieldbridge.dsl.conversion.TwinValueConverters;
import org.fieldbridge.dsl.documentation.TwinDocumentation;
import org.fieldbridge.dsl.resource.LocalTokenRegions;
import org.fieldbridge.dsl.resource.TwinResource;
import org.fieldbridge.dsl.scoping.PlantGlobalScopeProvider;
import org.fieldbridge.dsl.scoping.TwinLinker;
import org.fieldbridge.dsl.scoping.TwinLinkingDiagnostics;
import org.fieldbridge.dsl.validation.TwinDiagnostician;

import com.google.inject.Binder;
import com.google.inject.name.Names;

/**
 * Guice bindings of the .twin language: everything Fieldbridge customises is bound here, never through
 * static state.
 */
public class TwinRuntimeModule extends AbstractTwinRuntimeModule {

    public Class<? extends IValueConverterService> bindIValueConverterService() {
        return TwinValueConverters.class;
    }

    /** Plant elements come from the {@code .plant} files a .twin file imports, by qualified name. */
    @Override
    public Class<? extends IGlobalScopeProvider> bindIGlobalScopeProvider() {
        return PlantGlobalScopeProvider.class;
    }

    /** Keeps resolved references across edits that leave connections and plant unchanged. */
    public Class<? extends ILinker> bindILinker() {
        return TwinLinker.class;
    }

    /** Resolves proxies only where there can be any. */
    @Override
    public Class<? extends XtextResource> bindXtextResource() {
        return TwinResource.class;
    }

    /** Partial parsing lexes around the edit, not from the start of the file. */
    public Class<? extends TokenRegionProvider> bindTokenRegionProvider() {
        return LocalTokenRegions.class;
    }

    /** Checks again, after an edit, only the statements the edit re-created (and the file as a whole). */
    @Override
    public Class<? extends Diagnostician> bindDiagnostician() {
        return TwinDiagnostician.class;
    }

    /** Unresolved plant references get the stable code twin.signal.unresolved and a helpful message. */
    public Class<? extends ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
        return TwinLinkingDiagnostics.class;
    }

    /** Hover text: canonical register addresses, plant signal facts. */
    public Class<? extends IEObjectDocumentationProvider> bindIEObjectDocumentationProvider() {
        return TwinDocumentation.class;
    }

    /**
     * No EMF default constraints on .twin models: the parser builds them (multiplicities and data values
     * hold by construction) and unresolved references are reported by the linker with codes and messages
     * for plant engineers; on a 10,000-mapping file the generic checks cost more than all of ours.
     *
     * @param binder the binder
     */
    public void configureUseEObjectValidator(Binder binder) {
        binder.bind(Boolean.class).annotatedWith(Names.named(CompositeEValidator.USE_EOBJECT_VALIDATOR))
                .toInstance(Boolean.FALSE);
    }

    /**
     * The clock the calibration check compares due dates with; tests bind a fixed one.
     *
     * @param binder the binder
     */
    public void configureClock(Binder binder) {
        binder.bind(Clock.class).toInstance(Clock.systemDefaultZone());
    }
}
