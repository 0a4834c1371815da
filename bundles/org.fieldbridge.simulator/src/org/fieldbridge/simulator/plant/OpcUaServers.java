/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.simulator.plant;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fieldbridge.codegen.model.MappedSignal;
import org.fieldbridge.codegen.model.ValueType;
import org.fieldbridge.commissioning.Controller;
import org.fieldbridge.commissioning.MappedValue;
import org.fieldbridge.core.endpoint.OpcUaUrl;
import org.fieldbridge.core.secrets.SecretReader;
import org.fieldbridge.core.secrets.SecretReference;
import org.fieldbridge.runtime.server.AddressSpaceDescription;
import org.fieldbridge.runtime.server.PasswordHash;
import org.fieldbridge.runtime.server.PlantElement;
import org.fieldbridge.runtime.server.PlantLevel;
import org.fieldbridge.runtime.server.SecretResolver;
import org.fieldbridge.runtime.server.SignalDescription;
import org.fieldbridge.runtime.server.SignalType;
import org.fieldbridge.runtime.server.TwinServerConfig;
import org.fieldbridge.simulator.opcua.SimulatedOpcUaController;
import org.fieldbridge.simulator.opcua.SimulatedOpcUaController.NodeBinding;

/**
 * One simulated OPC UA server per OPC UA connection, on the runtime's own server (as Oven2): at the
 * connection's port and path of 127.0.0.1, its user with the password its reference names, every mapped
 * string NodeId of the server's namespace ({@code ns=2;s=Zone1.Temp}: the dots make the folders) and every
 * string NodeId written with its namespace URI ({@code nsu=http://www.siemens.com/simatic-s7-opcua;s="Temp"}: that
 * namespace is added to the server's NamespaceArray, the identifier served as it is), with the signal's data type.
 * What the server cannot offer is said in a note, never silently changed.
 */
final class OpcUaServers {

    private static final Pattern STRING_NODE = Pattern.compile("ns=2;s=([A-Za-z][A-Za-z0-9_-]{0,63}(\\.[A-Za-z][A-Za-z0-9_-]{0,63})+)");

    private OpcUaServers() {
    }

    /**
     * @param controller the connection, with any override
     * @param mappings   the model's mappings and the generator's signals, in the same order
     * @param env        where {@code env:} password references are read
     * @param notes      collects what is not simulated, in plant words
     * @return the simulated server, or null when it cannot be simulated (the note says why)
     */
    static SimulatedOpcUaController of(Controller.OpcUa controller, List<MappedValue> mappings,
            List<MappedSignal> signals, Map<String, String> env, List<String> notes) throws Exception {
        OpcUaUrl url = OpcUaUrl.parse(controller.endpoint());
        boolean none = "None".equalsIgnoreCase(controller.policy());
        if (!none && !("SIGN_AND_ENCRYPT".equalsIgnoreCase(controller.mode())
                || "SignAndEncrypt".equalsIgnoreCase(controller.mode()))) {
            notes.add(controller.name() + ": the simulated server offers SignAndEncrypt (Basic256Sha256, "
                    + "Aes256_Sha256_RsaPss), not " + controller.policy() + " " + controller.mode());
        }
        char[] keyStore = HexFormat.of().formatHex(new SecureRandom().generateSeed(16)).toCharArray();
        SecretResolver secrets;
        if (controller.user() != null && controller.passwordRef() != null) {
            char[] password;
            try {
                password = new SecretReader(env, Path.of("")).read(SecretReference.parse(controller.passwordRef()));
            } catch (IllegalArgumentException e) {
                notes.add(controller.name() + " (OPC UA) not started: " + e.getMessage() + " (the password of user "
                        + controller.user() + ", " + controller.passwordRef() + ")");
                return null;
            }
            secrets = SecretResolver.singleUser(controller.user(), PasswordHash.of(password), keyStore);
            java.util.Arrays.fill(password, '\0');
        } else {
            secrets = SecretResolver.singleUser("fieldbridge-sim", PasswordHash.of(keyStore), keyStore);
        }
        Path pki = Files.createTempDirectory("fieldbridge-sim-pki");
        TwinServerConfig config = TwinServerConfig.builder(controller.name().toLowerCase(java.util.Locale.ROOT) + "-sim",
                secrets).port(url.address().port()).path(url.path() == null || url.path().isEmpty() ? "/" : url.path())
                .pkiDirectory(pki).allowInsecure(none).build();
        Map<String, Object> tree = new LinkedHashMap<>();
        List<NodeBinding> bindings = new ArrayList<>();
        java.util.Set<String> controllerNodes = new java.util.HashSet<>();
        for (int i = 0; i < mappings.size(); i++) {
            MappedValue m = mappings.get(i);
            if (!controller.name().equals(m.connection())) {
                continue;
            }
            SignalType type = type(signals.get(i).node().type());
            String signal = ModelSignals.NAME + "." + m.signal();
            NamespacedNode named = NamespacedNode.parse(m.nodeId());
            if (named != null && !named.uri().equals(config.namespaceUri())) {
                String refused = named.refusal(config.applicationUri());
                if (refused != null) {
                    notes.add(controller.name() + ": " + m.nodeId() + " (" + m.origin() + ") is not served: " + refused);
                } else if (controllerNodes.add(named.uri() + "\n" + named.identifier())) {
                    bindings.add(new NodeBinding(signal, named.identifier(), type, m.conditioning().scale(),
                            m.conditioning().offset(), false, named.uri()));
                }
                continue;
            }
            Matcher node = STRING_NODE.matcher(named != null ? "ns=2;s=" + named.identifier() : m.nodeId());
            if (!node.matches()) {
                notes.add(controller.name() + ": " + m.nodeId() + " (" + m.origin() + ") is not served: the simulated "
                        + "server has string NodeIds of namespace 2 with dotted names, e.g. ns=2;s=Zone1.Temp, "
                        + "and string NodeIds of any other namespace by its URI, e.g. nsu=urn:example:plc;s=\"Temp\"");
                continue;
            }
            if (put(tree, node.group(1).split("\\."), type)) {
                bindings.add(new NodeBinding(signal, node.group(1), type,
                        m.conditioning().scale(), m.conditioning().offset()));
            }
        }
        return new SimulatedOpcUaController(config, AddressSpaceDescription.of(elements(tree).toArray(PlantElement[]::new)),
                bindings);
    }

    @SuppressWarnings("unchecked")
    private static boolean put(Map<String, Object> tree, String[] path, SignalType type) {
        Map<String, Object> level = tree;
        for (int i = 0; i < path.length - 1; i++) {
            Object next = level.computeIfAbsent(path[i], k -> new LinkedHashMap<String, Object>());
            if (!(next instanceof Map)) {
                return false;
            }
            level = (Map<String, Object>) next;
        }
        return level.putIfAbsent(path[path.length - 1], type) == null;
    }

    @SuppressWarnings("unchecked")
    private static List<PlantElement> elements(Map<String, Object> tree) {
        List<PlantElement> elements = new ArrayList<>();
        tree.forEach((name, content) -> {
            if (content instanceof Map<?, ?> children) {
                PlantElement.Builder b = PlantElement.builder(PlantLevel.EQUIPMENT, name);
                ((Map<String, Object>) children).forEach((child, value) -> {
                    if (value instanceof SignalType t) {
                        b.signal(new SignalDescription(child, child, "", t, null, null));
                    }
                });
                elements(((Map<String, Object>) children).entrySet().stream()
                        .filter(e -> e.getValue() instanceof Map).collect(LinkedHashMap::new,
                                (m, e) -> m.put(e.getKey(), e.getValue()), Map::putAll)).forEach(b::child);
                elements.add(b.build());
            }
        });
        return elements;
    }

    private static SignalType type(ValueType type) {
        return SignalType.valueOf(type.name());
    }
}
