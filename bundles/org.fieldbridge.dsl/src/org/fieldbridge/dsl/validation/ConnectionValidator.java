/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.validation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.EValidatorRegistrar;
import org.fieldbridge.core.modbus.ModbusLimits;
import org.fieldbridge.core.secrets.SecretConsumer;
import org.fieldbridge.dsl.scoping.PlantImports;
import org.fieldbridge.dsl.twin.Connection;
import org.fieldbridge.dsl.twin.Duration;
import org.fieldbridge.dsl.twin.MaxRegistersSetting;
import org.fieldbridge.dsl.twin.ModbusConnection;
import org.fieldbridge.dsl.twin.OpcUaConnection;
import org.fieldbridge.dsl.twin.PlantImport;
import org.fieldbridge.dsl.twin.SecretLiteral;
import org.fieldbridge.dsl.twin.SecretReference;
import org.fieldbridge.dsl.twin.TwinModel;
import org.fieldbridge.dsl.twin.TwinPackage.Literals;

/** Checks of imports and connections: endpoints, protocol limits, settings, secrets. */
public class ConnectionValidator extends AbstractDeclarativeValidator {

    private static final Pattern HOST_PORT = Pattern.compile("([A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?|\\[[0-9A-Fa-f:.]+\\]):(\\d{1,5})");
    private static final Pattern OPC_TCP = Pattern.compile("opc\\.tcp://([A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?|\\[[0-9A-Fa-f:.]+\\])(:(\\d{1,5}))?(/\\S*)?");
    private static final int MAX_PORT = 65535;

    @Override
    public void register(EValidatorRegistrar registrar) {
        // composed into TwinValidator
    }

    @Check
    public void importResolves(PlantImport plantImport) {
        if (PlantImports.load(plantImport) == null) {
            error("Cannot read the plant model '" + plantImport.getImportURI()
                    + "' (the path is relative to this file). Check the file name and that it is a .plant file.",
                    Literals.PLANT_IMPORT__IMPORT_URI, TwinIssueCodes.IMPORT_UNRESOLVED);
        }
    }

    @Check
    public void connectionNamesAreUnique(TwinModel model) {
        Map<String, Connection> seen = new HashMap<>();
        for (EObject element : model.getElements()) {
            if (element instanceof Connection connection && connection.getName() != null) {
                Connection first = seen.putIfAbsent(connection.getName(), connection);
                if (first != null) {
                    error("A connection named " + connection.getName() + " is already declared on line "
                            + SignalFacts.line(first) + ".", connection, Literals.CONNECTION__NAME,
                            TwinIssueCodes.CONNECTION_DUPLICATE);
                }
            }
        }
    }

    @Check
    public void modbusEndpoint(ModbusConnection connection) {
        String endpoint = connection.getEndpoint();
        Matcher matcher = endpoint == null ? null : HOST_PORT.matcher(endpoint);
        if (matcher == null || !matcher.matches()) {
            error("A Modbus TCP endpoint is written \"host:port\", e.g. \"127.0.0.1:502\".",
                    Literals.CONNECTION__ENDPOINT, TwinIssueCodes.ENDPOINT_INVALID);
        } else if (!validPort(matcher.group(3))) {
            error("The port must be between 1 and 65535.", Literals.CONNECTION__ENDPOINT,
                    TwinIssueCodes.ENDPOINT_INVALID);
        }
        if (!ModbusLimits.isUnitId(connection.getUnitId())) {
            error("A Modbus unit id is 0 to 255 (one byte); " + connection.getUnitId() + " cannot be sent.",
                    Literals.MODBUS_CONNECTION__UNIT_ID, TwinIssueCodes.MODBUS_LIMIT);
        }
        noDuplicateSettings(connection.getSettings());
    }

    @Check
    public void maxRegisters(MaxRegistersSetting setting) {
        int count = setting.getCount();
        if (!ModbusLimits.isRegisterQuantity(count)) {
            error("One Modbus read request carries 1 to " + ModbusLimits.MAX_READ_REGISTERS
                    + " registers (Modbus Application Protocol §6.3); " + count + " is not possible.",
                    Literals.MAX_REGISTERS_SETTING__COUNT, TwinIssueCodes.MODBUS_LIMIT);
        }
    }

    @Check
    public void opcUaEndpoint(OpcUaConnection connection) {
        String endpoint = connection.getEndpoint();
        Matcher matcher = endpoint == null ? null : OPC_TCP.matcher(endpoint);
        if (matcher == null || !matcher.matches()) {
            error("An OPC UA endpoint is written \"opc.tcp://host:port/path\", e.g."
                    + " \"opc.tcp://127.0.0.1:4840/server\".", Literals.CONNECTION__ENDPOINT,
                    TwinIssueCodes.ENDPOINT_INVALID);
        } else if (matcher.group(4) != null && !validPort(matcher.group(4))) {
            error("The port must be between 1 and 65535.", Literals.CONNECTION__ENDPOINT,
                    TwinIssueCodes.ENDPOINT_INVALID);
        }
        noDuplicateSettings(connection.getSettings());
    }

    private static boolean validPort(String digits) {
        int port = Integer.parseInt(digits);
        return port >= 1 && port <= MAX_PORT;
    }

    private void noDuplicateSettings(List<? extends EObject> settings) {
        Map<String, EObject> seen = new HashMap<>();
        for (EObject setting : settings) {
            String kind = setting.eClass().getName();
            if (seen.putIfAbsent(kind, setting) != null) {
                error("This setting is already given above in the same block; keep one.", setting, null,
                        TwinIssueCodes.SETTING_DUPLICATE);
            }
        }
    }

    @Check
    public void secretIsNotALiteral(SecretLiteral literal) {
        error("A password must never be written into a .twin file. Keep it outside (an environment variable or a"
                + " file only the runtime's user can read) and refer to it, e.g. password secret"
                + " \"env:FB_OVEN2_PASSWORD\".",
                Literals.SECRET_LITERAL__LITERAL, TwinIssueCodes.SECRET_LITERAL);
    }

    /**
     * A {@code .twin} connection is read by the generated runtime on an edge box, so its secret references must
     * use a scheme that runtime reads ({@link SecretConsumer#GENERATED_RUNTIME}); saying so here keeps the
     * surprise out of the first start on site.
     */
    @Check
    public void secretReferenceIsWellFormed(SecretReference reference) {
        org.fieldbridge.core.secrets.SecretReference parsed;
        try {
            parsed = org.fieldbridge.core.secrets.SecretReference.parse(reference.getReference());
        } catch (IllegalArgumentException e) {
            error("The secret reference " + e.getMessage() + ". Write e.g. \"env:FB_OVEN2_PASSWORD\" or"
                    + " \"file:/etc/fieldbridge/oven2.pw\".", Literals.SECRET_REFERENCE__REFERENCE,
                    TwinIssueCodes.SECRET_REFERENCE);
            return;
        }
        String unsupported = SecretConsumer.GENERATED_RUNTIME.unsupported(parsed.scheme());
        if (unsupported != null) {
            error("The secret reference " + parsed.scheme().prefix() + ": cannot be used in a connection: "
                    + unsupported + ".", Literals.SECRET_REFERENCE__REFERENCE,
                    TwinIssueCodes.SECRET_SCHEME_UNSUPPORTED_BY_RUNTIME);
        }
    }

    @Check
    public void durationIsPositive(Duration duration) {
        if (duration.getValue() <= 0) {
            error("A period or time-out must be longer than zero.", Literals.DURATION__VALUE,
                    TwinIssueCodes.VALUE_NOT_POSITIVE);
        }
    }
}
