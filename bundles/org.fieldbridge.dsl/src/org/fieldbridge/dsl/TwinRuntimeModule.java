/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl;

import java.time.Clock;

import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.documentation.IEObjectDocumentationProvider;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.scoping.IGlobalScopeProvider;
import org.fieldbridge.dsl.conversion.TwinValueConverters;
import org.fieldbridge.dsl.documentation.TwinDocumentation;
import org.fieldbridge.dsl.scoping.PlantGlobalScopeProvider;
import org.fieldbridge.dsl.scoping.TwinLinkingDiagnostics;

import com.google.inject.Binder;

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

    /** Unresolved plant references get the stable code twin.signal.unresolved and a helpful message. */
    public Class<? extends ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
        return TwinLinkingDiagnostics.class;
    }

    /** Hover text: canonical register addresses, plant signal facts. */
    public Class<? extends IEObjectDocumentationProvider> bindIEObjectDocumentationProvider() {
        return TwinDocumentation.class;
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
