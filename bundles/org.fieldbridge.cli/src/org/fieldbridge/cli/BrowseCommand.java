/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;

import org.fieldbridge.commissioning.Controller;
import org.fieldbridge.commissioning.browse.AddressSpaceBrowse;
import org.fieldbridge.commissioning.connect.OpcUaAccess;
import org.fieldbridge.commissioning.connect.OpcUaLink;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code fieldbridge browse FOLDER CONNECTION [NODE]}: what an OPC UA controller offers, with units and values. */
@Command(name = "browse", usageHelpAutoWidth = true,
        header = "Lists the address space of an OPC UA connection with data types, units, ranges and values",
        description = { "Opens a session with CONNECTION of the .twin folder as the runtime would (its security policy "
                + "and mode, its user with the password from the connection's env:/file: reference, a client "
                + "certificate) and lists the nodes below NODE (default: the Objects folder), one line each, "
                + "indented by depth: browse name, NodeId, and for a variable its data type, access (read, "
                + "read/write), EngineeringUnits and EURange where the server has them, and the current value with "
                + "its status. Nodes of namespace 0 below the start (the server's own) are listed, not expanded.",
            "The session's state and round trip, or the error in plant words, go to standard error. Read-only." },
        footer = "Exit codes: 0 browsed, 1 errors in the files or the controller could not be reached or refused, "
                + "2 usage or I/O problem.")
final class BrowseCommand implements Callable<Integer> {

    @Mixin
    private HelpOption help;

    @Mixin
    private CommissioningInputs inputs = new CommissioningInputs();

    @Parameters(index = "1", paramLabel = "CONNECTION", description = "an OPC UA connection of the .twin files, e.g. Oven2")
    private String connection;

    @Parameters(index = "2", arity = "0..1", paramLabel = "NODE",
            description = "the node to start at, e.g. ns=2;s=Zone1.Temp or i=85 (default: the Objects folder)")
    private String node;

    @Option(names = "--depth", paramLabel = "N",
            description = "levels below NODE to list (default " + AddressSpaceBrowse.DEFAULT_DEPTH + ")")
    private int depth = AddressSpaceBrowse.DEFAULT_DEPTH;

    private final CommissioningSetup setup;

    BrowseCommand(PrintStream out, PrintStream err, Map<String, String> environment) {
        this.setup = new CommissioningSetup("browse", out, err, environment);
    }

    @Override
    public Integer call() {
        PrintStream out = setup.out();
        PrintStream err = setup.err();
        CommissioningInputs.Loaded loaded = setup.load(inputs);
        if (loaded.model() == null) {
            return loaded.exitCode();
        }
        Controller.OpcUa server = setup.controller(loaded.model(), connection, Controller.OpcUa.class, "OPC UA",
                "scan it (fieldbridge scan)").orElse(null);
        if (server == null) {
            return 2;
        }
        if (depth < 0) {
            err.println("fieldbridge browse: --depth must be 0 or more, was " + depth);
            return 2;
        }
        OpcUaAccess access = setup.access(inputs, loaded).orElse(null);
        if (access == null) {
            return 2;
        }
        try (OpcUaLink link = new OpcUaLink(server, access, Clock.systemUTC())) {
            AddressSpaceBrowse.Listing listing = AddressSpaceBrowse.browse(link, node, depth);
            listing.lines().forEach(out::println);
            out.flush();
            err.println(link.status().describe() + ", " + listing.nodes().size() + " nodes"
                    + (listing.truncated() ? " (the first " + AddressSpaceBrowse.MAX_NODES
                            + "; browse a node below to see more)" : ""));
            return 0;
        } catch (OpcUaLink.Failure e) {
            err.println("fieldbridge browse: " + connection + " " + server.where() + ": " + e.getMessage());
            return 1;
        } catch (IllegalArgumentException e) {
            err.println("fieldbridge browse: " + connection + ": " + e.getMessage());
            return 2;
        }
    }
}
