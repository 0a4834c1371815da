/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.fieldbridge.commissioning.MappedValue;
import org.fieldbridge.commissioning.connect.OpcUaAccess;
import org.fieldbridge.commissioning.write.ControllerWrites;
import org.fieldbridge.commissioning.write.WriteConfirmation;
import org.fieldbridge.commissioning.write.WriteOutcome;
import org.fieldbridge.commissioning.write.WritePolicy;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code fieldbridge write FOLDER SIGNAL VALUE --allow-writes CONNECTION}: one value to a controller, confirmed. */
@Command(name = "write", usageHelpAutoWidth = true,
        header = "Writes one value to a controller through a mapping, after confirmation; audited",
        description = { "Writes VALUE (in the signal's unit, e.g. 21.5 for °C) to the controller the mapping of "
                + "SIGNAL reads, encoded exactly as the mapping reads it: scale and offset inverted, its data type "
                + "and byte/word order (Modbus holding registers and coils; OPC UA a Write of the node's data type).",
            "Reading is the default: nothing is written unless --allow-writes names the mapping's connection. Input "
                    + "registers, discrete inputs, nodes the user may only read and values outside the signal's "
                    + "valid range are refused. Before writing, the old value is read and the confirmation printed "
                    + "(controller, address, old and new value, data type and the registers as encoded); on a "
                    + "terminal it asks Write? [y/N], elsewhere --yes confirms. The value is read back after writing.",
            "Every attempt (refused, cancelled, failed, written) is appended to the .audit file beside the .twin file: "
                    + "who, when, controller and address, old and new value, the registers, the result." },
        footer = "Exit codes: 0 written, 1 errors in the files, or refused, not confirmed or failed, 2 usage or I/O "
                + "problem (also: no mapping writes SIGNAL).")
final class WriteCommand implements Callable<Integer> {

    @Mixin
    private HelpOption help;

    @Mixin
    private CommissioningInputs inputs = new CommissioningInputs();

    @Parameters(index = "1", paramLabel = "SIGNAL",
            description = "the plant signal a mapping writes: qualified name or a unique trailing part, e.g. "
                    + "Tank1.BathTempSetpoint")
    private String signal;

    @Parameters(index = "2", paramLabel = "VALUE", description = "the new value in the signal's unit; on/off for a coil")
    private String value;

    @Option(names = "--allow-writes", paramLabel = "CONNECTION",
            description = "enables writes to this connection for this command (repeatable); without it nothing is "
                    + "written")
    private List<String> allowWrites = List.of();

    @Option(names = "--yes", description = "confirms the write without asking (needed when not on a terminal)")
    private boolean yes;

    @Option(names = "--by", paramLabel = "NAME",
            description = "who writes, for the audit log (default: the user name of this login, ${sys:user.name})")
    private String by;

    private final CommissioningSetup setup;
    private final WriteConfirmationPrompt prompt;

    WriteCommand(PrintStream out, PrintStream err, Map<String, String> environment, WriteConfirmationPrompt prompt) {
        this.setup = new CommissioningSetup("write", out, err, environment);
        this.prompt = prompt;
    }

    @Override
    public Integer call() {
        PrintStream err = setup.err();
        CommissioningInputs.Loaded loaded = setup.load(inputs);
        if (loaded.model() == null) {
            return loaded.exitCode();
        }
        List<MappedValue> named = loaded.model().mappingsNamed(signal);
        if (named.size() != 1) {
            err.println("fieldbridge write: " + (named.isEmpty() ? "no mapping in " + inputs.folder
                    + " writes the plant signal '" + signal + "' (see fieldbridge read " + inputs.folder + ")"
                    : "'" + signal + "' names several mapped signals: " + String.join(", ",
                            named.stream().map(MappedValue::signal).toList()) + "; write more of the name"));
            return 2;
        }
        for (String connection : allowWrites) {
            if (loaded.model().controller(connection).isEmpty()) {
                err.println("fieldbridge write: --allow-writes " + connection + ": there is no connection "
                        + connection);
                return 2;
            }
        }
        OpcUaAccess access = setup.access(inputs, loaded).orElse(null);
        if (access == null) {
            return 2;
        }
        String who = by != null && !by.isBlank() ? by.strip() : System.getProperty("user.name", "");
        try (ControllerWrites writes = new ControllerWrites(loaded.model(), WritePolicy.allowing(allowWrites), access,
                who, Clock.systemUTC())) {
            return write(writes, named.get(0));
        } catch (IOException e) {
            err.println("fieldbridge write: the audit log cannot be written, so nothing more is done: "
                    + e.getMessage());
            return 2;
        }
    }

    private int write(ControllerWrites writes, MappedValue mapping) throws IOException {
        PrintStream out = setup.out();
        PrintStream err = setup.err();
        WriteConfirmation confirmation;
        try {
            confirmation = writes.prepare(mapping, value);
        } catch (ControllerWrites.Refused e) {
            boolean disabled = !WritePolicy.allowing(allowWrites).allows(mapping.connection());
            err.println("fieldbridge write: " + e.outcome().describe()
                    + (disabled ? " (--allow-writes " + mapping.connection() + ")" : ""));
            return 1;
        }
        for (String[] field : confirmation.fields()) {
            out.println(String.format(java.util.Locale.ROOT, "%-11s %s", field[0] + ":", field[1]));
        }
        out.flush();
        Optional<Boolean> answer = yes ? Optional.of(true) : prompt.ask("Write? [y/N] ");
        if (answer.isEmpty() || !answer.get()) {
            writes.cancel(confirmation);
            err.println("fieldbridge write: not written" + (answer.isEmpty()
                    ? ": there is no terminal to confirm on; add --yes to confirm" : ""));
            return 1;
        }
        WriteOutcome outcome = writes.write(confirmation);
        (outcome.written() ? out : err).println((outcome.written() ? "" : "fieldbridge write: ") + outcome.describe());
        return outcome.written() ? 0 : 1;
    }
}
