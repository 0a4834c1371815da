/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.core.endpoint;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A TCP address as written in plants, {@code .twin} connections and the runtime's configuration:
 * {@code host}, {@code host:port}, {@code [IPv6]} or {@code [IPv6]:port}. The one parser every layer uses, so
 * that two spellings of one address compare equal. Host names are compared without regard to case.
 *
 * @param host a DNS name or IPv4 address, or an IPv6 address without brackets
 * @param port 1..65535
 */
public record HostPort(String host, int port) {

    /** The highest TCP port. */
    public static final int MAX_PORT = 65535;

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");
    private static final Pattern FORM = Pattern.compile("(?:\\[([^\\]]*)\\]|([^:\\[\\]]*))(?::(\\d{1,6}))?");

    /**
     * @param host the host, not blank
     * @param port 1..65535
     */
    public HostPort {
        if (host == null || !isHost(host)) {
            throw new IllegalArgumentException("'" + host + "' is no host name, IPv4 or IPv6 address");
        }
        if (!isPort(port)) {
            throw new IllegalArgumentException("port " + port + " is outside 1.." + MAX_PORT);
        }
        host = host.toLowerCase(Locale.ROOT);
    }

    /**
     * Parses an address.
     *
     * @param text        e.g. {@code 127.0.0.1:5020}, {@code plc4.riverside.example}, {@code [fd00::7]:502}
     * @param defaultPort the port when the text names none (Modbus: 502)
     * @return the address
     * @throws IllegalArgumentException saying what is wrong, in words for plant engineers
     */
    public static HostPort parse(String text, int defaultPort) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new IllegalArgumentException("is empty; write host:port, e.g. 127.0.0.1:502");
        }
        Matcher m = FORM.matcher(t);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + t + "' is not host:port; write an IPv6 address in brackets,"
                    + " e.g. [fd00::7]:502");
        }
        String host = m.group(1) != null ? m.group(1) : m.group(2);
        boolean bracketed = m.group(1) != null;
        if (bracketed ? !IPV6.matcher(host).matches() : !NAME.matcher(host).matches()) {
            throw new IllegalArgumentException("'" + host + "' is no host name, IPv4 or " + (bracketed ? "" : "bracketed ")
                    + "IPv6 address");
        }
        int port = defaultPort;
        if (m.group(3) != null) {
            port = Integer.parseInt(m.group(3));
            if (!isPort(port)) {
                throw new IllegalArgumentException("port " + port + " is outside 1.." + MAX_PORT);
            }
        }
        return new HostPort(host, port);
    }

    /**
     * @param port a port as written
     * @return whether it is a TCP port a client can connect to (1..65535)
     */
    public static boolean isPort(long port) {
        return port >= 1 && port <= MAX_PORT;
    }

    /**
     * @param host a host as written, without brackets
     * @return whether it is a DNS name, an IPv4 address or an IPv6 address
     */
    public static boolean isHost(String host) {
        return host != null && (NAME.matcher(host).matches() || IPV6.matcher(host).matches());
    }

    /** @return {@code host:port}, IPv6 addresses in brackets */
    @Override
    public String toString() {
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
    }
}
