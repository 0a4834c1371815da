/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.codegen.text;

import java.util.ArrayList;
import java.util.List;

import org.fieldbridge.codegen.model.OpcUaDevice;
import org.fieldbridge.codegen.model.RuntimeModel;

/**
 * {@code <name>.service} of the generated project: a systemd unit for the runtime installed under
 * {@code /opt/fieldbridge/<name>} (docs/deploy.md). It runs the start script ({@code bin/<name>}, so the JVM
 * flags and the Java check are the script's) as a dedicated user, reads the secrets the configuration
 * refers to as {@code env:} from an environment file, restarts on failure but not on a configuration
 * problem (exit code 2), and confines the process (read-only system, writable PKI folder only).
 */
public final class SystemdUnitTemplate {

    /** The variable the generated configuration's {@code server.keyStorePassword} refers to. */
    static final String KEYSTORE_VARIABLE = "FB_RUNTIME_KEYSTORE_PASSWORD";

    private SystemdUnitTemplate() {
    }

    /** @return the path of the unit file in the generated project */
    public static String path(RuntimeModel model) {
        return model.runtimeName() + ".service";
    }

    /** @return the environment variables the generated configuration's {@code env:} references name, sorted */
    public static List<String> secretVariables(RuntimeModel model) {
        List<String> names = new ArrayList<>();
        names.add(KEYSTORE_VARIABLE);
        for (ConfigurationTemplate.User user : ConfigurationTemplate.users(model)) {
            names.add(user.passwordRef().substring("env:".length()));
        }
        for (OpcUaDevice device : model.opcua()) {
            if (device.passwordRef() != null && device.passwordRef().startsWith("env:")) {
                names.add(device.passwordRef().substring("env:".length()));
            }
        }
        return names.stream().distinct().sorted().toList();
    }

    /** @return the text of the unit file */
    public static String render(RuntimeModel model) {
        String name = model.runtimeName();
        String home = "/opt/fieldbridge/" + name;
        StringBuilder unit = new StringBuilder();
        unit.append("# ").append(GeneratedHeader.text(model)).append('\n');
        unit.append("# Install: copy the runtime to ").append(home).append(" (bin/, ").append(name)
                .append("-runtime.jar, lib/, fieldbridge-runtime.properties),\n");
        unit.append("# this file to /etc/systemd/system/fieldbridge-").append(name).append(".service, then\n");
        unit.append("#   useradd --system --home-dir /opt/fieldbridge --shell /usr/sbin/nologin fieldbridge\n");
        unit.append("#   chown -R fieldbridge: ").append(home).append("\n");
        unit.append("#   systemctl enable --now fieldbridge-").append(name).append('\n');
        unit.append("# The secrets stay out of the configuration: /etc/fieldbridge/").append(name)
                .append(".env (owner root, mode 0600) sets\n");
        for (String variable : secretVariables(model)) {
            unit.append("#   ").append(variable).append("=...\n");
        }
        unit.append("\n[Unit]\n");
        unit.append("Description=Fieldbridge twin runtime ").append(name).append('\n');
        unit.append("Documentation=file:").append(home).append("/README.md\n");
        unit.append("After=network-online.target\nWants=network-online.target\n");
        unit.append("\n[Service]\n");
        unit.append("Type=simple\nUser=fieldbridge\nGroup=fieldbridge\n");
        unit.append("WorkingDirectory=").append(home).append('\n');
        unit.append("EnvironmentFile=/etc/fieldbridge/").append(name).append(".env\n");
        unit.append("# a Java other than the PATH's: Environment=JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64\n");
        unit.append("Environment=FIELDBRIDGE_HEAP=").append(StartScriptTemplate.defaultHeap(model)).append('\n');
        unit.append("ExecStart=").append(home).append("/bin/").append(name).append(" --config ").append(home)
                .append("/fieldbridge-runtime.properties\n");
        unit.append("Restart=on-failure\nRestartSec=5\n");
        unit.append("# exit code 2 is a configuration problem: restarting will not fix it\n");
        unit.append("RestartPreventExitStatus=2\n");
        unit.append("# the JVM ends with 143 on SIGTERM when it stops before the runtime's own hook has run\n");
        unit.append("SuccessExitStatus=143\n");
        unit.append("TimeoutStopSec=30\n");
        unit.append("# hardening: nothing but the PKI folder (certificates, trust lists) is writable\n");
        unit.append("UMask=0077\nNoNewPrivileges=yes\nProtectSystem=strict\nProtectHome=yes\nPrivateTmp=yes\n");
        unit.append("PrivateDevices=yes\nProtectKernelTunables=yes\nProtectKernelModules=yes\n");
        unit.append("ProtectControlGroups=yes\nProtectClock=yes\nProtectHostname=yes\nRestrictNamespaces=yes\n");
        unit.append("RestrictRealtime=yes\nRestrictSUIDSGID=yes\nLockPersonality=yes\n");
        unit.append("RestrictAddressFamilies=AF_INET AF_INET6 AF_UNIX\nSystemCallArchitectures=native\n");
        unit.append("CapabilityBoundingSet=\n");
        unit.append("ReadWritePaths=").append(home).append("/pki\n");
        unit.append("\n[Install]\nWantedBy=multi-user.target\n");
        return unit.toString();
    }
}
