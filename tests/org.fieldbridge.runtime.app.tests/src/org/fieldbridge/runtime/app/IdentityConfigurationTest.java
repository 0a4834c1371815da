/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fieldbridge.runtime.server.CertificateRoleSource;
import org.fieldbridge.runtime.server.IssuedTokenTrust;
import org.fieldbridge.runtime.server.TwinServerConfig;
import org.fieldbridge.runtime.server.UserCertificateTrust;
import org.fieldbridge.runtime.server.WellKnownRole;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The {@code identity.*} keys: X.509 user certificates and JWT issued tokens, off unless configured. */
class IdentityConfigurationTest {

    private static final String FILE = "fieldbridge-runtime.properties";
    private static final String BASE = "server.keyStorePassword=env:FB_RUNTIME_KEYSTORE_PASSWORD\n";
    private static final String JWT = """
            identity.jwt.issuer=https://login.acme.example/realms/plant
            identity.jwt.audience=urn:fieldbridge:runtime:riverside
            identity.jwt.jwks=idp-jwks.json
            """;

    @TempDir
    Path base;

    private final Map<String, String> env = Map.of("FB_RUNTIME_KEYSTORE_PASSWORD", RuntimeFixture.random(),
            "FB_OVEN2_PASSWORD", RuntimeFixture.random());
    private final TwinAssembly twin = RiversideSlice.assemble(5020, "opc.tcp://127.0.0.1:4841/fieldbridge-sim",
            LocalDate.now(), Duration.ofSeconds(5));

    private RuntimeConfiguration parse(String text) throws ConfigurationException {
        return RuntimeConfiguration.parse(FILE, text, base, twin, env, 1_000);
    }

    @Test
    @DisplayName("without identity keys the server accepts user name and password only")
    void identitiesBeyondPasswordsAreOffByDefault() throws Exception {
        TwinServerConfig server = parse(BASE).serverConfig("riverside");
        assertFalse(server.acceptsUserCertificates());
        assertTrue(server.issuedTokens().isEmpty());
        assertFalse(server.insecure(), "anonymous and SecurityPolicy None stay off too");
    }

    @Test
    @DisplayName("identity.certificates.*: the user PKI folder, the subject attribute and the values that grant each role")
    void userCertificatesAreConfigured() throws Exception {
        RuntimeConfiguration c = parse(BASE + """
                identity.certificates.pki=user-pki
                identity.certificates.role.operator=AnodizingOperators, Shift-A
                identity.certificates.role.quality=Quality
                """);
        UserCertificateTrust trust = c.userCertificates().orElseThrow();
        assertEquals(base.resolve("user-pki"), trust.directory());
        assertEquals("OU", trust.roles().attribute(), "the default attribute");
        assertEquals(Set.of("operator"), trust.roles().rolesFor(List.of("Shift-A")));
        assertEquals(Set.of("operator", "quality"), trust.roles().rolesFor(List.of("AnodizingOperators", "Quality")));
        assertTrue(trust.roles().rolesFor(List.of("Visitors")).isEmpty());
        assertEquals(CertificateRoleSource.SUBJECT, trust.roleSource(), "the default role source");
        assertFalse(trust.requireCrl(), "by default a CA without CRL is only warned about");
        assertTrue(c.serverConfig("riverside").acceptsUserCertificates());
    }

    @Test
    @DisplayName("identity.certificates.roleSource=extension and requireCrl=true: roles from subjectAltName URIs, CRLs required")
    void rolesFromTheExtensionAndRequiredCrlsAreConfigured() throws Exception {
        UserCertificateTrust trust = parse(BASE + """
                identity.certificates.pki=user-pki
                identity.certificates.roleSource=extension
                identity.certificates.requireCrl=true
                """).serverConfig("riverside").userCertificateTrust().orElseThrow();
        assertEquals(CertificateRoleSource.EXTENSION, trust.roleSource());
        assertTrue(trust.requireCrl());
        assertTrue(parse(BASE + "identity.certificates.pki=user-pki\nidentity.certificates.requireCrl=true\n")
                .userCertificates().orElseThrow().requireCrl(), "requireCrl with roles from the subject");
    }

    @Test
    @DisplayName("roles.wellKnown.*: the plant roles listed replace the default rule of that well-known role only; empty means nobody")
    void wellKnownRolesAreConfigured() throws Exception {
        TwinServerConfig server = parse(BASE + """
                roles.wellKnown.Supervisor=shiftLead, operator
                roles.wellKnown.SecurityAdmin=
                """).serverConfig("riverside");
        assertEquals(Map.of(WellKnownRole.SUPERVISOR, Set.of("shiftLead", "operator"), WellKnownRole.SECURITY_ADMIN,
                Set.of()), server.wellKnownRoles());
        assertTrue(parse(BASE).serverConfig("riverside").wellKnownRoles().isEmpty(), "the fixed mapping by default");
    }

    @Test
    @DisplayName("identity.jwt.*: issuer, audience, JWKS file, clock skew, role claim and the values that grant each role")
    void issuedTokensAreConfigured() throws Exception {
        Files.writeString(base.resolve("idp-jwks.json"), "{\"keys\":[]}");
        RuntimeConfiguration c = parse(BASE + JWT + """
                identity.jwt.clockSkew=30000
                identity.jwt.roleClaim=realm_access.roles
                identity.jwt.role.operator=plant-operators
                """);
        IssuedTokenTrust trust = c.issuedTokens().orElseThrow();
        assertEquals("https://login.acme.example/realms/plant", trust.issuer());
        assertEquals("urn:fieldbridge:runtime:riverside", trust.audience());
        assertEquals(base.resolve("idp-jwks.json"), trust.jwksFile());
        assertEquals(Duration.ofSeconds(30), trust.clockSkew());
        assertEquals("realm_access.roles", trust.roles().attribute());
        assertEquals(Set.of("operator"), trust.roles().rolesFor(List.of("plant-operators")));
        assertEquals(List.of("preferred_username", "sub"), trust.userClaims());
        assertTrue(c.serverConfig("riverside").issuedTokens().isPresent());
    }

    @Test
    @DisplayName("the JWT defaults: 60 s clock skew, the roles claim")
    void jwtDefaults() throws Exception {
        Files.writeString(base.resolve("idp-jwks.json"), "{\"keys\":[]}");
        IssuedTokenTrust trust = parse(BASE + JWT).issuedTokens().orElseThrow();
        assertEquals(Duration.ofSeconds(60), trust.clockSkew());
        assertEquals("roles", trust.roles().attribute());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @DisplayName("a wrong identity line gives an error naming the file, the line and the key")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "identity.certificates.pkj=x | 2 | identity.certificates.pkj: unknown key (did you mean identity.certificates.pki?)",
        "identity.certificates.role.operator=Ops | 2 | identity.certificates.role.operator: needs identity.certificates.pki (the user PKI folder with trusted/certs)",
        "identity.jwt.audience=x | 2 | identity.jwt.audience: needs identity.jwt.issuer (the identity provider's issuer URL, as in its tokens' iss)",
        "identity.jwt.issuer=https://login.acme.example | 2 | identity.jwt.issuer: needs identity.jwt.audience (this server's client id or resource at the provider)",
        "identity.jwt.jwk=x | 2 | identity.jwt.jwk: unknown key (did you mean identity.jwt.jwks?)",
        "identity.certificates.role.plant-ops=Ops | 2 | identity.certificates.role.plant-ops: 'plant-ops' is not a plant role name",
        "identity.providers=x | 2 | identity.providers: unknown key",
        "identity.certificates.roleSourse=subject | 2 | identity.certificates.roleSourse: unknown key (did you mean identity.certificates.roleSource?)",
        "roles.wellKnown.Operatr=operator | 2 | roles.wellKnown.Operatr: 'Operatr' is not a well-known role (did you mean roles.wellKnown.Operator?)",
        "roles.wellKnown.Anonymous=operator | 2 | roles.wellKnown.Anonymous: Anonymous is given by the kind of login (anonymous or not) and is not configured",
        "roles.wellKnown.Observer=plant-ops | 2 | roles.wellKnown.Observer: 'plant-ops' is not a plant role name",
        "roles.wellKnown.Observer=a,,b | 2 | roles.wellKnown.Observer: empty item in the comma-separated list",
        "roles.observer=operator | 2 | roles.observer: unknown key (roles keys: roles.wellKnown.<well-known role>)",
    })
    void aWrongLineIsLocated(String line, int number, String problem) {
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> parse(BASE + line + "\n"));
        assertTrue(e.getMessage().startsWith(FILE + ":" + number + ": " + problem), e.getMessage());
    }

    @Test
    @DisplayName("a role source other than subject or extension, a requireCrl other than true or false: located errors")
    void wrongRoleSourceAndRequireCrlAreLocated() {
        String pki = BASE + "identity.certificates.pki=user-pki\n";
        ConfigurationException source = assertThrows(ConfigurationException.class,
                () -> parse(pki + "identity.certificates.roleSource=issuer\n"));
        assertEquals(FILE + ":3: identity.certificates.roleSource: 'issuer' is neither subject (a subject attribute "
                + "names the roles) nor extension (subjectAltName URIs urn:fieldbridge:role:<plant role>)",
                source.getMessage());
        ConfigurationException crl = assertThrows(ConfigurationException.class,
                () -> parse(pki + "identity.certificates.requireCrl=yes\n"));
        assertEquals(FILE + ":3: identity.certificates.requireCrl: 'yes' is neither true nor false", crl.getMessage());
    }

    @Test
    @DisplayName("with roleSource=extension, a role attribute or a table of subject values is refused where it stands")
    void subjectKeysAreRefusedWithRolesFromTheExtension() {
        String extension = BASE + "identity.certificates.pki=user-pki\nidentity.certificates.roleSource=extension\n";
        String hint = "only with identity.certificates.roleSource=subject (with extension the certificates name their "
                + "plant roles themselves, as subjectAltName URIs urn:fieldbridge:role:<plant role>)";
        ConfigurationException attribute = assertThrows(ConfigurationException.class,
                () -> parse(extension + "identity.certificates.roleAttribute=O\n"));
        assertEquals(FILE + ":4: identity.certificates.roleAttribute: " + hint, attribute.getMessage());
        ConfigurationException table = assertThrows(ConfigurationException.class,
                () -> parse(extension + "identity.certificates.role.operator=Ops\n"));
        assertEquals(FILE + ":4: identity.certificates.role.operator: " + hint, table.getMessage());
    }

    @Test
    @DisplayName("a JWKS file that does not exist, a clock skew out of range: located errors")
    void wrongJwtValuesAreLocated() {
        ConfigurationException missing = assertThrows(ConfigurationException.class, () -> parse(BASE + JWT));
        assertEquals(FILE + ":4: identity.jwt.jwks: file " + base.resolve("idp-jwks.json") + " does not exist",
                missing.getMessage());
        ConfigurationException skew = assertThrows(ConfigurationException.class, () -> {
            Files.writeString(base.resolve("idp-jwks.json"), "{\"keys\":[]}");
            parse(BASE + JWT + "identity.jwt.clockSkew=3600000\n");
        });
        assertEquals(FILE + ":5: identity.jwt.clockSkew: '3600000' is not a number of milliseconds from 0 to 600000",
                skew.getMessage());
    }
}
