/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.app;

import java.io.File;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.fieldbridge.runtime.opcua.OpcUaEndpointSettings;
import org.fieldbridge.runtime.server.CertificateRoleSource;
import org.fieldbridge.runtime.server.UserCertificateTrust;

/** What a runtime prints when it has started: what runs, where to connect and how. */
final class StartBanner {

    private StartBanner() {
    }

    static void print(TwinRuntime runtime, PrintStream out, Duration duration) {
        TwinAssembly twin = runtime.twin();
        RuntimeConfiguration config = runtime.configuration();
        RuntimeConfiguration.Server server = config.server();
        List<String> lines = new ArrayList<>();
        lines.add("Fieldbridge twin runtime " + twin.name() + " (model " + twin.modelVersion() + ")");
        lines.add("  configuration:      " + config.fileName());
        for (String url : runtime.endpointUrls()) {
            lines.add("  OPC UA endpoint:    " + url);
        }
        lines.add("  security:           Basic256Sha256 or Aes256_Sha256_RsaPss, mode SignAndEncrypt, user name + password");
        if (server.allowInsecure()) {
            lines.add("                      and SecurityPolicy None with anonymous access (server.allowInsecure=true: "
                    + "demo only, anyone who reaches the port reads the plant)");
        }
        config.userCertificates().ifPresent(c -> lines.add("                      and X.509 user certificates trusted in "
                + shown(c.directory()) + " (plant roles from " + (c.roleSource() == CertificateRoleSource.EXTENSION
                        ? "their subjectAltName " + UserCertificateTrust.ROLE_URI_PREFIX + "... URIs"
                        : "the subject's " + c.roles().attribute()) + (c.requireCrl() ? "; CRLs required" : "") + ")"));
        config.issuedTokens().ifPresent(t -> lines.add("                      and JWTs of " + t.issuer()
                + " for " + t.audience() + " (plant roles from the claim " + t.roles().attribute() + ")"));
        List<String> users = config.users().stream().map(u -> u.roles().isEmpty() ? u.name()
                : u.name() + " (" + String.join(", ", u.roles()) + ")").toList();
        lines.add("  users:              " + (users.isEmpty() ? "none configured (add users= and user.NAME.password= "
                + "to " + config.fileName() + ")" : String.join(", ", users)));
        lines.add("  server certificate: " + shown(runtime.serverCertificateFile()) + "  (SHA-1 "
                + runtime.server().certificateThumbprint() + ")");
        Path pki = runtime.server().pkiDirectory();
        lines.add("  to connect:         trust that certificate in your client (e.g. UaExpert), connect once; the "
                + "runtime files your client's");
        lines.add("                      certificate under " + shown(pki.resolve("rejected"))
                + "; move it to " + shown(pki.resolve("trusted").resolve("certs")) + " and connect again");
        if (runtime.auditTrail() != null) {
            lines.add("  audit trail:        " + shown(runtime.auditTrail().file()) + "  (sessions, certificates, "
                    + "configuration, alarm actions; read it with: " + auditCommand(runtime.auditTrail().folder()) + ")");
        }
        for (TwinAssembly.ModbusDevice d : twin.modbusDevices()) {
            var c = config.modbus(d.name());
            String host = c.map(RuntimeConfiguration.ModbusOverride::host).orElse(null);
            Integer port = c.map(RuntimeConfiguration.ModbusOverride::port).orElse(null);
            lines.add(String.format(Locale.ROOT, "  controller %-8s Modbus TCP %s:%d, %d signals", d.name(),
                    host != null ? host : d.connection().host(), port != null ? port : d.connection().port(),
                    d.tags().size()));
        }
        for (TwinAssembly.OpcUaDevice d : twin.opcUaDevices()) {
            OpcUaConnection c = d.connection();
            String endpoint = config.opcua(c.name()).map(RuntimeConfiguration.OpcUaOverride::endpoint)
                    .orElse(c.endpointUrl());
            lines.add(String.format(Locale.ROOT, "  controller %-8s OPC UA %s (%s %s), %d signals", c.name(), endpoint,
                    c.policy(), c.mode(), d.signals().size()));
            if (c.policy() != OpcUaEndpointSettings.Policy.NONE) {
                lines.add("                      trusts the server certificates in "
                        + shown(config.trustedCertificates(c.name())));
            }
        }
        runtime.clientCertificateFile().ifPresent(f -> lines.add("  client certificate: " + shown(f)
                + "  (the runtime's, for the OPC UA controllers' trust lists)"));
        lines.add(duration == null ? "Running; Ctrl-C stops."
                : String.format(Locale.ROOT, "Running for %s s; Ctrl-C stops earlier.", seconds(duration)));
        synchronized (out) {
            lines.forEach(out::println);
            out.flush();
        }
    }

    /**
     * The command that prints the audit trail. The folder is written as a folder ({@code ./audit/}, not
     * {@code audit}): the default folder's name would otherwise read as the command word repeated
     * ({@code fieldbridge audit audit}).
     */
    static String auditCommand(Path folder) {
        String shown = shown(folder);
        String relative = Path.of(shown).isAbsolute() ? "" : "." + File.separator;
        return "fieldbridge audit " + relative + shown + File.separator;
    }

    private static String shown(Path p) {
        Path here = Path.of("").toAbsolutePath();
        Path absolute = p.toAbsolutePath().normalize();
        return absolute.startsWith(here) && !absolute.equals(here) ? here.relativize(absolute).toString()
                : absolute.toString();
    }

    private static String seconds(Duration d) {
        double s = d.toNanos() / 1e9;
        return s == Math.rint(s) ? String.valueOf((long) s) : String.valueOf(s);
    }
}
