/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.fieldbridge.codegen.GenerationMonitor;
import org.fieldbridge.codegen.GenerationResult;
import org.fieldbridge.codegen.RuntimeGenerator;
import org.fieldbridge.codegen.text.StartScriptTemplate;
import org.fieldbridge.dsl.check.Finding;

/**
 * {@code fieldbridge generate FILES... -o FOLDER} and {@code fieldbridge build FILES... -o FOLDER}: writes
 * the runtime project of the given .twin/.plant files, and for {@code build} compiles and packages it.
 */
final class GenerateCommand {

    private final PrintStream out;
    private final PrintStream err;

    GenerateCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> args, boolean build) {
        String name = build ? "build" : "generate";
        CommandLine line;
        Path output;
        List<Path> inputs;
        try {
            line = CommandLine.parse(args, List.of("-o", "--output"), List.of());
            String o = line.value("-o") != null ? line.value("-o") : line.value("--output");
            if (o == null || line.positional().isEmpty()) {
                throw new CommandLine.UsageException("usage: fieldbridge " + name + " FILES... -o FOLDER");
            }
            output = Path.of(o);
            inputs = CommandLine.paths(line.positional());
        } catch (CommandLine.UsageException | InvalidPathException e) {
            err.println("fieldbridge " + name + ": " + e.getMessage());
            return 2;
        }
        try {
            GenerationResult result = generate(inputs, output);
            if (result == null) {
                return 1;
            }
            if (build) {
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
