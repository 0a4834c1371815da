/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.ide;

import org.eclipse.xtext.util.Modules2;
import org.fieldbridge.dsl.TwinRuntimeModule;
import org.fieldbridge.dsl.TwinStandaloneSetup;

import com.google.inject.Guice;
import com.google.inject.Injector;

/** Sets the language up with its IDE services, e.g. for the workbench editor or a language server. */
public class TwinIdeSetup extends TwinStandaloneSetup {

    @Override
    public Injector createInjector() {
        return Guice.createInjector(Modules2.mixin(new TwinRuntimeModule(), new TwinIdeModule()));
    }
}
