/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.fieldbridge.commissioning.Commissioning;
import org.fieldbridge.commissioning.CommissioningModel;
import org.fieldbridge.commissioning.EndpointOverrides;
import org.fieldbridge.dsl.check.Finding;

import picocli.CommandLine.Option;

/** The .twin folder and endpoint overrides that {@code scan}, {@code read} and {@code browse} share. */
final class CommissioningInputs {

    @Option(names = "--endpoint", paramLabel = "NAME=HOST:PORT",
            description = "where connection NAME really is (a test rig, a gateway): host:port, or for OPC UA also "
                    + "opc.tcp://host:port/path; repeatable")
    List<String> endpoints = List.of();

    /** A model, or the exit code when there is none (the reason is printed). */
    record Loaded(Commissioning commissioning, CommissioningModel model, int exitCode) {
    }

    /**
     * Loads the folder as {@code check} does; errors are printed as {@code check} prints them (exit 1), an
     * unreadable input or a wrong override is a usage problem (exit 2).
     */
    Loaded load(String command, Path folder, PrintStream out, PrintStream err) {
        Commissioning commissioning = Commissioning.standalone();
        CommissioningModel.Loaded loaded;
        try {
            loaded = commissioning.load(List.of(folder));
        } catch (IOException e) {
            err.println("fieldbridge " + command + ": " + e.getMessage());
            return new Loaded(null, null, 2);
        }
        if (loaded.model() == null) {
            loaded.findings().forEach(f -> out.println(f.format()));
            long errors = loaded.findings().stream().filter(Finding::isError).count();
            err.println("fieldbridge " + command + ": " + errors + (errors == 1 ? " error" : " errors") + " in "
                    + folder + "; nothing was read (fix them first, see fieldbridge check)");
            return new Loaded(null, null, 1);
        }
        try {
            return new Loaded(commissioning, loaded.model().with(EndpointOverrides.parse(endpoints, loaded.model())), 0);
        } catch (IllegalArgumentException e) {
            err.println("fieldbridge " + command + ": " + e.getMessage());
            return new Loaded(null, null, 2);
        }
    }
}
