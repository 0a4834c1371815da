/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server.internal;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.AttributeTypeAndValue;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;

/** Reads attributes of a certificate's subject (RFC 4514 names: CN, OU, O, DC, ...). */
final class SubjectNames {

    private SubjectNames() {
    }

    /** @return true when {@code attribute} is a subject attribute name this server knows (e.g. OU) */
    static boolean isKnownAttribute(String attribute) {
        try {
            BCStyle.INSTANCE.attrNameToOID(attribute);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** @return the values of {@code attribute} in the subject, in order; empty when it has none */
    static List<String> values(X509Certificate certificate, String attribute) {
        ASN1ObjectIdentifier type = BCStyle.INSTANCE.attrNameToOID(attribute);
        X500Name subject = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        List<String> values = new ArrayList<>();
        for (RDN rdn : subject.getRDNs(type)) {
            for (AttributeTypeAndValue value : rdn.getTypesAndValues()) {
                if (value.getType().equals(type)) {
                    values.add(value.getValue() instanceof ASN1String text ? text.getString()
                            : IETFUtils.valueToString(value.getValue()));
                }
            }
        }
        return values;
    }

    /** @return the subject's first CN, else the whole subject (for messages and as a user name) */
    static String commonName(X509Certificate certificate) {
        List<String> names = values(certificate, "CN");
        return names.isEmpty() ? certificate.getSubjectX500Principal().getName() : names.get(0);
    }
}
