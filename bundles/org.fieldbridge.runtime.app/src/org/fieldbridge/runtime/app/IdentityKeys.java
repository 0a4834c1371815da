/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.app;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.fieldbridge.runtime.app.PropertiesFile.Entry;
import org.fieldbridge.runtime.server.CertificateRoleSource;
import org.fieldbridge.runtime.server.IdentityRoleMapping;
import org.fieldbridge.runtime.server.IssuedTokenTrust;
import org.fieldbridge.runtime.server.UserCertificateTrust;

/**
 * The {@code identity.*} keys of fieldbridge-runtime.properties (docs/runtime-app.md, docs/opcua-server.md
 * "Identities"): X.509 user certificates ({@code identity.certificates.*}) and JWT issued tokens of the
 * enterprise identity provider ({@code identity.jwt.*}), each off unless configured. A plant role is granted by
 * {@code identity.certificates.role.<plantRole>} / {@code identity.jwt.role.<plantRole>}, listing the subject
 * attribute or claim values that grant it; or, with {@code identity.certificates.roleSource=extension}, by the
 * certificate's own subjectAltName URIs {@code urn:fieldbridge:role:<plantRole>}.
 */
final class IdentityKeys {

    static final String CERTIFICATES = "identity.certificates.";
    static final String JWT = "identity.jwt.";
    static final List<String> CERTIFICATE_KEYS = List.of("identity.certificates.pki",
            "identity.certificates.roleSource", "identity.certificates.roleAttribute", "identity.certificates.requireCrl");
    static final List<String> JWT_KEYS = List.of("identity.jwt.issuer", "identity.jwt.audience", "identity.jwt.jwks",
            "identity.jwt.clockSkew", "identity.jwt.roleClaim", "identity.jwt.userClaims");
    private static final Pattern ROLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}");
    private static final Duration MAX_SKEW = Duration.ofMinutes(10);

    private final PropertiesFile file;
    private final Path base;

    IdentityKeys(PropertiesFile file, Path base) {
        this.file = file;
        this.base = base;
    }

    /** @return true for a key of this reader ({@code identity.*}); it checks them itself */
    static boolean owns(String key) {
        return key.startsWith("identity.");
    }

    /** @return every fixed key, for suggestions */
    static List<String> knownKeys() {
        List<String> keys = new ArrayList<>(CERTIFICATE_KEYS);
        keys.addAll(JWT_KEYS);
        return keys;
    }

    Optional<UserCertificateTrust> certificates() throws ConfigurationException {
        for (Entry entry : file.entries()) {
            if (owns(entry.key()) && !entry.key().startsWith(CERTIFICATES) && !entry.key().startsWith(JWT)) {
                List<String> known = knownKeys();
                throw error(entry.line(), entry.key() + ": unknown key" + KeySuggestion.closest(entry.key(), known)
                        .map(k -> " (did you mean " + k + "?)").orElse(" (identity keys start with " + CERTIFICATES
                                + " or " + JWT + ")"));
            }
        }
        checkKeys(CERTIFICATES, CERTIFICATE_KEYS);
        Entry pki = file.get("identity.certificates.pki");
        if (pki == null) {
            requireAbsent(CERTIFICATES, "identity.certificates.pki (the user PKI folder with trusted/certs)");
            return Optional.empty();
        }
        Path folder = path(pki);
        boolean requireCrl = bool("identity.certificates.requireCrl");
        if (roleSource() == CertificateRoleSource.EXTENSION) {
            for (Entry entry : file.entries()) {
                if (entry.key().equals("identity.certificates.roleAttribute")
                        || entry.key().startsWith(CERTIFICATES + "role.")) {
                    throw error(entry.line(), entry.key() + ": only with identity.certificates.roleSource=subject (with "
                            + "extension the certificates name their plant roles themselves, as subjectAltName URIs "
                            + UserCertificateTrust.ROLE_URI_PREFIX + "<plant role>)");
                }
            }
            return Optional.of(UserCertificateTrust.rolesFromExtension(folder).requiringCrl(requireCrl));
        }
        String attribute = text("identity.certificates.roleAttribute", "OU");
        if (!attribute.matches("[A-Za-z][A-Za-z0-9]*")) {
            throw error(file.get("identity.certificates.roleAttribute").line(), "identity.certificates.roleAttribute: '"
                    + attribute + "' is not a subject attribute name (OU, O, CN, DC, ...)");
        }
        return Optional.of(new UserCertificateTrust(folder, mapping(CERTIFICATES, attribute)).requiringCrl(requireCrl));
    }

    private CertificateRoleSource roleSource() throws ConfigurationException {
        Entry e = file.get("identity.certificates.roleSource");
        if (e == null) {
            return CertificateRoleSource.SUBJECT;
        }
        return switch (e.value()) {
            case "subject" -> CertificateRoleSource.SUBJECT;
            case "extension" -> CertificateRoleSource.EXTENSION;
            default -> throw error(e.line(), "identity.certificates.roleSource: '" + e.value() + "' is neither subject"
                    + " (a subject attribute names the roles) nor extension (subjectAltName URIs "
                    + UserCertificateTrust.ROLE_URI_PREFIX + "<plant role>)");
        };
    }

    private boolean bool(String key) throws ConfigurationException {
        Entry e = file.get(key);
        if (e == null) {
            return false;
        }
        return switch (e.value()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw error(e.line(), key + ": '" + e.value() + "' is neither true nor false");
        };
    }

    Optional<IssuedTokenTrust> issuedTokens() throws ConfigurationException {
        checkKeys(JWT, JWT_KEYS);
        Entry issuer = file.get("identity.jwt.issuer");
        if (issuer == null) {
            requireAbsent(JWT, "identity.jwt.issuer (the identity provider's issuer URL, as in its tokens' iss)");
            return Optional.empty();
        }
        String audience = required("identity.jwt.audience", "this server's client id or resource at the provider");
        Entry jwks = file.get("identity.jwt.jwks");
        if (jwks == null) {
            throw error(issuer.line(), "identity.jwt.issuer: needs identity.jwt.jwks (the provider's JWKS file, "
                    + "e.g. saved from its jwks_uri)");
        }
        Path jwksFile = path(jwks);
        if (!Files.isRegularFile(jwksFile)) {
            throw error(jwks.line(), "identity.jwt.jwks: file " + jwksFile + " does not exist");
        }
        List<String> userClaims = list("identity.jwt.userClaims", IssuedTokenTrust.DEFAULT_USER_CLAIMS);
        return Optional.of(new IssuedTokenTrust(text("identity.jwt.issuer", null), audience, jwksFile, clockSkew(),
                mapping(JWT, text("identity.jwt.roleClaim", "roles")), userClaims));
    }

    private IdentityRoleMapping mapping(String prefix, String attribute) throws ConfigurationException {
        IdentityRoleMapping mapping = IdentityRoleMapping.of(attribute);
        for (Entry entry : file.entries()) {
            if (entry.key().startsWith(prefix + "role.")) {
                String role = entry.key().substring((prefix + "role.").length());
                for (String value : list(entry.key(), List.of())) {
                    mapping = mapping.with(value, List.of(role));
                }
            }
        }
        return mapping;
    }

    private Duration clockSkew() throws ConfigurationException {
        Entry e = file.get("identity.jwt.clockSkew");
        if (e == null) {
            return IssuedTokenTrust.DEFAULT_CLOCK_SKEW;
        }
        try {
            long millis = Long.parseLong(e.value());
            if (millis >= 0 && millis <= MAX_SKEW.toMillis()) {
                return Duration.ofMillis(millis);
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw error(e.line(), "identity.jwt.clockSkew: '" + e.value() + "' is not a number of milliseconds from 0 to "
                + MAX_SKEW.toMillis());
    }

    /** Refuses unknown keys under {@code prefix}, with a suggestion. */
    private void checkKeys(String prefix, List<String> known) throws ConfigurationException {
        for (Entry entry : file.entries()) {
            String key = entry.key();
            if (key.startsWith(prefix + "role.")) {
                String role = key.substring((prefix + "role.").length());
                if (!ROLE.matcher(role).matches()) {
                    throw error(entry.line(), key + ": '" + role + "' is not a plant role name");
                }
            } else if (key.startsWith(prefix) && !known.contains(key)) {
                throw error(entry.line(), key + ": unknown key" + KeySuggestion.closest(key, known)
                        .map(k -> " (did you mean " + k + "?)").orElse(" (keys: " + String.join(", ", known)
                                + ", " + prefix + "role.<plant role>)"));
            }
        }
    }

    private void requireAbsent(String prefix, String missing) throws ConfigurationException {
        for (Entry entry : file.entries()) {
            if (entry.key().startsWith(prefix)) {
                throw error(entry.line(), entry.key() + ": needs " + missing);
            }
        }
    }

    private String required(String key, String what) throws ConfigurationException {
        if (file.get(key) == null) {
            throw error(file.get("identity.jwt.issuer").line(), "identity.jwt.issuer: needs " + key + " (" + what + ")");
        }
        return text(key, null);
    }

    private String text(String key, String fallback) throws ConfigurationException {
        Entry e = file.get(key);
        if (e == null) {
            return fallback;
        }
        if (e.value().isEmpty()) {
            throw error(e.line(), key + ": needs a value");
        }
        return e.value();
    }

    private List<String> list(String key, List<String> fallback) throws ConfigurationException {
        Entry e = file.get(key);
        if (e == null) {
            return fallback;
        }
        List<String> items = new ArrayList<>();
        for (String item : e.value().split(",", -1)) {
            if (item.isBlank()) {
                throw error(e.line(), key + ": empty item in the comma-separated list");
            }
            items.add(item.strip());
        }
        return items;
    }

    private Path path(Entry e) throws ConfigurationException {
        if (e.value().isEmpty()) {
            throw error(e.line(), e.key() + ": needs a path");
        }
        try {
            return base.resolve(e.value()).normalize();
        } catch (InvalidPathException ex) {
            throw error(e.line(), e.key() + ": not a path: " + ex.getReason());
        }
    }

    private ConfigurationException error(int line, String problem) {
        return new ConfigurationException(file.fileName(), line, problem);
    }
}
