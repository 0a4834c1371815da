/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.ui.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.fieldbridge.commissioning.Commissioning;
import org.fieldbridge.commissioning.CommissioningModel;
import org.fieldbridge.commissioning.ConnectionSettingsFile;
import org.fieldbridge.commissioning.Controller;
import org.fieldbridge.commissioning.MappedValue;
import org.fieldbridge.commissioning.write.ControllerWrites;
import org.fieldbridge.dsl.ui.TwinUiPlugin;

/**
 * A write started from a live value: the .twin file it comes from loaded again (the model that runs, and where the
 * audit log is), the controllers moved by the project's {@code commissioning.properties} (the runtime's
 * {@code connection.NAME.*} keys, as {@code fieldbridge ... --config} reads them) and the project's Allow Writes
 * toggles as the policy. Built in a Job: it reads files.
 *
 * @param project the project's name
 * @param model the model
 * @param mapping the mapping of the live value in that model
 * @param writes the write service (closed with the session)
 */
record WriteSession(String project, CommissioningModel model, MappedValue mapping, ControllerWrites writes)
        implements AutoCloseable {

    /** The project file with connection overrides for commissioning in the workbench. */
    static final String SETTINGS_FILE = "commissioning.properties";

    /**
     * @param selected the mapping of a selected live value
     * @param preferred the project to look in first (the active editor's)
     * @return the session, or empty when no .twin file of the workspace has that mapping
     * @throws IOException when a file cannot be read or has errors, in plant words
     */
    static Optional<WriteSession> open(MappedValue selected, Optional<IProject> preferred) throws IOException {
        Commissioning commissioning = Commissioning.with(TwinUiPlugin.get().injector());
        for (IFile file : WorkspaceTwins.candidates(selected, preferred)) {
            Path path = file.getLocation().toPath();
            CommissioningModel.Loaded loaded = commissioning.load(List.of(path));
            if (loaded.model() == null) {
                throw new IOException(file.getFullPath() + " has errors (" + loaded.errors().get(0).format() + ")");
            }
            Optional<MappedValue> same = loaded.model().mappings().stream().filter(m -> m.signal().equals(
                    selected.signal()) && m.connection().equals(selected.connection())).findFirst();
            if (same.isEmpty()) {
                continue;
            }
            CommissioningModel model = loaded.model();
            Path settings = file.getProject().getLocation().toPath().resolve(SETTINGS_FILE);
            if (Files.isRegularFile(settings)) {
                try {
                    model = model.withControllers(ConnectionSettingsFile.read(settings, model,
                            org.fieldbridge.core.secrets.SecretConsumer.WORKBENCH)::apply);
                } catch (IllegalArgumentException e) {
                    throw new IOException(e.getMessage(), e);
                }
            }
            String project = file.getProject().getName();
            return Optional.of(new WriteSession(project, model, same.get(), new ControllerWrites(model,
                    WritePermissions.policy(project), WorkbenchAccess.opcua(), System.getProperty("user.name", ""),
                    Clock.systemUTC())));
        }
        return Optional.empty();
    }

    /** @return e.g. {@code PLC4 (127.0.0.1:5020 unit 1)} */
    String controllerText() {
        return model.controller(mapping.connection()).map(c -> c.name() + " (" + c.where() + ")")
                .orElse(mapping.connection());
    }

    /** @return the controller of the mapping */
    Optional<Controller> controller() {
        return model.controller(mapping.connection());
    }

    @Override
    public void close() {
        writes.close();
    }
}
