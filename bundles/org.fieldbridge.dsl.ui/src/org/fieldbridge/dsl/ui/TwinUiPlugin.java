/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.ui;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.ILog;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.fieldbridge.dsl.ide.TwinIdeSetup;
import org.fieldbridge.dsl.ui.server.PlantFileChanges;
import org.fieldbridge.dsl.ui.server.TwinLanguageServer;
import org.osgi.framework.BundleContext;

import com.google.inject.Injector;

/**
 * The bundle of the {@code .twin} editor: owns the language's IDE injector and the one in-process language
 * server all {@code .twin} editors share, started on first use and stopped with the bundle.
 */
public class TwinUiPlugin extends AbstractUIPlugin {

    /** The bundle's symbolic name. */
    public static final String ID = "org.fieldbridge.dsl.ui";

    private static TwinUiPlugin plugin;

    private Injector injector;
    private TwinLanguageServer server;
    private PlantFileChanges plantChanges;

    @Override
    public void start(BundleContext context) throws Exception {
        super.start(context);
        plugin = this;
    }

    @Override
    public void stop(BundleContext context) throws Exception {
        synchronized (this) {
            if (plantChanges != null) {
                plantChanges.stop();
                plantChanges = null;
            }
            if (server != null) {
                server.shutdown();
                server = null;
            }
        }
        plugin = null;
        super.stop(context);
    }

    /** @return the running bundle */
    public static TwinUiPlugin get() {
        return plugin;
    }

    /** @return the injector of the language with its IDE services (created on first use) */
    public synchronized Injector injector() {
        if (injector == null) {
            injector = new TwinIdeSetup().createInjectorAndDoEMFRegistration();
        }
        return injector;
    }

    /**
     * @return the language server, started on first use (which takes seconds: never call it on the UI thread
     *         before it runs)
     */
    public synchronized TwinLanguageServer server() {
        if (server == null) {
            try {
                server = TwinLanguageServer.start(injector());
                plantChanges = PlantFileChanges.follow(ResourcesPlugin.getWorkspace(), server);
            } catch (Exception e) {
                ILog.of(getClass()).error("The .twin language server did not start", e);
                throw new IllegalStateException("the .twin language server did not start: " + e.getMessage(), e);
            }
        }
        return server;
    }
}
