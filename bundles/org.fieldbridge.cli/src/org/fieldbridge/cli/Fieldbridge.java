/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;

import org.fieldbridge.runtime.app.CommandExecution;
import org.fieldbridge.simulator.SimulatorMain;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code fieldbridge} command: headless, plain Java, no OSGi, no display. Its command line is read by
 * picocli: {@code fieldbridge --help} and {@code fieldbridge COMMAND --help} say what each command does and
 * takes, {@code fieldbridge completion} prints the bash completion script.
 *
 * <pre>
 * fieldbridge check    FILES...                    validate .plant/.twin files or folders
 * fieldbridge generate FILES... -o FOLDER          write a runtime project
 * fieldbridge build    FILES... -o FOLDER          generate, compile and package a runnable jar
 * fieldbridge run      FOLDER [runtime options]    run a built runtime project
 * fieldbridge simulate [options]                   the example plant's simulator on 127.0.0.1
 * fieldbridge demo     [--duration S]              simulator + generated runtime + live view
 * fieldbridge import   SOURCE... -o FOLDER         tag exports or an OPC UA server to a .plant and .twin to review
 * fieldbridge browse   FOLDER CONNECTION [NODE]     an OPC UA controller's nodes: types, units, ranges, values
 * fieldbridge scan     FOLDER CONNECTION ADDRESS    decodings of registers, best first (byte/word order)
 * fieldbridge read     FOLDER [--watch]            every mapping read from the live controllers
 * fieldbridge write    FOLDER SIGNAL VALUE         one value to a controller, confirmed and audited
 * fieldbridge verify   FOLDER SIGNAL --verdict V   record verification evidence of a mapping
 * fieldbridge report   FOLDER -o FILE.html         the commissioning report
 * </pre>
 *
 * Exit codes: 0 done, 1 errors in the inputs (or a runtime that failed), 2 usage or I/O problem. A command
 * line it cannot understand gets one line on standard error naming what is wrong (exit 2).
 */
@Command(name = "fieldbridge", mixinStandardHelpOptions = true, versionProvider = FieldbridgeVersion.class,
        usageHelpAutoWidth = true,
        description = { "Fieldbridge: check plant and twin files, generate and build the runtime of a digital twin, "
                + "run it, and simulate the example plant. Start with: fieldbridge demo" },
        footer = { "Each command explains itself: fieldbridge COMMAND --help",
            "Exit codes: 0 done, 1 errors in the inputs or a failed runtime, 2 usage or I/O problem." })
public final class Fieldbridge implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    private Fieldbridge() {
    }

    public static void main(String[] args) {
        int code;
        try {
            code = run(args, System.out, System.err);
        } catch (Exception | StackOverflowError e) {
            System.err.println("fieldbridge: failed: " + (e.getMessage() != null ? e.getMessage() : e));
            if (System.getenv("FIELDBRIDGE_DEBUG") != null) {
                e.printStackTrace();
            } else {
                System.err.println("(FIELDBRIDGE_DEBUG=1 prints the stack trace)");
            }
            code = 2;
        }
        System.exit(code);
    }

    /** @return the exit code */
    static int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        return run(args, out, err, System.getenv());
    }

    /** @return the exit code; {@code env:} references of browse and read are read from {@code environment} */
    static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> environment) throws Exception {
        return CommandExecution.execute(commandLine(out, err, environment), args, out, err);
    }

    /** @return the whole command line: this command and its subcommands, in the order {@code --help} lists them */
    static CommandLine commandLine(PrintStream out, PrintStream err) {
        return commandLine(out, err, System.getenv());
    }

    private static CommandLine commandLine(PrintStream out, PrintStream err, Map<String, String> environment) {
        CommandLine line = new CommandLine(new Fieldbridge());
        line.addSubcommand("check", new CheckCommand(out, err));
        line.addSubcommand("generate", new GenerateCommand(out, err));
        line.addSubcommand("build", new BuildCommand(out, err));
        line.addSubcommand("run", new RunCommand(out, err));
        line.addSubcommand("simulate", SimulatorMain.commandLine(System.getenv(), out, err));
        line.addSubcommand("demo", new DemoCommand(out, err));
        line.addSubcommand("import", new ImportCommand(out, err, environment));
        line.addSubcommand("browse", new BrowseCommand(out, err, environment));
        line.addSubcommand("scan", new ScanCommand(out, err));
        line.addSubcommand("read", new ReadCommand(out, err, environment));
        line.addSubcommand("write", new WriteCommand(out, err, environment, WriteConfirmationPrompt.terminal()));
        line.addSubcommand("verify", new VerifyCommand(out, err, Clock.systemUTC()));
        line.addSubcommand("report", new ReportCommand(out, err, Clock.systemUTC()));
        line.addSubcommand("audit", new AuditCommand(out, err));
        line.addSubcommand("completion", new CompletionCommand(out));
        line.addSubcommand("help", new HelpCommand());
        line.getSubcommands().get("help").getCommandSpec().usageMessage()
                .header("Shows the help of fieldbridge or of one command: fieldbridge help COMMAND");
        return line;
    }

    /** Without a command: the usage on standard error, exit 2 (a script that forgot the command fails). */
    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        spec.commandLine().usage(err);
        err.flush();
        return 2;
    }
}
