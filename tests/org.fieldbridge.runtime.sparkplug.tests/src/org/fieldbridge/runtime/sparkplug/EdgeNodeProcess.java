/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.sparkplug;

import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.tahu.message.model.SparkplugBPayload;
import org.fieldbridge.runtime.Sample;
import org.slf4j.LoggerFactory;

/**
 * An edge node in a JVM of its own, as a runtime runs it, so that a test can SIGKILL it: publishes a counter
 * from {@code first} every 10 ms and prints {@code queued N} after each {@code publish} returned (the sample is
 * then in the queue's file). Arguments: broker URL, queue folder, first value.
 */
public final class EdgeNodeProcess {

    private EdgeNodeProcess() {
    }

    public static void main(String[] args) throws Exception {
        SparkplugEdgeNode node = SparkplugEdgeNode.start(
                new SparkplugConfig(args[0], "fieldbridge-line1", null, null, Duration.ofSeconds(2)),
                StoreAndForwardTest.MODEL, new ForwardingConfig(Path.of(args[1]), 1_000_000, null));
        for (long value = Long.parseLong(args[2]);; value++) {
            node.publish(StoreAndForwardTest.COUNT, Sample.good(value, java.time.Instant.now()));
            System.out.println("queued " + value);
            System.out.flush();
            Thread.sleep(10);
        }
    }

    /** Starts it with the class path of the bundles it needs (from where the test's OSGi framework has them). */
    static Process start(String url, Path queue, long first, Path output) throws Exception {
        Set<String> classPath = new LinkedHashSet<>();
        for (Class<?> type : List.of(EdgeNodeProcess.class, SparkplugEdgeNode.class, Sample.class, MqttClient.class,
                SparkplugBPayload.class, com.google.protobuf.Message.class, LoggerFactory.class)) {
            classPath.add(location(type).toString());
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", String.join(File.pathSeparator, classPath), EdgeNodeProcess.class.getName(), url,
                queue.toString(), Long.toString(first)));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
    }

    private static Path location(Class<?> type) throws URISyntaxException {
        URL url = type.getProtectionDomain().getCodeSource().getLocation();
        Path path = Path.of(url.toURI());
        String classFile = type.getName().replace('.', '/') + ".class";
        if (Files.isDirectory(path)) {
            for (String candidate : List.of("", "target/classes", "target/test-classes", "bin")) {
                Path folder = candidate.isEmpty() ? path : path.resolve(candidate);
                if (Files.isRegularFile(folder.resolve(classFile))) {
                    return folder;
                }
            }
            throw new IllegalStateException(type.getName() + " is not below " + path);
        }
        return path;
    }
}
