/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.validation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.EValidatorRegistrar;
import org.fieldbridge.core.endpoint.HostPort;
import org.fieldbridge.core.endpoint.OpcUaUrl;
import org.fieldbridge.core.modbus.ModbusLimits;
import org.fieldbridge.core.secrets.SecretConsumer;
import org.fieldbridge.dsl.scoping.PlantImports;
import org.fieldbridge.dsl.semantics.ConnectionEndpoints;
import org.fieldbridge.dsl.semantics.ConnectionEndpoints.ModbusTarget;
import org.fieldbridge.dsl.semantics.ConnectionSettings;
import org.fieldbridge.dsl.twin.Connection;
import org.fieldbridge.dsl.twin.Duration;
import org.fieldbridge.dsl.twin.MaxRegistersSetting;
import org.fieldbridge.dsl.twin.ModbusConnection;
import org.fieldbridge.dsl.twin.OpcUaConnection;
import org.fieldbridge.dsl.twin.PlantImport;
import org.fieldbridge.dsl.twin.SecretLiteral;
import org.fieldbridge.dsl.twin.SecretReference;
import org.fieldbridge.dsl.twin.SecuritySetting;
import org.fieldbridge.dsl.twin.TwinModel;
import org.fieldbridge.dsl.twin.TwinPackage.Literals;
import org.fieldbridge.model.plant.OpcUaEndpoint;

/**
 * Checks of imports and connections: endpoints (inherited from the plant, or overrides of it), protocol
 * limits, settings, secrets.
 */
public class ConnectionValidator extends AbstractDeclarativeValidator {


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

    /**
     * A Modbus connection's address: written here (an override, reported when it differs from the plant or
     * merely repeats it) or inherited from the plant controller of the same name.
     */
    @Check
    public void modbusEndpoint(ModbusConnection connection) {
        HostPort written = null;
        if (connection.getEndpoint() != null) {
            try {
                written = HostPort.parse(connection.getEndpoint(), ModbusLimits.DEFAULT_TCP_PORT);
            } catch (IllegalArgumentException e) {
                error("The Modbus TCP address " + e.getMessage() + ". Write \"host:port\", e.g. \"127.0.0.1:502\""
                        + " (the port defaults to " + ModbusLimits.DEFAULT_TCP_PORT + "), or leave the address out"
                        + " to use the plant's.", Literals.CONNECTION__ENDPOINT, TwinIssueCodes.ENDPOINT_INVALID);
            }
        }
        if (connection.isUnitGiven() && !ModbusLimits.isUnitId(connection.getUnitId())) {
            error("A Modbus unit id is 0 to " + ModbusLimits.MAX_UNIT_ID + " (one byte); " + connection.getUnitId()
                    + " cannot be sent.", Literals.MODBUS_CONNECTION__UNIT_ID, TwinIssueCodes.MODBUS_LIMIT);
        }
        ModbusTarget plant = ConnectionEndpoints.plantTarget(connection);
        if (connection.getEndpoint() == null && plant == null) {
            missingEndpoint(connection, "Modbus TCP", "connection " + connection.getName()
                    + " modbus tcp \"host:port\" unit N");
        } else if (plant != null) {
            if (written != null) {
                compareWithPlant(connection, written.toString(), plant.address().toString(),
                        Literals.CONNECTION__ENDPOINT);
            }
            if (connection.isUnitGiven()) {
                compareWithPlant(connection, "unit " + connection.getUnitId(), "unit " + plant.unitId(),
                        Literals.MODBUS_CONNECTION__UNIT_ID);
            }
        }
        noDuplicateSettings(connection.getSettings());
    }

    private void missingEndpoint(Connection connection, String protocol, String example) {
        String why = ConnectionEndpoints.controller(connection) == null
                ? "the imported plant has no controller named " + connection.getName()
                : "the plant's controller " + connection.getName() + " has no " + protocol + " endpoint";
        error("The connection " + connection.getName() + " has no address and " + why + ". Add the endpoint to"
                + " the controller in the plant (where every .twin finds it), name a plant controller, or write"
                + " the address here: " + example + ".", connection, Literals.CONNECTION__NAME,
                TwinIssueCodes.ENDPOINT_MISSING);
    }

    private void compareWithPlant(Connection connection, String written, String plant, EStructuralFeature feature) {
        if (!written.equals(plant)) {
            warning("This overrides the plant's address " + plant + " of controller " + connection.getName()
                    + " with " + written + ". If the plant is wrong, correct it there (import, commissioning and"
                    + " every .twin read it) and remove the address here.", connection, feature,
                    TwinIssueCodes.ENDPOINT_OVERRIDES_PLANT);
        } else {
            warning("This repeats the plant's address " + plant + " of controller " + connection.getName()
                    + "; remove it here so that the plant stays the one place to change it.", connection, feature,
                    TwinIssueCodes.ENDPOINT_REPEATS_PLANT);
        }
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

    /**
     * An OPC UA connection's URL: written here (an override, reported like a Modbus one) or inherited from the
     * plant controller; the runtime connects over opc.tcp only. Its security is compared with the plant's.
     */
    @Check
    public void opcUaEndpoint(OpcUaConnection connection) {
        OpcUaUrl written = null;
        if (connection.getEndpoint() != null) {
            try {
                written = OpcUaUrl.parse(connection.getEndpoint());
                if (!written.isOpcTcp()) {
                    error("The generated runtime connects over opc.tcp:// only; write e.g."
                            + " \"opc.tcp://127.0.0.1:4840/server\".", Literals.CONNECTION__ENDPOINT,
                            TwinIssueCodes.ENDPOINT_INVALID);
                }
            } catch (IllegalArgumentException e) {
                error("The OPC UA endpoint " + e.getMessage() + ". Write \"opc.tcp://host:port/path\", e.g."
                        + " \"opc.tcp://127.0.0.1:4840/server\", or leave it out to use the plant's.",
                        Literals.CONNECTION__ENDPOINT, TwinIssueCodes.ENDPOINT_INVALID);
            }
        }
        OpcUaUrl plant = ConnectionEndpoints.plantUrl(connection);
        if (connection.getEndpoint() == null && plant == null) {
            missingEndpoint(connection, "OPC UA", "connection " + connection.getName()
                    + " opcua \"opc.tcp://host:port/path\"");
        } else if (connection.getEndpoint() == null && !plant.isOpcTcp()) {
            error("The plant's controller " + connection.getName() + " is reached at " + plant + "; the generated"
                    + " runtime connects over opc.tcp:// only. Write an opc.tcp:// address here.", connection,
                    Literals.CONNECTION__NAME, TwinIssueCodes.ENDPOINT_INVALID);
        } else if (plant != null && written != null) {
            compareWithPlant(connection, written.toString(), plant.toString(), Literals.CONNECTION__ENDPOINT);
        }
        securityAgreesWithPlant(connection);
        noDuplicateSettings(connection.getSettings());
    }

    private void securityAgreesWithPlant(OpcUaConnection connection) {
        OpcUaEndpoint plant = ConnectionEndpoints.plantOpcUa(connection);
        if (plant == null) {
            return;
        }
        SecuritySetting security = ConnectionSettings.option(connection.getSettings(), SecuritySetting.class);
        String policy = security == null ? "None" : security.getPolicy().getLiteral();
        String mode = security == null ? "none" : security.getMode().getLiteral();
        String plantPolicy = plant.getSecurityPolicy().getLiteral();
        String plantMode = plant.getSecurityMode().getLiteral();
        if (!policy.equals(plantPolicy) || !mode.replace("-", "").equalsIgnoreCase(plantMode)) {
            String text = "The plant's endpoint of controller " + connection.getName() + " uses security "
                    + plantPolicy + " " + plantMode + ", this connection " + policy + " " + mode
                    + (security == null ? " (no security setting)" : "") + ". Make them agree, so that"
                    + " commissioning and the runtime see the controller the same way.";
            if (security == null) {
                warning(text, connection, Literals.CONNECTION__NAME, TwinIssueCodes.SECURITY_DISAGREES_WITH_PLANT);
            } else {
                warning(text, security, null, TwinIssueCodes.SECURITY_DISAGREES_WITH_PLANT);
            }
        }
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
