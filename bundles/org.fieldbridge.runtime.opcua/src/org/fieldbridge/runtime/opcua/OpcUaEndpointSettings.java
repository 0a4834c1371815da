/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.opcua;

import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * How to reach one OPC UA server (a `.twin` {@code connection ... opcua}). Security is explicit: the
 * policy/mode pair, the user identity and, for signed or encrypted channels, the client's application
 * instance certificate and the server certificates it trusts. Passwords are supplied on demand and never
 * kept as strings.
 *
 * @param endpointUrl       e.g. {@code opc.tcp://127.0.0.1:4841/fieldbridge-sim}
 * @param policy            the security policy of the endpoint to use
 * @param mode              the message security mode of the endpoint to use
 * @param identity          who the session authenticates as
 * @param client            the client's application certificate; required unless the policy is None
 * @param trustedServers    server certificates accepted; an untrusted server is refused
 * @param requestTimeout    timeout of every service call (connect included)
 */
public record OpcUaEndpointSettings(String endpointUrl, Policy policy, Mode mode, Identity identity,
        ClientCertificate client, List<X509Certificate> trustedServers, Duration requestTimeout) {

    /** OPC UA security policies Fieldbridge connects with. */
    public enum Policy {
        NONE, BASIC256SHA256, AES128_SHA256_RSAOAEP, AES256_SHA256_RSAPSS
    }

    /** Message security modes (OPC UA Part 4 §7.20). */
    public enum Mode {
        NONE, SIGN, SIGN_AND_ENCRYPT
    }

    /** Who a session authenticates as. */
    public sealed interface Identity permits Anonymous, UserName {
    }

    /** Anonymous identity token. */
    public record Anonymous() implements Identity {
    }

    /**
     * User name and password; the password is asked for when a session is activated and the array is
     * cleared afterwards.
     */
    public record UserName(String user, Supplier<char[]> password) implements Identity {
        public UserName {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(password, "password");
        }

        @Override
        public String toString() {
            return "UserName[" + user + ", password not shown]";
        }
    }

    /** The client's application instance certificate and its key. */
    public record ClientCertificate(String applicationUri, KeyPair keyPair, X509Certificate[] chain) {
        public ClientCertificate {
            Objects.requireNonNull(applicationUri, "applicationUri");
            Objects.requireNonNull(keyPair, "keyPair");
            if (chain == null || chain.length == 0) {
                throw new IllegalArgumentException("a client certificate needs its certificate chain");
            }
        }
    }

    public OpcUaEndpointSettings {
        Objects.requireNonNull(endpointUrl, "endpointUrl");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(identity, "identity");
        trustedServers = List.copyOf(trustedServers);
        if (!endpointUrl.startsWith("opc.tcp://")) {
            throw new IllegalArgumentException("endpoint URL must start with opc.tcp://, was " + endpointUrl);
        }
        if ((policy == Policy.NONE) != (mode == Mode.NONE)) {
            throw new IllegalArgumentException("security policy " + policy + " does not go with mode " + mode
                    + ": None goes only with None");
        }
        if (policy != Policy.NONE && client == null) {
            throw new IllegalArgumentException("security policy " + policy + " needs a client certificate");
        }
        if (requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException("request timeout must be positive");
        }
    }
}
