/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.core.endpoint;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An OPC UA endpoint URL ({@code opc.tcp://host:port/path}, OPC 10000-6 §7.2; {@code opc.https://} for the
 * HTTPS mapping, §7.4): the one parser of the plant rules, the {@code .twin} checker, the generator and the
 * runtime. Two spellings of one endpoint (host case, an explicit default port) compare equal.
 *
 * @param scheme  {@code opc.tcp} or {@code opc.https}
 * @param address host and port (4840 when the URL names none)
 * @param path    the path after the port, empty or starting with {@code /}
 */
public record OpcUaUrl(String scheme, HostPort address, String path) {

    /** The registered OPC UA TCP port (IANA "opcua-tcp"). */
    public static final int DEFAULT_PORT = 4840;
    /** The binary TCP mapping every OPC UA server and the generated runtime speak. */
    public static final String OPC_TCP = "opc.tcp";

    private static final Pattern FORM = Pattern.compile("(?i)(opc\\.tcp|opc\\.https)://(\\[[^\\]]*\\](?::\\d+)?|[^/\\s]*)(/\\S*)?");

    /**
     * Parses a URL.
     *
     * @param text e.g. {@code opc.tcp://127.0.0.1:4841/fieldbridge-sim}
     * @return the URL
     * @throws IllegalArgumentException saying what is wrong, in words for plant engineers
     */
    public static OpcUaUrl parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new IllegalArgumentException("is empty; write opc.tcp://host:port/path, e.g."
                    + " opc.tcp://127.0.0.1:4840/server");
        }
        Matcher m = FORM.matcher(t);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + t + "' is not an OPC UA URL; write opc.tcp://host:port/path,"
                    + " e.g. opc.tcp://127.0.0.1:4840/server");
        }
        if (m.group(2).isEmpty()) {
            throw new IllegalArgumentException("'" + t + "' names no host");
        }
        HostPort address = HostPort.parse(m.group(2), DEFAULT_PORT);
        return new OpcUaUrl(m.group(1).toLowerCase(Locale.ROOT), address, m.group(3) == null ? "" : m.group(3));
    }

    /** @return whether the URL uses the binary TCP mapping (what the generated runtime connects with) */
    public boolean isOpcTcp() {
        return OPC_TCP.equals(scheme);
    }

    /** @return the URL written in one form: lower-case scheme and host, the port always given */
    @Override
    public String toString() {
        return scheme + "://" + address + path;
    }
}
