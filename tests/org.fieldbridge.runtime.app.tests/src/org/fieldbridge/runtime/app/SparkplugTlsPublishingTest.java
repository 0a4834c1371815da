/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.app;

import static org.fieldbridge.tests.support.Waiting.waitingFor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.fieldbridge.tests.support.TestPki;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runtime configured as an administrator would: {@code ssl://} broker URL, the plant CA in
 * {@code <pki>/broker}, a client certificate in {@code sparkplug.keyStore} with its password as a secret
 * reference; Mosquitto demands client certificates; certificates made by openssl in the test.
 */
@Timeout(120)
class SparkplugTlsPublishingTest {

    @TempDir
    Path dir;
    @RegisterExtension
    final SparkplugRig rig = new SparkplugRig();

    @Test
    void theRuntimeReachesAnSslBrokerTrustedThroughItsPkiFolderWithItsClientCertificate() throws Exception {
        RuntimeFixture fixture = RuntimeFixture.withoutControllers(dir);
        TestPki plantCa = TestPki.ca(dir.resolve("plant-ca"), "Riverside plant");
        rig.startTlsBroker(dir, plantCa);
        Files.copy(plantCa.caCertificate(), Files.createDirectories(dir.resolve("pki/broker")).resolve("plant-ca.pem"));
        // the key store's password is a secret reference like every other (any variable of the fixture will do)
        char[] storePassword = fixture.oven2Password.toCharArray();
        Path store = plantCa.clientKeyStoreFile("riverside-edge", storePassword);
        rig.start(fixture, "sparkplug.keyStore=" + store + "\nsparkplug.keyStorePassword=env:FB_OVEN2_PASSWORD\n");

        waitingFor("the runtime's NBIRTH over TLS").atMost(Duration.ofSeconds(40))
                .until(() -> rig.arrived("spBv1.0/Acme.Riverside/NBIRTH/" + RiversideSlice.NAME));
        waitingFor("Tank3's DBIRTH over TLS").atMost(Duration.ofSeconds(10)).until(() -> rig
                .arrived("spBv1.0/Acme.Riverside/DBIRTH/" + RiversideSlice.NAME + "/Finishing.AnodizingLine.Tank3"));
    }
}
