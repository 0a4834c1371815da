/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.app;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fieldbridge.runtime.audit.AuditCategory;
import org.fieldbridge.runtime.audit.AuditRecord;
import org.fieldbridge.runtime.audit.AuditTrail;

/**
 * Records the configuration a runtime starts with: file, SHA-256 of its text, the twin and model version, and what
 * changed since the last start, key by key. The text of the last start is kept as {@code configuration.last} in
 * the audit folder to compare with; it holds secret references ({@code env:NAME}), never a secret, as the
 * configuration file itself. Values of keys that name a secret reference are not shown, only that they changed.
 */
final class ConfigurationAudit {

    static final String LAST = "configuration.last";

    private ConfigurationAudit() {
    }

    /** @throws IOException when the previous configuration cannot be read or the new one not kept */
    static AuditRecord record(AuditTrail trail, RuntimeConfiguration configuration, TwinAssembly twin)
            throws IOException {
        String text = configuration.text();
        Path last = trail.folder().resolve(LAST);
        String changes;
        try {
            changes = changes(Files.readString(last, StandardCharsets.UTF_8), text, configuration.fileName());
        } catch (NoSuchFileException e) {
            changes = "first start with this audit folder";
        }
        AuditRecord written = trail.record(AuditRecord.success(host(), System.getProperty("user.name", ""),
                AuditCategory.CONFIGURATION, "loaded")
                .with("file", configuration.baseDirectory().resolve(Path.of(configuration.fileName()).getFileName())
                        .toString())
                .with("sha256", sha256(text))
                .with("twin", twin.name() + " (" + twin.modelVersion() + ")")
                .with("changes", changes));
        Path temporary = trail.folder().resolve(LAST + ".tmp");
        Files.writeString(temporary, text, StandardCharsets.UTF_8);
        Files.move(temporary, last, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return written;
    }

    /** @return e.g. {@code server.port: 4840 -> 4841; added user.paul.roles=operator; removed reconnect.maxDelay} */
    static String changes(String before, String after, String fileName) {
        Map<String, String> old = values(before, fileName);
        Map<String, String> now = values(after, fileName);
        List<String> changes = new ArrayList<>();
        now.forEach((key, value) -> {
            if (!old.containsKey(key)) {
                changes.add("added " + key + shown(key, "=" + value));
            } else if (!old.get(key).equals(value)) {
                changes.add(key + shown(key, ": " + old.get(key) + " -> " + value) + (isReference(key) ? " changed" : ""));
            }
        });
        old.keySet().stream().filter(key -> !now.containsKey(key)).forEach(key -> changes.add("removed " + key));
        return changes.isEmpty() ? "none" : String.join("; ", changes);
    }

    private static Map<String, String> values(String text, String fileName) {
        Map<String, String> values = new LinkedHashMap<>();
        try {
            for (PropertiesFile.Entry entry : PropertiesFile.parse(fileName, text).entries()) {
                values.put(entry.key(), entry.value());
            }
        } catch (ConfigurationException e) {
            values.put("(unreadable previous configuration)", e.getMessage());
        }
        return values;
    }

    private static String shown(String key, String text) {
        return isReference(key) ? "" : text;
    }

    /** Keys whose values are secret references: harmless, but an auditor needs only to know they changed. */
    private static boolean isReference(String key) {
        return key.endsWith("password") || key.endsWith("Password");
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
