/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.codegen.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.fieldbridge.codegen.model.ModbusDevice;
import org.fieldbridge.codegen.model.OpcUaDevice;
import org.fieldbridge.codegen.model.RoleInfo;
import org.fieldbridge.codegen.model.RuntimeModel;

/**
 * {@code fieldbridge-runtime.properties}: the deployment configuration with the defaults from the models.
 * Secrets are references ({@code env:NAME}, {@code file:PATH}) resolved when the runtime starts.
 *
 * <p>Users: one user per plant role that may read, named like the role and holding that role, with the
 * password reference {@code env:FB_USER_<ROLE>_PASSWORD}. A plant without such a role gets one user
 * {@code operator} without roles.</p>
 */
public final class ConfigurationTemplate {

    /** The file name. */
    public static final String FILE = "fieldbridge-runtime.properties";

    private ConfigurationTemplate() {
    }

    /** A default user of the configuration. */
    public record User(String name, String passwordRef, List<String> roles) {
    }

    /** @return the default users, one per reading role */
    public static List<User> users(RuntimeModel model) {
        List<User> users = new ArrayList<>();
        for (RoleInfo role : model.readingRoles()) {
            users.add(new User(role.name(), passwordRef(role.name()), List.of(role.name())));
        }
        if (users.isEmpty()) {
            users.add(new User("operator", passwordRef("operator"), List.of()));
        }
        return users;
    }

    /**
     * The user name upper-cased, anything but letters and digits as {@code _} (as the runtime's own hint for a
     * missing password says).
     *
     * @return {@code env:FB_USER_QUALITYMANAGER_PASSWORD} for {@code qualityManager}
     */
    public static String passwordRef(String user) {
        return "env:FB_USER_" + user.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_") + "_PASSWORD";
    }

    /** @return the text of the file */
    public static String render(RuntimeModel model) {
        PropertiesText p = new PropertiesText(GeneratedHeader.text(model));
        p.comment("");
        p.comment("Deployment configuration of the " + model.runtimeName() + " twin runtime. Copy this file next to the");
        p.comment("runtime (or pass --config FILE) and adapt the copy to the site: this file is rewritten by every");
        p.comment("generation. The values here are the defaults from the models. Secrets are never written here,");
        p.comment("only references resolved at start:");
        p.comment("env:NAME (environment variable) or file:PATH (a file readable only by the runtime's user).");
        p.comment("");
        p.comment("OPC UA server of the twin. Bind to the plant-network interface of the edge box to serve clients");
        p.comment("there, and list the host names clients use (they go into the server certificate).");
        p.property("server.bindAddress", "127.0.0.1");
        p.property("server.port", "4840");
        p.property("server.path", "/fieldbridge");
        p.property("server.hostnames", "localhost");
        p.comment("PKI folder (own certificate, trusted and rejected client certificates), relative to the working folder.");
        p.property("server.pki", "pki");
        p.comment("Password of the key store holding the server's private key.");
        p.property("server.keyStorePassword", "env:FB_RUNTIME_KEYSTORE_PASSWORD");
        p.comment("true adds a None/None endpoint for anonymous clients: never on a plant network.");
        p.property("server.allowInsecure", "false");
        p.comment("");
        p.comment("Longest wait between two reconnect attempts to a controller that is down, in ms. 2000 brings a");
        p.comment("restarted controller back within about 2 s during commissioning; raise it where many runtimes");
        p.comment("share one gateway.");
        p.property("reconnect.maxDelay", "2000");
        p.comment("");
        p.comment("Users of the OPC UA server: one per plant role that may read, holding that role. The value of a");
        p.comment("password reference is the password, or a PBKDF2 hash (pbkdf2-sha256$iterations$salt$hash).");
        List<User> users = users(model);
        p.property("users", String.join(",", users.stream().map(User::name).toList()));
        for (User user : users) {
            p.property("user." + user.name() + ".password", user.passwordRef());
            p.property("user." + user.name() + ".roles", String.join(",", user.roles()));
        }
        identityKeys(p);
        auditKeys(p);
        for (ModbusDevice device : model.modbus()) {
            p.comment("");
            p.comment("Modbus TCP controller " + device.name() + " (" + device.origin().location() + "), unit "
                    + device.unitId() + ", polled every " + device.pollMillis() + " ms.");
            p.property("connection." + device.name() + ".host", device.host());
            p.property("connection." + device.name() + ".port", Integer.toString(device.port()));
        }
        for (OpcUaDevice device : model.opcua()) {
            p.comment("");
            boolean secured = !"NONE".equals(device.policy());
            if (secured) {
                p.comment("OPC UA controller " + device.name() + " (" + device.origin().location() + "), security "
                        + device.policy() + "/" + device.mode() + ". Create the trusted folder and put the controller's");
                p.comment("server certificate (DER or PEM) into it; an untrusted server is refused.");
            } else {
                // SecurityPolicy None checks no server certificate: a trusted folder would only be one more thing
                // to create before the runtime starts
                p.comment("OPC UA controller " + device.name() + " (" + device.origin().location() + "), security None:"
                        + " nothing is signed or encrypted and no server certificate is checked.");
            }
            p.property("connection." + device.name() + ".endpoint", device.endpoint());
            if (device.user() == null) {
                p.comment("Anonymous session; to log in, add connection." + device.name() + ".user and .password.");
            } else {
                p.property("connection." + device.name() + ".user", device.user());
                p.property("connection." + device.name() + ".password", device.passwordRef());
            }
            if (secured) {
                p.property("connection." + device.name() + ".trustedCertificates", "pki/controllers/" + device.name());
            }
        }
        return p.toString();
    }

    /** The {@code identity.*} keys (docs/runtime-app.md), off by default: as comments, to switch on at a site. */
    private static void identityKeys(PropertiesText p) {
        p.comment("");
        p.comment("Identities beyond passwords (docs/opcua-server.md, \"Identities\"); each is off until its first key is set.");
        p.comment("X.509 user certificates: the user PKI folder (trusted/certs, trusted/crl, issuer/certs, issuer/crl),");
        p.comment("the subject attribute whose values name roles, and which values grant which plant role:");
        p.comment("identity.certificates.pki=pki/users");
        p.comment("identity.certificates.roleAttribute=OU");
        p.comment("identity.certificates.role.ROLE=VALUE1,VALUE2");
        p.comment("JWT issued tokens of the enterprise identity provider: issuer (as in the tokens' iss), this server's");
        p.comment("audience, the provider's JWKS file, clock skew in ms, the claim naming roles, the claims naming the");
        p.comment("user, and which claim values grant which plant role:");
        p.comment("identity.jwt.issuer=https://login.example/realms/plant");
        p.comment("identity.jwt.audience=fieldbridge");
        p.comment("identity.jwt.jwks=pki/jwks.json");
        p.comment("identity.jwt.clockSkew=60000");
        p.comment("identity.jwt.roleClaim=roles");
        p.comment("identity.jwt.userClaims=preferred_username,sub");
        p.comment("identity.jwt.role.ROLE=VALUE1,VALUE2");
    }

    /** The {@code audit.*} keys (docs/runtime-app.md, "Audit trail") with their defaults, as comments. */
    private static void auditKeys(PropertiesText p) {
        p.comment("");
        p.comment("Audit trail (sessions, certificates, configuration, alarm acknowledgements): folder relative to this");
        p.comment("file, size in bytes at which audit.log is rotated, rotated files kept. The defaults:");
        p.comment("audit.folder=audit");
        p.comment("audit.maxFileSize=10485760");
        p.comment("audit.keepFiles=10");
    }
}
