/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.sparkplug;

import java.io.EOFException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateException;

import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;

import org.eclipse.paho.client.mqttv3.MqttException;

/**
 * Says in a plant engineer's words why the broker was not reached, with a stable code and what to do: an
 * untrusted broker certificate, a certificate for another host name, refused credentials, nobody listening.
 */
final class BrokerRefusal {

    private BrokerRefusal() {
    }

    /**
     * @param config the edge node's connection settings (for the broker URL and the trusted CA folder)
     * @param failure what Paho reported
     * @return one sentence for the log, starting with a stable code
     */
    static String explain(SparkplugConfig config, MqttException failure) {
        String broker = config.brokerUrl();
        String folder = config.tls() == null ? "the Java runtime's default CAs" : config.tls().trustedFrom();
        if (has(failure, CertificateExpiredException.class)) {
            return "SPB-TLS-EXPIRED: broker " + broker + " shows an expired certificate; renew it on the broker";
        }
        if (hostnameMismatch(failure)) {
            return "SPB-TLS-HOST: broker " + broker + " shows a certificate that is not for host " + host(broker)
                    + "; use the host name its certificate names in sparkplug.brokerUrl, or have the broker's "
                    + "certificate issued for " + host(broker);
        }
        if (has(failure, CertPathValidatorException.class) || has(failure, CertificateException.class)
                || has(failure, SSLHandshakeException.class)) {
            return "SPB-TLS-UNTRUSTED: broker " + broker + " is not trusted: its certificate is not signed by a CA in "
                    + folder + "; put the certificate of the CA that signed the broker's certificate there "
                    + "(sparkplug.trustedCertificates)";
        }
        boolean closedAtOnce = has(failure, EOFException.class)
                || has(failure, SocketException.class) && !has(failure, ConnectException.class);
        if (has(failure, SSLException.class) || closedAtOnce && broker.startsWith("ssl://")) {
            return "SPB-TLS: broker " + broker + " and the edge node found no common TLS setting (is the broker's "
                    + "port a TLS listener? tcp:// is plain MQTT, ssl:// is TLS)";
        }
        int reason = failure.getReasonCode();
        if (reason == MqttException.REASON_CODE_FAILED_AUTHENTICATION
                || reason == MqttException.REASON_CODE_NOT_AUTHORIZED) {
            return "SPB-AUTH: broker " + broker + " refused the user name or password (sparkplug.username, "
                    + "sparkplug.password)";
        }
        return "SPB-UNREACHABLE: broker " + broker + " not reached (" + why(failure)
                + "); check that it runs and that this machine may reach its port";
    }

    /** What went wrong with the connection, without Java class names (Paho's own text can be one). */
    private static String why(MqttException failure) {
        if (has(failure, ConnectException.class)) {
            return "nobody accepts connections on that port";
        }
        if (has(failure, UnknownHostException.class)) {
            return "the host name is unknown";
        }
        if (has(failure, SocketTimeoutException.class)) {
            return "no answer in time";
        }
        if (has(failure, EOFException.class) || has(failure, SocketException.class)) {
            return "the broker closed the connection";
        }
        return "MQTT reason code " + failure.getReasonCode();
    }

    private static boolean hostnameMismatch(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (t instanceof CertificateException && (message.contains("No subject alternative")
                    || message.contains("No name matching"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean has(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String host(String url) {
        String rest = url.substring(url.indexOf("://") + 3);
        int colon = rest.lastIndexOf(':');
        return colon < 0 ? rest : rest.substring(0, colon);
    }
}
