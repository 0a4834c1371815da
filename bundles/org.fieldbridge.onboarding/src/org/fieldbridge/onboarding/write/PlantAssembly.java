/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.onboarding.write;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.util.EList;
import org.fieldbridge.core.units.UnitTable;
import org.fieldbridge.model.plant.Area;
import org.fieldbridge.model.plant.Controller;
import org.fieldbridge.model.plant.EngineeringUnit;
import org.fieldbridge.model.plant.Enterprise;
import org.fieldbridge.model.plant.Equipment;
import org.fieldbridge.model.plant.Line;
import org.fieldbridge.model.plant.MessageSecurityMode;
import org.fieldbridge.model.plant.ModbusTcpEndpoint;
import org.fieldbridge.model.plant.NamedElement;
import org.fieldbridge.model.plant.OpcUaEndpoint;
import org.fieldbridge.model.plant.Plant;
import org.fieldbridge.model.plant.PlantFactory;
import org.fieldbridge.model.plant.Quantity;
import org.fieldbridge.model.plant.SecurityPolicy;
import org.fieldbridge.model.plant.Signal;
import org.fieldbridge.model.plant.SignalDataType;
import org.fieldbridge.model.plant.SignalKind;
import org.fieldbridge.model.plant.Site;
import org.fieldbridge.model.plant.UsernameIdentity;
import org.fieldbridge.model.plant.ValueRange;
import org.fieldbridge.onboarding.ImportPlan;
import org.fieldbridge.onboarding.PlannedController;
import org.fieldbridge.onboarding.PlannedSignal;
import org.fieldbridge.onboarding.suggest.SignalSuggestion;

/**
 * Adds an import to a plant model: the ISA-95 path down to the line (created where missing), the controllers,
 * the units, and per signal its equipment (created where missing, on the line) and the signal. Only adds;
 * nothing that is there is changed.
 */
public final class PlantAssembly {

    private static final PlantFactory FACTORY = PlantFactory.eINSTANCE;

    private final Plant plant;
    private final Line line;

    /**
     * @param plant the plant to add to (new or loaded)
     * @param linePath {@code Enterprise.Site.Area.Line}
     */
    public PlantAssembly(Plant plant, List<String> linePath) {
        this.plant = plant;
        Enterprise enterprise = named(plant.getEnterprises(), linePath.get(0))
                .orElseGet(() -> add(plant.getEnterprises(), FACTORY.createEnterprise(), linePath.get(0)));
        Site site = named(enterprise.getSites(), linePath.get(1))
                .orElseGet(() -> add(enterprise.getSites(), FACTORY.createSite(), linePath.get(1)));
        Area area = named(site.getAreas(), linePath.get(2))
                .orElseGet(() -> add(site.getAreas(), FACTORY.createArea(), linePath.get(2)));
        this.line = named(area.getLines(), linePath.get(3))
                .orElseGet(() -> add(area.getLines(), FACTORY.createLine(), linePath.get(3)));
    }

    /** @return the line the import goes to */
    public Line line() {
        return line;
    }

    /**
     * @param plan what to add
     */
    public void add(ImportPlan plan) {
        for (PlannedController controller : plan.controllers()) {
            if (controller(controller.name()).isEmpty()) {
                plant.getControllers().add(controller(controller));
            }
        }
        for (PlannedSignal planned : plan.signals()) {
            Equipment equipment = named(line.getEquipment(), planned.equipment()).orElseGet(() -> {
                Equipment created = add(line.getEquipment(), FACTORY.createEquipment(), planned.equipment());
                created.setController(controller(planned.connection()).orElse(null));
                return created;
            });
            equipment.getSignals().add(signal(planned.suggestion()));
        }
    }

    private Optional<Controller> controller(String name) {
        return named(plant.getControllers(), name);
    }

    private static Controller controller(PlannedController planned) {
        Controller controller = FACTORY.createController();
        controller.setName(planned.name());
        if (planned.opcua()) {
            OpcUaEndpoint endpoint = FACTORY.createOpcUaEndpoint();
            endpoint.setEndpointUrl(planned.endpointUrl());
            endpoint.setSecurityPolicy(SecurityPolicy.get(planned.policy()));
            endpoint.setSecurityMode(switch (planned.mode()) {
                case "sign" -> MessageSecurityMode.SIGN;
                case "sign-and-encrypt" -> MessageSecurityMode.SIGN_AND_ENCRYPT;
                default -> MessageSecurityMode.NONE;
            });
            if (planned.user() != null) {
                UsernameIdentity identity = FACTORY.createUsernameIdentity();
                identity.setUsername(planned.user());
                identity.setSecretRef(planned.passwordRef());
                endpoint.setIdentity(identity);
            }
            controller.getEndpoints().add(endpoint);
        } else {
            ModbusTcpEndpoint endpoint = FACTORY.createModbusTcpEndpoint();
            endpoint.setHost(planned.host());
            endpoint.setPort(planned.port());
            endpoint.setUnitId(planned.unitId());
            controller.getEndpoints().add(endpoint);
        }
        return controller;
    }

    private Signal signal(SignalSuggestion suggestion) {
        Signal signal = FACTORY.createSignal();
        signal.setName(suggestion.signal());
        if (!suggestion.tag().description().isEmpty()) {
            signal.setDisplayName(suggestion.tag().description());
        }
        signal.setKind(SignalKind.get(suggestion.kind()));
        signal.setQuantity(Quantity.get(suggestion.quantity()));
        signal.setDataType(SignalDataType.get(suggestion.dataType()));
        if (!suggestion.unitCode().isEmpty()) {
            signal.setUnit(unit(suggestion.unitCode()));
        }
        if (suggestion.tag().hasRange() && !suggestion.dataType().equals("boolean")
                && !suggestion.dataType().equals("string")) {
            ValueRange range = FACTORY.createValueRange();
            range.setMinimum(suggestion.tag().low());
            range.setMaximum(suggestion.tag().high());
            signal.setValidRange(range);
        }
        return signal;
    }

    private EngineeringUnit unit(String code) {
        for (EngineeringUnit unit : plant.getUnits()) {
            if (code.equals(unit.getCommonCode())) {
                return unit;
            }
        }
        EngineeringUnit unit = FACTORY.createEngineeringUnit();
        unit.setCommonCode(code);
        UnitTable.standard().byCode(code).ifPresent(known -> {
            unit.setDisplayName(known.symbol());
            unit.setDescription(known.description());
        });
        plant.getUnits().add(unit);
        return unit;
    }

    private static <T extends NamedElement> Optional<T> named(EList<T> elements, String name) {
        return elements.stream().filter(e -> name.equals(e.getName())).findFirst();
    }

    private static <T extends NamedElement> T add(EList<? super T> elements, T element, String name) {
        element.setName(name);
        elements.add(element);
        return element;
    }
}
