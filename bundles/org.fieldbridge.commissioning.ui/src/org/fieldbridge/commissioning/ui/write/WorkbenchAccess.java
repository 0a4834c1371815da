/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.ui.write;

import java.nio.file.Path;

import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.fieldbridge.commissioning.connect.OpcUaAccess;
import org.fieldbridge.commissioning.ui.secrets.PasswordDialog;
import org.fieldbridge.commissioning.ui.secrets.SecureStorageSecrets;
import org.fieldbridge.core.secrets.SecretReader;

/** OPC UA access as the workbench has it: the user's commissioning PKI, passwords from secure storage. */
public final class WorkbenchAccess {

    private WorkbenchAccess() {
    }

    /** @return access whose secrets come from the environment, files and the workbench's secure storage */
    public static OpcUaAccess opcua() {
        OpcUaAccess access = OpcUaAccess.of(System.getenv(), OpcUaAccess.defaultPki());
        return access.withSecrets(new SecureStorageSecrets(SecurePreferencesFactory.getDefault(),
                new SecretReader(System.getenv(), Path.of("").toAbsolutePath()), PasswordDialog.prompt()));
    }
}
