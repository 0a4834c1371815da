/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.app;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;

import org.eclipse.milo.opcua.sdk.client.identity.X509IdentityProvider;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.util.SelfSignedCertificateBuilder;
import org.eclipse.milo.opcua.stack.core.util.SelfSignedCertificateGenerator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code identity.certificates.*} keys end to end: a twin started from fieldbridge-runtime.properties accepts a
 * user certificate trusted in the configured user PKI folder (relative to the file) and refuses another.
 */
@Timeout(120)
class IdentityRuntimeTest {

    private static final String BATH_TEMP = "Acme.Riverside.Finishing.AnodizingLine.Tank3.BathTemp";

    @TempDir
    Path dir;

    private RuntimeFixture fixture;
    private TwinRuntime runtime;

    @AfterEach
    void stop() {
        if (runtime != null) {
            runtime.close();
        }
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    @DisplayName("a user certificate in identity.certificates.pki/trusted/certs opens a session on the twin; an unknown one gets Bad_IdentityTokenRejected")
    void aTrustedUserCertificateOpensASession() throws Exception {
        fixture = RuntimeFixture.withoutControllers(dir);
        KeyPair annaKeys = SelfSignedCertificateGenerator.generateRsaKeyPair(2048);
        X509Certificate anna = userCertificate(annaKeys, "anna.k");
        Path trusted = Files.createDirectories(dir.resolve("user-pki/trusted/certs"));
        Files.write(trusted.resolve("anna.der"), anna.getEncoded());
        fixture.writeConfiguration("""
                identity.certificates.pki=user-pki
                identity.certificates.role.operator=AnodizingOperators
                """);
        runtime = fixture.start(fixture.twin(LocalDate.now().plusYears(1), Duration.ofSeconds(5)));
        try (TwinClient client = TwinClient.connect(runtime, dir.resolve("client"),
                new X509IdentityProvider(anna, annaKeys.getPrivate()))) {
            assertNotEquals(StatusCodes.Bad_UserAccessDenied, client.read(BATH_TEMP).getStatusCode().getValue());
        }
        KeyPair strangerKeys = SelfSignedCertificateGenerator.generateRsaKeyPair(2048);
        X509Certificate stranger = userCertificate(strangerKeys, "mallory");
        ExecutionException refused = assertThrows(ExecutionException.class, () -> TwinClient.connect(runtime,
                dir.resolve("client"), new X509IdentityProvider(stranger, strangerKeys.getPrivate())).close());
        List<Long> codes = new ArrayList<>();
        for (Throwable t = refused; t != null; t = t.getCause()) {
            if (t instanceof UaException ua) {
                codes.add(ua.getStatusCode().getValue());
            }
        }
        assertTrue(codes.contains(StatusCodes.Bad_IdentityTokenRejected), codes.toString());
    }

    private static X509Certificate userCertificate(KeyPair keys, String name) throws Exception {
        return new SelfSignedCertificateBuilder(keys).setCommonName(name).setOrganizationalUnit("AnodizingOperators")
                .setOrganization("Acme").setApplicationUri("urn:fieldbridge:tests:user:" + name).build();
    }
}
