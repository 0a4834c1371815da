/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fieldbridge.core.endpoint.HostPort;
import org.fieldbridge.core.endpoint.OpcUaUrl;
import org.fieldbridge.core.secrets.SecretConsumer;
import org.fieldbridge.core.secrets.SecretReference;

/**
 * Connection overrides from a runtime's configuration file ({@code fieldbridge-runtime.properties}, docs/runtime-app.md),
 * so that one file serves the runtime on the edge box and its commissioning: {@code connection.NAME.host},
 * {@code .port} (Modbus), {@code .endpoint}, {@code .user}, {@code .password} (a secret reference),
 * {@code .trustedCertificates} (OPC UA; relative paths start at the file's folder). The runtime's other keys
 * ({@code server.*}, {@code users}, {@code user.*}, {@code reconnect.*}) are the runtime's business and skipped; a
 * key nobody reads is refused, as the runtime refuses it, with its line.
 */
public final class ConnectionSettingsFile {

    private static final List<String> MODBUS_KEYS = List.of("host", "port");
    private static final List<String> OPCUA_KEYS = List.of("endpoint", "user", "password", "trustedCertificates");
    private static final Pattern RUNTIME_KEY = Pattern.compile("(server\\.|user\\.|reconnect\\.).+|users");
    private static final Pattern CONNECTION_KEY = Pattern.compile("connection\\.(.+)\\.([A-Za-z]+)");

    private final Map<String, Map<String, String>> byConnection;
    private final Map<String, Path> trustedFolders;

    private ConnectionSettingsFile(Map<String, Map<String, String>> byConnection, Map<String, Path> trustedFolders) {
        this.byConnection = byConnection;
        this.trustedFolders = trustedFolders;
    }

    /**
     * Reads and checks the file against the model's connections.
     *
     * @param file the configuration file
     * @param model the connections the keys must name
     * @return the overrides
     * @throws IOException when the file cannot be read
     * @throws IllegalArgumentException for a wrong key or value: {@code FILE:LINE: KEY: problem} (a password is never
     *         repeated)
     */
    public static ConnectionSettingsFile read(Path file, CommissioningModel model) throws IOException {
        return read(file, model, SecretConsumer.GENERATED_RUNTIME);
    }

    /**
     * Reads and checks the file; password references must be readable by {@code consumer} (the workbench also
     * reads {@code secure-storage:}).
     *
     * @param file the configuration file
     * @param model the connections the keys must name
     * @param consumer who will read the password references
     * @return the overrides
     * @throws IOException when the file cannot be read
     * @throws IllegalArgumentException for a wrong key or value, with its line
     */
    public static ConnectionSettingsFile read(Path file, CommissioningModel model, SecretConsumer consumer)
            throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Properties properties = new Properties();
        properties.load(new StringReader(text));
        Path base = file.toAbsolutePath().getParent();
        Map<String, Map<String, String>> byConnection = new LinkedHashMap<>();
        Map<String, Path> trusted = new LinkedHashMap<>();
        for (String key : properties.stringPropertyNames().stream().sorted().toList()) {
            String value = properties.getProperty(key).strip();
            if (RUNTIME_KEY.matcher(key).matches()) {
                continue;
            }
            Matcher m = CONNECTION_KEY.matcher(key);
            if (!m.matches()) {
                throw problem(file, text, key, "unknown key (the keys of a connection are connection.NAME.host, "
                        + "port, endpoint, user, password, trustedCertificates)");
            }
            String name = m.group(1);
            String setting = m.group(2);
            Controller controller = model.controller(name).orElseThrow(() -> problem(file, text, key,
                    "unknown connection " + name + " (the files have " + String.join(", ",
                            model.controllers().stream().map(Controller::name).toList()) + ")"));
            List<String> keys = controller instanceof Controller.Modbus ? MODBUS_KEYS : OPCUA_KEYS;
            if (!keys.contains(setting)) {
                throw problem(file, text, key, name + " is " + (controller instanceof Controller.Modbus
                        ? "a Modbus" : "an OPC UA") + " connection; its keys are " + String.join(", ", keys));
            }
            try {
                check(setting, value, consumer);
            } catch (IllegalArgumentException e) {
                throw problem(file, text, key, e.getMessage());
            }
            if (setting.equals("trustedCertificates")) {
                trusted.put(name, base.resolve(value));
            } else {
                byConnection.computeIfAbsent(name, n -> new LinkedHashMap<>()).put(setting, value);
            }
        }
        return new ConnectionSettingsFile(byConnection, trusted);
    }

    private static void check(String setting, String value, SecretConsumer consumer) {
        switch (setting) {
            case "host" -> {
                if (!HostPort.isHost(value)) {
                    throw new IllegalArgumentException("'" + value + "' is no host name, IPv4 or IPv6 address");
                }
            }
            case "port" -> {
                int port;
                try {
                    port = Integer.parseInt(value);
                } catch (NumberFormatException e) {
                    port = 0;
                }
                if (port < 1 || port > 65535) {
                    throw new IllegalArgumentException("'" + value + "' is not a TCP port (1..65535)");
                }
            }
            case "endpoint" -> {
                if (!value.toLowerCase(java.util.Locale.ROOT).startsWith("opc.tcp://")) {
                    throw new IllegalArgumentException("an OPC UA endpoint URL starts with opc.tcp://");
                }
                OpcUaUrl.parse(value);
            }
            case "password" -> SecretReference.parseFor(value, consumer);
            default -> {
                if (value.isEmpty()) {
                    throw new IllegalArgumentException("is empty");
                }
            }
        }
    }

    /** The key's line, found by its spelling at the start of a line (the file was already read by Properties). */
    private static IllegalArgumentException problem(Path file, String text, String key, String problem) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        Pattern start = Pattern.compile("\\s*" + Pattern.quote(key) + "\\s*[=:\\s].*|\\s*" + Pattern.quote(key) + "\\s*");
        int line = 0;
        for (int i = 0; i < lines.length && line == 0; i++) {
            if (start.matcher(lines[i]).matches()) {
                line = i + 1;
            }
        }
        return new IllegalArgumentException(file + (line > 0 ? ":" + line : "") + ": " + key + ": " + problem);
    }

    /**
     * @param controller a controller of the model
     * @return it with this file's settings
     */
    public Controller apply(Controller controller) {
        Map<String, String> settings = byConnection.getOrDefault(controller.name(), Map.of());
        if (settings.isEmpty()) {
            return controller;
        }
        if (controller instanceof Controller.Modbus modbus) {
            return modbus.at(settings.getOrDefault("host", modbus.host()),
                    settings.containsKey("port") ? Integer.parseInt(settings.get("port")) : modbus.port());
        }
        Controller.OpcUa opcua = (Controller.OpcUa) controller;
        return new Controller.OpcUa(opcua.name(), settings.getOrDefault("endpoint", opcua.endpoint()), opcua.policy(),
                opcua.mode(), settings.getOrDefault("user", opcua.user()),
                settings.getOrDefault("password", opcua.passwordRef()));
    }

    /** @return per OPC UA connection the folder of trusted server certificates the file names */
    public Map<String, Path> trustedFolders() {
        return Map.copyOf(trustedFolders);
    }
}
