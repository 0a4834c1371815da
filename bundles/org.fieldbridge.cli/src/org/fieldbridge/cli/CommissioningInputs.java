/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.fieldbridge.commissioning.Commissioning;
import org.fieldbridge.commissioning.CommissioningModel;
import org.fieldbridge.commissioning.ConnectionSettingsFile;
import org.fieldbridge.commissioning.EndpointOverrides;
import org.fieldbridge.commissioning.connect.OpcUaAccess;
import org.fieldbridge.dsl.check.Finding;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What every command that talks to controllers ({@code browse}, {@code scan}, {@code read}, {@code write}) takes, in
 * one place (a picocli mixin): the .twin folder first, where the controllers really are ({@code --config} a runtime's
 * configuration file, {@code --endpoint} on the command line, which wins), and the OPC UA client's certificates.
 */
final class CommissioningInputs {

    @Parameters(index = "0", paramLabel = "FOLDER", description = ".twin file or folder (searched recursively)")
    Path folder;

    @Option(names = "--endpoint", paramLabel = "NAME=HOST:PORT",
            description = "where connection NAME really is (a test rig, a gateway): host:port, or for OPC UA also "
                    + "opc.tcp://host:port/path; repeatable; wins over --config")
    List<String> endpoints = List.of();

    @Option(names = "--config", paramLabel = "FILE",
            description = "a runtime's configuration (fieldbridge-runtime.properties): its connection.NAME.host, port, "
                    + "endpoint, user, password and trustedCertificates apply here too; its other keys are the "
                    + "runtime's and skipped")
    Path config;

    @Mixin
    OpcUaOptions opcua = new OpcUaOptions();

    /** A model, or the exit code when there is none (the reason is printed). */
    record Loaded(Commissioning commissioning, CommissioningModel model, ConnectionSettingsFile settings,
            int exitCode) {
    }

    /**
     * Loads the folder as {@code check} does; errors are printed as {@code check} prints them (exit 1), an
     * unreadable input, a wrong configuration file or a wrong override is a usage problem (exit 2).
     */
    Loaded load(String command, PrintStream out, PrintStream err) {
        Commissioning commissioning = Commissioning.standalone();
        CommissioningModel.Loaded loaded;
        try {
            loaded = commissioning.load(List.of(folder));
        } catch (IOException e) {
            err.println("fieldbridge " + command + ": " + e.getMessage());
            return new Loaded(null, null, null, 2);
        }
        if (loaded.model() == null) {
            loaded.findings().forEach(f -> out.println(f.format()));
            long errors = loaded.findings().stream().filter(Finding::isError).count();
            err.println("fieldbridge " + command + ": " + errors + (errors == 1 ? " error" : " errors") + " in "
                    + folder + "; nothing was read (fix them first, see fieldbridge check)");
            return new Loaded(null, null, null, 1);
        }
        CommissioningModel model = loaded.model();
        ConnectionSettingsFile settings = null;
        try {
            if (config != null) {
                settings = ConnectionSettingsFile.read(config, model);
                model = model.withControllers(settings::apply);
            }
            return new Loaded(commissioning, model.with(EndpointOverrides.parse(endpoints, model)), settings, 0);
        } catch (IOException e) {
            err.println("fieldbridge " + command + ": --config " + config + " cannot be read: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            err.println("fieldbridge " + command + ": " + e.getMessage());
        }
        return new Loaded(null, null, null, 2);
    }

    /**
     * @param environment what env: references read
     * @param loaded the loaded folder (its configuration file may name trusted certificate folders)
     * @return the OPC UA access
     * @throws IllegalArgumentException when an option is wrong
     */
    OpcUaAccess access(Map<String, String> environment, Loaded loaded) {
        OpcUaAccess access = opcua.access(environment);
        if (loaded.settings() != null) {
            for (Map.Entry<String, Path> trusted : loaded.settings().trustedFolders().entrySet()) {
                access = access.withTrustedFolder(trusted.getKey(), trusted.getValue());
            }
        }
        return access;
    }
}
