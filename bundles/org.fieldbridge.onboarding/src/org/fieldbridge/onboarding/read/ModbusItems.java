/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.onboarding.read;

import java.io.StringReader;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.parser.IParser;
import org.fieldbridge.dsl.modbus.ModbusAddresses;
import org.fieldbridge.dsl.modbus.RegisterAddress;
import org.fieldbridge.dsl.services.TwinGrammarAccess;
import org.fieldbridge.dsl.twin.AddressBase;
import org.fieldbridge.dsl.twin.ModbusAddress;

import com.google.inject.Injector;

/**
 * Reads Modbus addresses with the .twin language's own parser and rules ({@link ModbusAddresses}), so an
 * address the importer accepts is one the checker accepts: {@code 40007}, {@code 400007}, {@code 4x0007},
 * {@code holding 7}, {@code holding-register:7}, {@code coil 17}, {@code %MW7} is not one.
 */
public final class ModbusItems {

    private final IParser parser;
    private final TwinGrammarAccess grammar;

    /** @param injector the language's injector */
    public ModbusItems(Injector injector) {
        this.parser = injector.getInstance(IParser.class);
        this.grammar = injector.getInstance(TwinGrammarAccess.class);
    }

    /**
     * @param text an address as an export writes it; plain numbers count from 1
     * @return the address, empty when the text is none the language accepts
     */
    public Optional<RegisterAddress> read(String text) {
        String address = text.strip();
        if (address.isEmpty()) {
            return Optional.empty();
        }
        // Lists write tables in capitals and with a space or a colon: "HOLDING 7", "Holding:7"
        String lower = address.toLowerCase(Locale.ROOT);
        if (lower.matches("(coil|discrete|input|holding)\\s*:\\s*\\d+")) {
            lower = lower.replaceFirst("\\s*:\\s*", " ");
        }
        IParseResult parsed = parser.parse(grammar.getModbusAddressRule(), new StringReader(lower));
        if (parsed.hasSyntaxErrors() || !(parsed.getRootASTElement() instanceof ModbusAddress modbus)) {
            return Optional.empty();
        }
        ModbusAddresses.Result result = ModbusAddresses.normalise(modbus, AddressBase.ONE_BASED);
        if (!result.isValid() || result.address().offset() > RegisterAddress.MAX_OFFSET) {
            return Optional.empty();
        }
        return Optional.of(result.address());
    }
}
