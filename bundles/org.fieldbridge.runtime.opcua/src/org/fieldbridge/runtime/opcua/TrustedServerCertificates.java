/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.opcua;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The server certificates an OPC UA connection trusts: every DER or PEM file ({@code .der}, {@code .cer},
 * {@code .crt}, {@code .pem}) in a folder ({@code <pki>/controllers/NAME}, the runtime's layout).
 */
public final class TrustedServerCertificates {

    private TrustedServerCertificates() {
    }

    /**
     * @param folder the folder
     * @return the certificates in it (sorted by file name); empty when the folder does not exist
     * @throws IOException naming the file that is not a certificate
     */
    public static List<X509Certificate> load(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(Files::isRegularFile).filter(TrustedServerCertificates::isCertificateFile).sorted()
                    .toList();
        }
        CertificateFactory factory;
        try {
            factory = CertificateFactory.getInstance("X.509");
        } catch (CertificateException e) {
            throw new IllegalStateException("X.509 is missing from this Java runtime", e);
        }
        List<X509Certificate> certificates = new ArrayList<>();
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                for (Certificate c : factory.generateCertificates(in)) {
                    certificates.add((X509Certificate) c);
                }
            } catch (CertificateException e) {
                throw new IOException(file + " is not a DER or PEM certificate", e);
            }
        }
        return certificates;
    }

    private static boolean isCertificateFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".der") || name.endsWith(".cer") || name.endsWith(".crt") || name.endsWith(".pem");
    }
}
