/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.parser.IParser;
import org.fieldbridge.codegen.RuntimeGenerator;
import org.fieldbridge.dsl.TwinStandaloneSetup;
import org.fieldbridge.dsl.modbus.ModbusAddresses;
import org.fieldbridge.dsl.modbus.RegisterAddress;
import org.fieldbridge.dsl.services.TwinGrammarAccess;
import org.fieldbridge.dsl.twin.ModbusAddress;

import com.google.inject.Injector;

/**
 * The entry to the headless commissioning services: loads .twin files with the language's own checker and
 * resolution, and reads Modbus addresses the way the language spells them. One per language setup.
 */
public final class Commissioning {

    private final Injector injector;
    private final RuntimeGenerator generator;

    private Commissioning(Injector injector) {
        this.injector = injector;
        this.generator = RuntimeGenerator.with(injector);
    }

    /** @return commissioning with its own language setup, for plain Java (command line, tests) */
    public static Commissioning standalone() {
        return new Commissioning(new TwinStandaloneSetup().createInjectorAndDoEMFRegistration());
    }

    /**
     * @param injector the .twin language's injector of the caller (e.g. the workbench's)
     * @return commissioning using that language setup
     */
    public static Commissioning with(Injector injector) {
        return new Commissioning(injector);
    }

    /**
     * Loads, checks and resolves .twin files (folders searched recursively) and the plants they import.
     *
     * @param inputs .twin files or folders
     * @return the model, or the checker's findings that refuse the files
     * @throws IOException when an input cannot be read
     */
    public CommissioningModel.Loaded load(List<Path> inputs) throws IOException {
        return CommissioningModel.load(generator, inputs);
    }

    /**
     * Reads a Modbus address as a .twin mapping would spell it: {@code holding 40023}, {@code 4x0003},
     * {@code 400023}, {@code input 30013}, {@code holding-register:23}, {@code holding 23}.
     *
     * @param text the address
     * @param model the model, for the connection's addressing (one- or zero-based plain numbers)
     * @param connection the connection
     * @return the normalised address
     * @throws IllegalArgumentException saying what is wrong with it
     */
    public RegisterAddress address(String text, CommissioningModel model, String connection) {
        TwinGrammarAccess grammar = injector.getInstance(TwinGrammarAccess.class);
        IParseResult parsed = injector.getInstance(IParser.class).parse(grammar.getModbusAddressRule(),
                new StringReader(text.strip()));
        if (parsed.hasSyntaxErrors() || !(parsed.getRootASTElement() instanceof ModbusAddress address)) {
            throw new IllegalArgumentException("'" + text + "' is not a Modbus address; write it as in a .twin"
                    + " mapping, e.g. holding 40023, 4x0003, input 30013 or coil 1");
        }
        ModbusAddresses.Result result = ModbusAddresses.normalise(address, model.addressing(connection));
        if (!result.isValid()) {
            throw new IllegalArgumentException("'" + text + "': " + result.problem());
        }
        if (result.address().offset() > RegisterAddress.MAX_OFFSET) {
            throw new IllegalArgumentException("'" + text + "' lies beyond the last Modbus address (65536)");
        }
        return result.address();
    }
}
