/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.app;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A command-line option that is a TCP port, 1..65535 ({@code --plc4-port 5020}). */
public class TcpPort implements ITypeConverter<Integer> {

    private final int lowest;

    /** A port 1..65535. */
    public TcpPort() {
        this(1);
    }

    private TcpPort(int lowest) {
        this.lowest = lowest;
    }

    /** A port 1..65535 or 0, which the option's description explains (no server, or any free port). */
    public static final class OrZero extends TcpPort {

        /** A port 0..65535. */
        public OrZero() {
            super(0);
        }
    }

    @Override
    public Integer convert(String text) {
        int port;
        try {
            port = Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new TypeConversionException("must be a port number, was '" + text + "'");
        }
        if (port < lowest || port > 65535) {
            throw new TypeConversionException("must be " + lowest + "..65535, was " + port);
        }
        return port;
    }
}
