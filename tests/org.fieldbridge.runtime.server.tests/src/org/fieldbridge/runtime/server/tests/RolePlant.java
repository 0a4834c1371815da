/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server.tests;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fieldbridge.runtime.behaviour.BehaviourEvent;
import org.fieldbridge.runtime.server.AddressSpaceDescription;
import org.fieldbridge.runtime.server.TwinOpcUaServer;
import org.fieldbridge.runtime.server.BehaviourDescription;
import org.fieldbridge.runtime.server.StateDescription;
import org.fieldbridge.runtime.server.EuRange;
import org.fieldbridge.runtime.server.PasswordCheck;
import org.fieldbridge.runtime.server.PasswordHash;
import org.fieldbridge.runtime.server.PlantElement;
import org.fieldbridge.runtime.server.PlantLevel;
import org.fieldbridge.runtime.server.PlantPermission;
import org.fieldbridge.runtime.server.RoleDescription;
import org.fieldbridge.runtime.server.SecretResolver;
import org.fieldbridge.runtime.server.SignalDescription;
import org.fieldbridge.runtime.server.SignalType;
import org.fieldbridge.runtime.server.TwinServerConfig;

/**
 * A Riverside-like plant with two lines and role assignments, and one user per role with a random password:
 * {@code anna} operates the anodizing line, {@code paul} the powder-coating line, {@code quinn} is the
 * quality manager of the whole Finishing area (read-only), {@code nobody} has no role.
 */
final class RolePlant implements SecretResolver {

    static final String ANODIZING_TEMP = "Acme.Riverside.Finishing.AnodizingLine.Tank3.BathTemp";
    static final String POWDER_TEMP = "Acme.Riverside.Finishing.PowderCoating.Oven2.ZoneTemp";
    static final String FINISHING = "Acme.Riverside.Finishing";
    static final String TANK = "Acme.Riverside.Finishing.AnodizingLine.Tank3";
    static final String OVEN = "Acme.Riverside.Finishing.PowderCoating.Oven2";
    /** The anodizing line's alarm, an AlarmConditionType instance under Tank3. */
    static final String BATH_TOO_HOT = TANK + ".BathTooHot";
    /** The powder-coating line's overshoot monitor, an AlarmConditionType instance under Oven2. */
    static final String OVEN_OVERSHOOT = OVEN + ".OvenOvershoot";

    static final List<String> USERS = List.of("anna", "paul", "quinn", "nobody");

    private final Map<String, String> passwords = new LinkedHashMap<>();
    private final Map<String, PasswordCheck> hashes = new LinkedHashMap<>();
    private final char[] keyStorePassword = random().toCharArray();

    RolePlant() {
        for (String user : USERS) {
            String password = random();
            passwords.put(user, password);
            hashes.put(user, PasswordHash.of(password.toCharArray(), 1_000));
        }
    }

    String password(String user) {
        return passwords.get(user);
    }

    /** Gives the users their plant roles. */
    static TwinServerConfig.Builder users(TwinServerConfig.Builder builder) {
        return builder.userRoles("anna", List.of("anodizingOperator"))
                .userRoles("paul", List.of("powderOperator"))
                .userRoles("quinn", List.of("qualityManager"));
    }

    static AddressSpaceDescription description() {
        PlantElement tank = PlantElement.builder(PlantLevel.EQUIPMENT, "Tank3")
                .signal(new SignalDescription("BathTemp", "Bath temperature", "", SignalType.DOUBLE, AcmePlant.CELSIUS,
                        new EuRange(0.0, 40.0)))
                .behaviour(alarm("BathTooHot", "Bath too hot", "Tank3.BathTemp > 24.5 degC").withSourceSignal(ANODIZING_TEMP))
                .build();
        PlantElement oven = PlantElement.builder(PlantLevel.EQUIPMENT, "Oven2")
                .signal(new SignalDescription("ZoneTemp", "Zone temperature", "", SignalType.DOUBLE, AcmePlant.CELSIUS,
                        new EuRange(0.0, 250.0)))
                .behaviour(alarm("OvenOvershoot", "Oven overshoot", "Oven2.ZoneTemp above its setpoint by 2 degC"))
                .build();
        PlantElement anodizing = PlantElement.builder(PlantLevel.LINE, "AnodizingLine").child(tank)
                .role("anodizingOperator").role("qualityManager").build();
        PlantElement powder = PlantElement.builder(PlantLevel.LINE, "PowderCoating").child(oven)
                .role("powderOperator").role("qualityManager").build();
        PlantElement area = PlantElement.builder(PlantLevel.AREA, "Finishing").child(anodizing).child(powder)
                .role("qualityManager").build();
        PlantElement site = PlantElement.builder(PlantLevel.SITE, "Riverside").child(area).build();
        PlantElement enterprise = PlantElement.builder(PlantLevel.ENTERPRISE, "Acme").child(site).build();
        List<PlantPermission> operator = List.of(PlantPermission.BROWSE, PlantPermission.READ,
                PlantPermission.ACKNOWLEDGE_ALARMS);
        return new AddressSpaceDescription(List.of(enterprise), List.of(
                new RoleDescription("anodizingOperator", "Anodizing line operator", java.util.Set.copyOf(operator)),
                new RoleDescription("powderOperator", "Powder-coating line operator", java.util.Set.copyOf(operator)),
                RoleDescription.of("qualityManager", PlantPermission.BROWSE, PlantPermission.READ)));
    }

    /** Raises both lines' alarms, so that the matrix can acknowledge them. */
    static void raiseAlarms(TwinOpcUaServer server) {
        java.time.Instant now = java.time.Instant.now();
        server.fireEvent(TANK, new BehaviourEvent("BathTooHot", BehaviourEvent.Type.RAISED, now, 25.1, 700,
                "BathTooHot active: 25.1 > 24.5 for PT5S"));
        server.fireEvent(OVEN, new BehaviourEvent("OvenOvershoot", BehaviourEvent.Type.RAISED, now, 185.0, 500,
                "OvenOvershoot active: 185.0 exceeds setpoint 180.0 by 5.0"));
    }

    /** @return the EventId (hex) of the condition's current activation, as a client got it from its event */
    static String eventIdHex(TwinOpcUaServer server, String conditionId) {
        return server.conditions().condition(conditionId).orElseThrow().current().orElseThrow().eventId().hex();
    }

    private static BehaviourDescription alarm(String name, String displayName, String description) {
        return new BehaviourDescription(name, displayName, description, List.of(
                new StateDescription("Active", "Active", "The alarm is active", SignalType.BOOLEAN)));
    }

    @Override
    public Optional<PasswordCheck> passwordCheck(String userName) {
        return Optional.ofNullable(hashes.get(userName));
    }

    @Override
    public char[] keyStorePassword() {
        return keyStorePassword.clone();
    }

    private static String random() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return "pw-" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
