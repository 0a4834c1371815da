/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CRL;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import javax.security.auth.x500.X500Principal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The checks of OPC 10000-4 §6.1.3 (Table 100) for an X.509 user certificate, against the user PKI folder
 * ({@code trusted/certs}, {@code trusted/crl}, {@code issuer/certs}, {@code issuer/crl}), in this order:
 * validity period, purpose (key usage, extended key usage), trust (the certificate itself or a CA it chains to
 * is in {@code trusted/certs}), revocation (a CRL of an issuer in the chain lists it; with {@code requireCrl}, an
 * issuer without a CRL fails the check too: Bad_CertificateRevocationUnknown). The folder is read at
 * every check, so that a certificate or CRL copied in counts from the next session on, without a restart.
 */
final class UserCertificateValidation {

    private static final Logger LOG = LoggerFactory.getLogger(UserCertificateValidation.class);
    private static final String CLIENT_AUTH = "1.3.6.1.5.5.7.3.2";
    private static final String ANY_EXTENDED_KEY_USAGE = "2.5.29.37.0";
    private static final int DIGITAL_SIGNATURE = 0;
    private static final int KEY_CERT_SIGN = 5;
    private static final int MAX_CHAIN = 8;

    private final Path directory;
    private final Clock clock;
    /** Refuse users of a CA without a revocation list, instead of warning once (identity.certificates.requireCrl). */
    private final boolean requireCrl;
    /** CAs whose missing CRL was reported: once per CA and run, not at every login. */
    private final Set<X500Principal> reportedWithoutCrl = ConcurrentHashMap.newKeySet();

    UserCertificateValidation(Path directory, Clock clock, boolean requireCrl) {
        this.directory = directory;
        this.clock = clock;
        this.requireCrl = requireCrl;
    }

    /** Creates the folder layout, so that an administrator sees where certificates and CRLs go. */
    void createFolders() throws IOException {
        for (String folder : List.of("trusted/certs", "trusted/crl", "issuer/certs", "issuer/crl")) {
            Files.createDirectories(directory.resolve(folder));
        }
    }

    /** @throws IdentityRefusal naming the first check the certificate fails */
    void check(X509Certificate certificate) throws IdentityRefusal {
        String who = "the user certificate '" + SubjectNames.commonName(certificate) + "'";
        checkTime(certificate, who, false);
        checkPurpose(certificate, who);
        List<X509Certificate> chain = trustedChain(certificate, who);
        checkRevocation(chain, who);
    }

    private void checkTime(X509Certificate certificate, String who, boolean issuer) throws IdentityRefusal {
        Date now = Date.from(clock.instant());
        String code = issuer ? "Bad_CertificateIssuerTimeInvalid: " : "Bad_CertificateTimeInvalid: ";
        try {
            certificate.checkValidity(now);
        } catch (CertificateExpiredException e) {
            throw IdentityRefusal.rejected(code + who + " expired on " + day(certificate.getNotAfter()));
        } catch (CertificateNotYetValidException e) {
            throw IdentityRefusal.rejected(code + who + " is not valid before " + day(certificate.getNotBefore()));
        }
    }

    private static void checkPurpose(X509Certificate certificate, String who) throws IdentityRefusal {
        boolean[] keyUsage = certificate.getKeyUsage();
        if (keyUsage != null && !keyUsage[DIGITAL_SIGNATURE]) {
            throw IdentityRefusal.invalid("Bad_CertificateUseNotAllowed: " + who
                    + " may not sign (its key usage lacks digitalSignature), so it cannot identify a user");
        }
        List<String> extended;
        try {
            extended = certificate.getExtendedKeyUsage();
        } catch (CertificateParsingException e) {
            throw IdentityRefusal.invalid("Bad_CertificateInvalid: " + who + " has an unreadable extended key usage");
        }
        if (extended != null && !extended.contains(CLIENT_AUTH) && !extended.contains(ANY_EXTENDED_KEY_USAGE)) {
            throw IdentityRefusal.invalid("Bad_CertificateUseNotAllowed: " + who
                    + " is not for client authentication (its extended key usage lacks clientAuth)");
        }
    }

    /** @return the chain from the certificate up to the certificate of {@code trusted/certs} that vouches for it */
    private List<X509Certificate> trustedChain(X509Certificate certificate, String who) throws IdentityRefusal {
        List<X509Certificate> trusted = certificates("trusted/certs");
        List<X509Certificate> chain = new ArrayList<>(List.of(certificate));
        X509Certificate current = certificate;
        while (!trusted.contains(current)) {
            if (chain.size() > MAX_CHAIN || isSelfIssued(current)) {
                throw untrusted(who);
            }
            X509Certificate issuer = issuerOf(current, trusted);
            if (issuer == null) {
                throw untrusted(who);
            }
            checkTime(issuer, "its CA '" + SubjectNames.commonName(issuer) + "'", true);
            boolean[] usage = issuer.getKeyUsage();
            if (issuer.getBasicConstraints() < 0 || usage != null && !usage[KEY_CERT_SIGN]) {
                throw IdentityRefusal.rejected("Bad_CertificateIssuerUseNotAllowed: the issuer '"
                        + SubjectNames.commonName(issuer) + "' of " + who + " is not a CA");
            }
            chain.add(issuer);
            current = issuer;
        }
        return chain;
    }

    private IdentityRefusal untrusted(String who) {
        return IdentityRefusal.rejected("Bad_CertificateUntrusted: " + who + " is neither in " + directory.resolve(
                "trusted/certs") + " nor issued by a CA there (copy the user's or the CA's certificate there to trust it)");
    }

    private X509Certificate issuerOf(X509Certificate certificate, List<X509Certificate> trusted) {
        List<X509Certificate> candidates = new ArrayList<>(trusted);
        candidates.addAll(certificates("issuer/certs"));
        for (X509Certificate candidate : candidates) {
            if (candidate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal())
                    && signedBy(certificate, candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private void checkRevocation(List<X509Certificate> chain, String who) throws IdentityRefusal {
        List<X509CRL> crls = new ArrayList<>(crls("trusted/crl"));
        crls.addAll(crls("issuer/crl"));
        for (int i = 0; i + 1 < chain.size(); i++) {
            X509Certificate certificate = chain.get(i);
            X509Certificate issuer = chain.get(i + 1);
            String subject = i == 0 ? who : "the CA '" + SubjectNames.commonName(certificate) + "' of " + who;
            List<X509CRL> ofIssuer = crls.stream()
                    .filter(crl -> crl.getIssuerX500Principal().equals(issuer.getSubjectX500Principal()))
                    .filter(crl -> crlSignedBy(crl, issuer)).toList();
            // a list that names the certificate proves revocation even when it is out of date
            if (ofIssuer.stream().anyMatch(crl -> crl.isRevoked(certificate))) {
                throw IdentityRefusal.rejected((i == 0 ? "Bad_CertificateRevoked: " : "Bad_CertificateIssuerRevoked: ")
                        + subject + " is revoked by '" + SubjectNames.commonName(issuer) + "' (revocation list in "
                        + directory.resolve("trusted/crl") + ")");
            }
            if (requireCrl) {
                requireCurrentCrl(ofIssuer, issuer, subject, i == 0);
            } else if (ofIssuer.isEmpty() && reportedWithoutCrl.add(issuer.getSubjectX500Principal())) {
                LOG.warn("user certificates: no revocation list of the CA '{}' in {}; revocation of its users "
                        + "(first '{}') not checked until one is copied there", SubjectNames.commonName(issuer),
                        directory.resolve("trusted/crl"), SubjectNames.commonName(certificate));
            }
        }
    }

    /**
     * With {@code requireCrl}: the issuer must have a revocation list that is still current (its nextUpdate not
     * passed), else whether the certificate was revoked since is unknown (OPC 10000-4 §6.1.3, Table 100).
     */
    private void requireCurrentCrl(List<X509CRL> ofIssuer, X509Certificate issuer, String subject, boolean user)
            throws IdentityRefusal {
        Date now = Date.from(clock.instant());
        if (ofIssuer.stream().anyMatch(crl -> crl.getNextUpdate() == null || !crl.getNextUpdate().before(now))) {
            return;
        }
        String problem = ofIssuer.isEmpty() ? "no revocation list of its CA '" + SubjectNames.commonName(issuer)
                + "' in " + directory.resolve("trusted/crl") + " or " + directory.resolve("issuer/crl")
                : "the revocation list of its CA '" + SubjectNames.commonName(issuer) + "' is out of date (next update "
                        + "was due on " + day(ofIssuer.stream().map(X509CRL::getNextUpdate).max(Date::compareTo)
                                .orElseThrow()) + ")";
        throw IdentityRefusal.rejected((user ? "Bad_CertificateRevocationUnknown: "
                : "Bad_CertificateIssuerRevocationUnknown: ") + "revocation of " + subject + " cannot be checked: "
                + problem + " (copy the CA's current CRL there; revocation lists are required here)");
    }

    private static boolean isSelfIssued(X509Certificate certificate) {
        return certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal());
    }

    private static boolean signedBy(X509Certificate certificate, X509Certificate issuer) {
        try {
            certificate.verify(issuer.getPublicKey());
            return true;
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    private static boolean crlSignedBy(X509CRL crl, X509Certificate issuer) {
        try {
            crl.verify(issuer.getPublicKey());
            return true;
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    private List<X509Certificate> certificates(String folder) {
        List<X509Certificate> certificates = new ArrayList<>();
        for (Path file : files(folder)) {
            try (InputStream in = Files.newInputStream(file)) {
                CertificateFactory.getInstance("X.509").generateCertificates(in).stream()
                        .map(X509Certificate.class::cast).forEach(certificates::add);
            } catch (IOException | GeneralSecurityException e) {
                LOG.warn("user certificates: {} is not a certificate (DER or PEM) and is ignored", file);
            }
        }
        return certificates;
    }

    private List<X509CRL> crls(String folder) {
        List<X509CRL> crls = new ArrayList<>();
        for (Path file : files(folder)) {
            try (InputStream in = Files.newInputStream(file)) {
                for (CRL crl : CertificateFactory.getInstance("X.509").generateCRLs(in)) {
                    crls.add((X509CRL) crl);
                }
            } catch (IOException | GeneralSecurityException e) {
                LOG.warn("user certificates: {} is not a revocation list (DER or PEM) and is ignored", file);
            }
        }
        return crls;
    }

    private List<Path> files(String folder) {
        Path dir = directory.resolve(folder);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            LOG.warn("user certificates: {} cannot be read: {}", dir, e.getMessage());
            return List.of();
        }
    }

    private static String day(Date date) {
        return date.toInstant().atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }
}
