/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.fieldbridge.commissioning.CommissioningModel;
import org.fieldbridge.commissioning.Controller;
import org.fieldbridge.commissioning.MappedValue;
import org.fieldbridge.commissioning.connect.ModbusLink;
import org.fieldbridge.commissioning.scan.Expectation;
import org.fieldbridge.commissioning.scan.RankedDecoding;
import org.fieldbridge.commissioning.scan.RegisterScan;
import org.fieldbridge.commissioning.scan.ScanResult;
import org.fieldbridge.dsl.modbus.RegisterAddress;
import org.fieldbridge.runtime.modbus.ModbusProbe;
import org.fieldbridge.runtime.register.RegisterArea;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code fieldbridge scan FOLDER CONNECTION ADDRESS}: what is at an address, and in which byte and word order. */
@Command(name = "scan", usageHelpAutoWidth = true,
        header = "Reads registers of a Modbus connection and ranks every decoding, best first",
        description = { "Reads registers at ADDRESS (spelled as in a .twin mapping: holding 40023, 4x0003, input "
                + "30013, coil 1) over CONNECTION of the .twin folder and prints every decoding, best first, one "
                + "per line: the order (AB/BA for one register; ABCD, CDAB, BADC, DCBA for 32 and 64-bit values), "
                + "the .twin type and options that select it, the raw value, the value in the signal's unit and why "
                + "it ranks there. Decoded by the runtime's own codec: the first line is what the runtime will read "
                + "with those options.",
            "Ranking: plausible numbers before NaN, denormal or huge floats; with --expect the value closest to what "
                    + "the HMI shows (also trying scales 0.1, 0.01, 0.001, 10 and 100: a register holding tenths "
                    + "suggests 'scale 0.1'); with --signal (or a mapping at that address) inside the signal's valid "
                    + "range, then how the mapping reads it today. The registers read and, when a mapping reads "
                    + "them otherwise, the fix go to standard error. Read-only." },
        footer = "Exit codes: 0 scanned, 1 errors in the files or the controller did not answer or refused, "
                + "2 usage or I/O problem.")
final class ScanCommand implements Callable<Integer> {

    @Mixin
    private HelpOption help;

    @Mixin
    private CommissioningInputs inputs = new CommissioningInputs();

    @Parameters(index = "1", paramLabel = "CONNECTION", description = "a Modbus connection of the .twin files, e.g. PLC4")
    private String connection;

    @Parameters(index = "2..*", paramLabel = "ADDRESS", arity = "1..*",
            description = "the address as a .twin mapping writes it, e.g. holding 40023 or 4x0003")
    private List<String> address;

    @Option(names = "--count", paramLabel = "N", description = "registers to read (default 4, fewer at the end of a table)")
    private int count;

    @Option(names = "--expect", paramLabel = "VALUE", description = "the value the HMI shows, in the signal's unit")
    private Double expect;

    @Option(names = "--signal", paramLabel = "NAME",
            description = "the plant signal expected there (e.g. Tank1.RectifierCurrent): its range, unit and scaling")
    private String signal;

    @Option(names = "--unit-id", paramLabel = "ID", description = "the unit id to read (default: the connection's)")
    private Integer unitId;

    private final CommissioningSetup setup;

    ScanCommand(PrintStream out, PrintStream err) {
        this.setup = new CommissioningSetup("scan", out, err, Map.of());
    }

    @Override
    public Integer call() {
        PrintStream err = setup.err();
        CommissioningInputs.Loaded loaded = setup.load(inputs);
        if (loaded.model() == null) {
            return loaded.exitCode();
        }
        CommissioningModel model = loaded.model();
        Controller.Modbus modbus = setup.controller(model, connection, Controller.Modbus.class, "Modbus",
                "browse it (fieldbridge browse)").orElse(null);
        if (modbus == null) {
            return 2;
        }
        RegisterAddress where;
        try {
            where = loaded.commissioning().address(String.join(" ", address), model, connection);
        } catch (IllegalArgumentException e) {
            err.println("fieldbridge scan: " + e.getMessage());
            return 2;
        }
        int unit = unitId != null ? unitId : modbus.unitId();
        RegisterArea area = RegisterArea.valueOf(where.table().table().name());
        MappedValue mapping;
        try {
            mapping = mapping(model, area, (int) where.offset(), unit);
        } catch (IllegalArgumentException e) {
            err.println("fieldbridge scan: " + e.getMessage());
            return 2;
        }
        Expectation expectation = mapping == null ? Expectation.NONE : Expectation.of(mapping);
        if (expect != null) {
            expectation = expectation.expecting(expect);
        }
        return scan(modbus, unit, area, where, mapping, expectation);
    }

    private int scan(Controller.Modbus modbus, int unit, RegisterArea area, RegisterAddress where, MappedValue mapping,
            Expectation expectation) {
        PrintStream out = setup.out();
        PrintStream err = setup.err();
        try (ModbusLink link = new ModbusLink(modbus, Clock.systemUTC())) {
            ScanResult result = RegisterScan.scan(link, unit, area, (int) where.offset(), count, expectation);
            err.println(connection + " " + where.canonical() + " (" + where.modicon() + "), unit " + unit + ": "
                    + result.rawText() + "  (round trip " + result.roundTrip().toMillis() + " ms)"
                    + (mapping == null ? "" : "; expecting " + mapping.signal()
                            + (mapping.rangeText().isEmpty() ? "" : " " + mapping.rangeText())));
            String unitSymbol = mapping == null ? "" : mapping.unit();
            for (RankedDecoding ranked : result.ranked()) {
                out.println(ranked.line(unitSymbol));
            }
            out.flush();
            if (mapping != null && !result.ranked().isEmpty() && !result.ranked().get(0).current()) {
                err.println("the mapping at " + mapping.origin() + " reads it as " + mapping.spelledType()
                        + "; the best decoding is " + result.ranked().get(0).twinOptions());
            }
            return 0;
        } catch (ModbusProbe.Failure e) {
            err.println("fieldbridge scan: " + connection + " " + modbus.where() + ": " + e.getMessage());
            return 1;
        } catch (RegisterScan.Refused e) {
            err.println("fieldbridge scan: " + connection + " refused " + where.canonical() + ": " + e.getMessage());
            return 1;
        }
    }

    /** The mapping of --signal, or else the mapping at the address; null if none. */
    private MappedValue mapping(CommissioningModel model, RegisterArea area, int offset, int unit) {
        if (signal != null) {
            List<MappedValue> named = model.mappingsNamed(signal).stream().filter(MappedValue::isModbus).toList();
            if (named.size() != 1) {
                throw new IllegalArgumentException(named.isEmpty() ? "no Modbus mapping reads a signal " + signal
                        : signal + " is ambiguous: " + String.join(", ", named.stream().map(MappedValue::signal).toList()));
            }
            return named.get(0);
        }
        return model.mappings().stream().filter(m -> m.isModbus() && m.connection().equals(connection)
                && m.address().area() == area && m.address().offset() == offset && m.address().unitId() == unit)
                .findFirst().orElse(null);
    }
}
