/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.releng.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.fieldbridge.tests.support.RepositoryRoot;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Fails the build when a bundle breaks the layering rules of docs/architecture.md. */
class LayeringTest {

    static Stream<Path> manifests() throws IOException {
        Path root = RepositoryRoot.find();
        try (Stream<Path> bundles = Files.list(root.resolve("bundles"));
                Stream<Path> tests = Files.list(root.resolve("tests"))) {
            return Stream.concat(bundles, tests)
                    .map(dir -> dir.resolve("META-INF/MANIFEST.MF"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    private static Set<String> projectUiBundles() throws IOException {
        try (Stream<Path> all = manifests()) {
            return all.map(LayeringTest::read)
                    .filter(BundleManifest::isUiBundle)
                    .map(BundleManifest::symbolicName)
                    .collect(Collectors.toSet());
        }
    }

    private static BundleManifest read(Path manifest) {
        try {
            return BundleManifest.read(manifest);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + manifest, e);
        }
    }

    @ParameterizedTest(name = "{0} obeys the layering rules")
    @MethodSource("manifests")
    void everyBundleObeysTheLayeringRules(Path manifest) throws IOException {
        List<String> problems = LayeringRules.violations(read(manifest), projectUiBundles());
        assertEquals(List.of(), problems, () -> "layering broken in " + manifest);
    }

    @Test
    @DisplayName("the repository has bundles to check")
    void theRepositoryHasBundlesToCheck() throws IOException {
        try (Stream<Path> all = manifests()) {
            assertTrue(all.count() >= 2, "expected the bundles/ and tests/ folders to hold bundles");
        }
    }

    @Test
    @DisplayName("a runtime bundle that requires SWT is reported")
    void aRuntimeBundleThatRequiresSwtIsReported() throws IOException {
        BundleManifest bad = manifest("""
                Bundle-SymbolicName: org.fieldbridge.runtime;singleton:=true
                Require-Bundle: org.eclipse.core.runtime,
                 org.eclipse.swt;bundle-version="3.130.0"
                Import-Package: org.eclipse.jface.viewers,org.slf4j;version="[2,3)"
                """);
        List<String> problems = LayeringRules.violations(bad, Set.of());
        assertEquals(2, problems.size(), problems::toString);
        assertTrue(problems.get(0).contains("requires bundle org.eclipse.swt"));
        assertTrue(problems.get(1).contains("imports package org.eclipse.jface.viewers"));
    }

    @Test
    @DisplayName("a model bundle that requires a project UI bundle is reported")
    void aModelBundleThatRequiresAProjectUiBundleIsReported() throws IOException {
        BundleManifest bad = manifest("""
                Bundle-SymbolicName: org.fieldbridge.model.edit
                Require-Bundle: org.fieldbridge.model.ui
                """);
        assertFalse(LayeringRules.violations(bad, Set.of("org.fieldbridge.model.ui")).isEmpty());
    }

    @Test
    @DisplayName("a UI bundle may require the workbench")
    void aUiBundleMayRequireTheWorkbench() throws IOException {
        BundleManifest ui = manifest("""
                Bundle-SymbolicName: org.fieldbridge.model.ui;singleton:=true
                Require-Bundle: org.eclipse.ui,org.eclipse.jface,org.fieldbridge.model.edit
                """);
        assertEquals(List.of(), LayeringRules.violations(ui, Set.of("org.fieldbridge.model.ui")));
    }

    @Test
    @DisplayName("the shared test support bundle without .ui in its name may not use SWT")
    void testSupportWithoutUiThatRequiresSwtIsReported() throws IOException {
        BundleManifest bad = manifest("""
                Bundle-SymbolicName: org.fieldbridge.tests.support
                Require-Bundle: org.eclipse.swt
                """);
        assertEquals(1, LayeringRules.violations(bad, Set.of()).size());
        BundleManifest ui = manifest("""
                Bundle-SymbolicName: org.fieldbridge.tests.support.ui
                Require-Bundle: org.eclipse.swt
                """);
        assertEquals(List.of(), LayeringRules.violations(ui, Set.of()));
    }

    @Test
    @DisplayName("Milo outside its adapter bundles is reported")
    void miloOutsideItsAdapterBundlesIsReported() throws IOException {
        BundleManifest bad = manifest("""
                Bundle-SymbolicName: org.fieldbridge.dsl
                Import-Package: org.eclipse.milo.opcua.stack.core.types.builtin
                """);
        assertEquals(1, LayeringRules.violations(bad, Set.of()).size());
        BundleManifest adapter = manifest("""
                Bundle-SymbolicName: org.fieldbridge.runtime.opcua
                Import-Package: org.eclipse.milo.opcua.stack.core.types.builtin
                """);
        assertEquals(List.of(), LayeringRules.violations(adapter, Set.of()));
    }

    @Test
    @DisplayName("the MQTT client outside the Sparkplug publisher is reported")
    void mqttOutsideTheSparkplugPublisherIsReported() throws IOException {
        BundleManifest bad = manifest("""
                Bundle-SymbolicName: org.fieldbridge.runtime.server
                Import-Package: org.eclipse.paho.client.mqttv3,org.eclipse.tahu.message.model
                """);
        assertEquals(2, LayeringRules.violations(bad, Set.of()).size());
        BundleManifest publisher = manifest("""
                Bundle-SymbolicName: org.fieldbridge.runtime.sparkplug
                Import-Package: org.eclipse.paho.client.mqttv3,org.eclipse.tahu.message.model
                """);
        assertEquals(List.of(), LayeringRules.violations(publisher, Set.of()));
    }

    @Test
    @DisplayName("Nimbus JOSE+JWT outside the OPC UA server bundle is reported")
    void nimbusOutsideTheServerIsReported() throws IOException {
        BundleManifest bad = manifest("""
                Bundle-SymbolicName: org.fieldbridge.runtime.app
                Import-Package: com.nimbusds.jwt
                """);
        assertEquals(1, LayeringRules.violations(bad, Set.of()).size());
        BundleManifest server = manifest("""
                Bundle-SymbolicName: org.fieldbridge.runtime.server
                Import-Package: com.nimbusds.jwt
                """);
        assertEquals(List.of(), LayeringRules.violations(server, Set.of()));
    }

    private static BundleManifest manifest(String text) throws IOException {
        byte[] bytes = ("Manifest-Version: 1.0\n" + text).getBytes(StandardCharsets.UTF_8);
        return BundleManifest.of(new Manifest(new ByteArrayInputStream(bytes)));
    }
}
