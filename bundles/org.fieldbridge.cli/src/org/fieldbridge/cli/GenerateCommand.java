/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.fieldbridge.codegen.GenerationMonitor;
import org.fieldbridge.codegen.GenerationResult;
import org.fieldbridge.codegen.RuntimeGenerator;
import org.fieldbridge.codegen.text.StartScriptTemplate;
import org.fieldbridge.dsl.check.Finding;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code fieldbridge generate FILES... -o FOLDER} and {@code fieldbridge build FILES... -o FOLDER}: writes
 * the runtime project of the given .twin/.plant files, and for {@code build} compiles and packages it.
 */
@Command(name = "generate", usageHelpAutoWidth = true,
        header = "Writes the runtime project of a twin (Java sources, NodeSet2, configuration)",
        description = { "Writes the runtime project of a twin into FOLDER: Java sources, the OPC UA information "
                + "model (NodeSet2), a deployment configuration, a start script, a systemd unit and a README.",
            "Nothing is written when the files have errors; they are printed as check prints them." },
        footer = "Exit codes: 0 generated, 1 errors in the files, 2 usage or I/O problem.")
class GenerateCommand implements Callable<Integer> {

    @Mixin
    private HelpOption help;

    @Parameters(paramLabel = "FILES", arity = "1..*",
            description = "the .twin files (and the .plant files they import), or folders holding them")
    private List<Path> inputs;

    @Option(names = { "-o", "--output" }, paramLabel = "FOLDER", required = true,
            description = "the folder of the runtime project (made when missing; generated files are replaced)")
    private Path output;

    private final PrintStream out;
    private final PrintStream err;

    GenerateCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** @return true to compile and package the generated project too ({@code fieldbridge build}) */
    boolean packages() {
        return false;
    }

    @Override
    public Integer call() {
        String name = packages() ? "build" : "generate";
        try {
            GenerationResult result = generate(inputs, output);
            if (result == null) {
                return 1;
            }
            if (packages()) {
                Path jar = new RuntimeJarBuilder(RuntimeClasspath.fromSystemProperty()).build(output, result);
                out.println("built " + jar + " (run it: " + output.resolve("bin").resolve(result.runtimeName())
                        + " or fieldbridge run " + output + ")");
                warnAboutDefaultJava(result.runtimeName());
            }
            return 0;
        } catch (RuntimeJarBuilder.CompilationException e) {
            err.println("fieldbridge " + name + ": the generated sources do not compile cleanly:");
            err.println(e.getMessage());
            return 1;
        } catch (IOException | IllegalStateException e) {
            err.println("fieldbridge " + name + ": " + e.getMessage());
            return 2;
        }
    }

    private void warnAboutDefaultJava(String runtimeName) {
        Optional<DefaultJava> java = DefaultJava.onPath(System.getenv("PATH"));
        if (java.isEmpty()) {
            err.println("warning: there is no java on the PATH of this machine; the runtime needs Java "
                    + StartScriptTemplate.MINIMUM_JAVA + " or later where it runs (bin/" + runtimeName + " says so)");
        } else {
            java.get().warningBelow(StartScriptTemplate.MINIMUM_JAVA, runtimeName).ifPresent(err::println);
        }
    }

    /** @return the result, or null after printing the errors that stopped the generation */
    GenerationResult generate(List<Path> inputs, Path output) throws IOException {
        GenerationResult result = RuntimeGenerator.standalone().generate(inputs, output, GenerationMonitor.SILENT);
        for (Finding finding : result.findings()) {
            (finding.isError() ? err : out).println(finding.format());
        }
        if (result.hasErrors()) {
            err.println("nothing generated: fix the errors above");
            return null;
        }
        StartScript.makeExecutable(output.resolve(StartScriptTemplate.path(result.runtimeName())));
        out.println("generated " + result.files().size() + " files for runtime '" + result.runtimeName() + "' ("
                + result.modelVersion() + ") in " + output);
        return result;
    }
}
