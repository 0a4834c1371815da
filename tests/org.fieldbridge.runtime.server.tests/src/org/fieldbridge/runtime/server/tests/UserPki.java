/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server.tests;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.eclipse.milo.opcua.sdk.client.identity.IdentityProvider;
import org.eclipse.milo.opcua.sdk.client.identity.X509IdentityProvider;

/**
 * A user certificate authority made by the test: its certificate (and, after {@link #revoke}, its CRL) is
 * written into a user PKI folder's {@code trusted/} folders; {@link #issue} makes user certificates with any
 * validity, key usage and extended key usage, the bad ones included.
 */
final class UserPki {

    private static final AtomicLong SERIAL = new AtomicLong(System.currentTimeMillis());

    private final KeyPair keys;
    private final X509Certificate certificate;

    private UserPki(KeyPair keys, X509Certificate certificate) {
        this.keys = keys;
        this.certificate = certificate;
    }

    /** A user certificate and its key pair. */
    record UserCertificate(KeyPair keyPair, X509Certificate certificate) {
        IdentityProvider identity() {
            return new X509IdentityProvider(certificate, keyPair.getPrivate());
        }

        /** Writes {@code <name>.der} (the certificate) and {@code <name>.key.pem} (PKCS #8, owner only). */
        void writeTo(Path folder, String name) throws Exception {
            Files.write(folder.resolve(name + ".der"), certificate.getEncoded());
            Path key = Files.createFile(folder.resolve(name + ".key.pem"),
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(keyPair.getPrivate().getEncoded());
            Files.writeString(key, "-----BEGIN PRIVATE KEY-----\n" + body + "\n-----END PRIVATE KEY-----\n",
                    StandardCharsets.US_ASCII);
        }
    }

    /** @return a new CA named {@code name}, trusted by nothing yet */
    static UserPki ca(String name) throws Exception {
        KeyPair keys = rsa();
        X500Name subject = new X500Name("CN=" + name + ",O=Acme");
        Instant now = Instant.now();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject, serial(),
                Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(365))), subject,
                keys.getPublic())
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        return new UserPki(keys, sign(builder, keys));
    }

    /** Puts the CA's certificate into {@code <userPki>/trusted/certs}: its users are trusted from now on. */
    void trustIn(Path userPki) throws Exception {
        Path certs = Files.createDirectories(userPki.resolve("trusted/certs"));
        Files.write(certs.resolve(serialOf(certificate) + ".der"), certificate.getEncoded());
    }

    /** A certificate valid from yesterday for a year, for signing and client authentication. */
    UserCertificate issue(String subject) throws Exception {
        Instant now = Instant.now();
        return issue(subject, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(365)),
                KeyUsage.digitalSignature | KeyUsage.keyEncipherment, KeyPurposeId.id_kp_clientAuth);
    }

    /**
     * A certificate like {@link #issue(String)} whose subjectAltName extension holds {@code uris}, e.g.
     * {@code urn:fieldbridge:role:anodizingOperator}.
     */
    UserCertificate issueWithUris(String subject, String... uris) throws Exception {
        Instant now = Instant.now();
        GeneralName[] names = new GeneralName[uris.length];
        for (int i = 0; i < uris.length; i++) {
            names[i] = new GeneralName(GeneralName.uniformResourceIdentifier, uris[i]);
        }
        return issue(subject, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(365)),
                KeyUsage.digitalSignature | KeyUsage.keyEncipherment, KeyPurposeId.id_kp_clientAuth,
                new GeneralNames(names));
    }

    /**
     * @param subject e.g. {@code CN=anna,OU=AnodizingOperators,O=Acme}
     * @param keyUsage the KeyUsage bits, 0 for no key usage extension
     * @param purpose the only extended key usage, null for no extension
     */
    UserCertificate issue(String subject, Instant notBefore, Instant notAfter, int keyUsage, KeyPurposeId purpose)
            throws Exception {
        return issue(subject, notBefore, notAfter, keyUsage, purpose, null);
    }

    private UserCertificate issue(String subject, Instant notBefore, Instant notAfter, int keyUsage,
            KeyPurposeId purpose, GeneralNames alternativeNames) throws Exception {
        KeyPair user = rsa();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(certificate, serial(),
                Date.from(notBefore), Date.from(notAfter), new X500Name(subject), user.getPublic())
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        if (keyUsage != 0) {
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(keyUsage));
        }
        if (purpose != null) {
            builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(purpose));
        }
        if (alternativeNames != null) {
            builder.addExtension(Extension.subjectAlternativeName, false, alternativeNames);
        }
        return new UserCertificate(user, sign(builder, keys));
    }

    /** Writes the CA's CRL listing {@code revoked}, current for a week, into {@code <userPki>/trusted/crl}. */
    void revoke(Path userPki, X509Certificate... revoked) throws Exception {
        Instant now = Instant.now();
        revoke(userPki, now.minus(Duration.ofMinutes(1)), now.plus(Duration.ofDays(7)), revoked);
    }

    /** Writes the CA's CRL issued {@code thisUpdate}, due for renewal {@code nextUpdate}, listing {@code revoked}. */
    void revoke(Path userPki, Instant thisUpdate, Instant nextUpdate, X509Certificate... revoked) throws Exception {
        Instant now = Instant.now();
        X509v2CRLBuilder builder = new JcaX509v2CRLBuilder(certificate, Date.from(thisUpdate))
                .setNextUpdate(Date.from(nextUpdate));
        for (X509Certificate certificate : revoked) {
            builder.addCRLEntry(certificate.getSerialNumber(), Date.from(now.minus(Duration.ofMinutes(1))),
                    CRLReason.keyCompromise);
        }
        X509CRL crl = new JcaX509CRLConverter()
                .getCRL(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
        Path folder = Files.createDirectories(userPki.resolve("trusted/crl"));
        Files.write(folder.resolve(serialOf(certificate) + ".crl"), crl.getEncoded());
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, KeyPair issuer) throws Exception {
        return new JcaX509CertificateConverter()
                .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuer.getPrivate())));
    }

    private static KeyPair rsa() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    private static BigInteger serial() {
        return BigInteger.valueOf(SERIAL.incrementAndGet());
    }

    private static String serialOf(X509Certificate certificate) {
        return certificate.getSerialNumber().toString(16);
    }
}
