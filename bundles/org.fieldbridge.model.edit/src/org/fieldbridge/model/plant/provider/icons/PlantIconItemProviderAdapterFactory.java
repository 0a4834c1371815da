/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.plant.provider.icons;

import org.eclipse.emf.common.notify.Adapter;
import org.fieldbridge.model.plant.provider.AnonymousIdentityItemProvider;
import org.fieldbridge.model.plant.provider.AreaItemProvider;
import org.fieldbridge.model.plant.provider.CalibrationRecordItemProvider;
import org.fieldbridge.model.plant.provider.ControllerItemProvider;
import org.fieldbridge.model.plant.provider.EngineeringUnitItemProvider;
import org.fieldbridge.model.plant.provider.EnterpriseItemProvider;
import org.fieldbridge.model.plant.provider.EquipmentItemProvider;
import org.fieldbridge.model.plant.provider.InstrumentItemProvider;
import org.fieldbridge.model.plant.provider.LineItemProvider;
import org.fieldbridge.model.plant.provider.ModbusTcpEndpointItemProvider;
import org.fieldbridge.model.plant.provider.OpcUaEndpointItemProvider;
import org.fieldbridge.model.plant.provider.PlantItemProvider;
import org.fieldbridge.model.plant.provider.RoleItemProvider;
import org.fieldbridge.model.plant.provider.SignalItemProvider;
import org.fieldbridge.model.plant.provider.SiteItemProvider;
import org.fieldbridge.model.plant.provider.UsernameIdentityItemProvider;
import org.fieldbridge.model.plant.provider.ValueRangeItemProvider;
import org.fieldbridge.model.plant.provider.WorkCellItemProvider;
import org.fieldbridge.model.plant.provider.X509IdentityItemProvider;
import org.fieldbridge.model.plant.provider.PlantItemProviderAdapterFactory;

/**
 * The plant's item providers with Fieldbridge's icons ({@link PlantIcons}: one per equipment kind and signal
 * kind, not only per class). This is the factory plugin.xml registers; everything but {@code getImage} is the
 * generated providers'. A subclass rather than edits of the generated code, which
 * {@code releng/emf-codegen/regenerate.sh} replaces wholesale.
 */
public class PlantIconItemProviderAdapterFactory extends PlantItemProviderAdapterFactory {

    @Override
    public Adapter createPlantAdapter() {
        if (plantItemProvider == null) {
            plantItemProvider = new PlantItemProvider(this) {
                @Override
                public Object getImage(Object object) {
                    return PlantIcons.of(object);
                }
            };
        }
        return plantItemProvider;
    }

    @Override
    public Adapter createEnterpriseAdapter() {
        if (enterpriseItemProvider == null) {
            enterpriseItemProvider = new EnterpriseItemProvider(this) {
                @Override
                public Object getImage(Object object) {
                    return PlantIcons.of(object);
                }
            };
        }
        return enterpriseItemProvider;
    }

    @Override
    public Adapter createSiteAdapter() {
        if (siteItemProvider == null) {
            siteItemProvider = new SiteItemProvider(this) {
                @Override
                public Object getImage(Object object) {
                    return PlantIcons.of(object);
                }
            };
        }
        return siteItemProvider;
    }

    @Override
    public Adapter createAreaAdapter() {
        if (areaItemProvider == null) {
            areaItemProvider = new AreaItemProvider(this) {
                @Override
                public Object getImage(Object object) {
                    return PlantIcons.of(object);
                }
            };
        }
        return areaItemProvider;
    }

    @Override
    public Adapter createLineAdapter() {
        if (lineItemProvider == null) {
            lineItemProvider = new LineItemProvider(this) {
                @Override
                public Object getImage(Object object) {
                    return PlantIcons.of(object);
                }
            };
        }
        return lineItemProvider;
    }

    @Override
    public Adapter createWorkCellAdapter() {
        if (workCellItemProvider == null) {
            workCellItemProvider = new WorkCellItemProvider(this) {
                @Override
                public Object getImage(Object object) {
                    return PlantIcons.of(object);
                }
            };
        }
        return workCellItemProvider;
    }

    @Override
    public Adapter createEquipmentAdapter() {
        if (equipmentItemProvider == null) {
            equipmentItemProvider = new EquipmentItemProvider(this) {
                @Override
                public Object getImage(Object object) {
                    return PlantIcons.of(object);
                }
            };
        }
        return equipmentItemProvider;
    }

    @Override
    public Adapter createSignalAdapter() {
        if (signalItemProvider == null) {
            signalItemProvider = new SignalItemProvider(this) {
                @Override
                public Object getImage(Object object) {
                    return PlantIcons.of(object);
                }
            };
        }
        return signalItemProvider;
    }

    @Override
    public Adapter createValueRangeAdapter() {
        if (valueRangeItemProvider == null) {
            valueRangeItemProvider = new ValueRangeItemProvider(this) {
                @Override
                public Object getImage(Object object) {
                    return PlantIcons.of(object);
                }
            };
        }
        return valueRangeItemProvider;
    }

    @Override
    public Adapter createEngineeringUnitAdapter() {
        if (engineeringUnitItemProvider == null) {
            engineeringUnitItemProvider = new EngineeringUnitItemProvider(this) {
                @Override
                public Object getImage(Object object) {
                    return PlantIcons.of(object);
                }
            };
        }
        return engineeringUnitItemProvider;
    }

    @Override
    public Adapter createInstrumentAdapter() {
        if (instrumentItemProvider == null) {
            instrumentItemProvider = new InstrumentItemProvider(this) {
                @Override
                public Object getImage(Object object) {
                    return PlantIcons.of(object);
                }
            };
        }
        return instrumentItemProvider;
    }

    @Override
    public Adapter createCalibrationRecordAdapter() {
        if (calibrationRecordItemProvider == null) {
            calibrationRecordItemProvider = new CalibrationRecordItemProvider(this) {
                @Override
                public Object getImage(Object object) {
                    return PlantIcons.of(object);
                }
            };
        }
        return calibrationRecordItemProvider;
    }

    @Override
    public Adapter createControllerAdapter() {
        if (controllerItemProvider == null) {
            controllerItemProvider = new ControllerItemProvider(this) {
                @Override
                public Object getImage(Object object) {
                    return PlantIcons.of(object);
                }
            };
        }
        return controllerItemProvider;
    }

    @Override
    public Adapter createModbusTcpEndpointAdapter() {
        if (modbusTcpEndpointItemProvider == null) {
            modbusTcpEndpointItemProvider = new ModbusTcpEndpointItemProvider(this) {
                @Override
                public Object getImage(Object object) {
                    return PlantIcons.of(object);
                }
            };
        }
        return modbusTcpEndpointItemProvider;
    }

    @Override
    public Adapter createOpcUaEndpointAdapter() {
        if (opcUaEndpointItemProvider == null) {
            opcUaEndpointItemProvider = new OpcUaEndpointItemProvider(this) {
                @Override
                public Object getImage(Object object) {
                    return PlantIcons.of(object);
                }
            };
        }
        return opcUaEndpointItemProvider;
    }

    @Override
    public Adapter createAnonymousIdentityAdapter() {
        if (anonymousIdentityItemProvider == null) {
            anonymousIdentityItemProvider = new AnonymousIdentityItemProvider(this) {
                @Override
                public Object getImage(Object object) {
                    return PlantIcons.of(object);
                }
            };
        }
        return anonymousIdentityItemProvider;
    }

    @Override
    public Adapter createUsernameIdentityAdapter() {
        if (usernameIdentityItemProvider == null) {
            usernameIdentityItemProvider = new UsernameIdentityItemProvider(this) {
                @Override
                public Object getImage(Object object) {
                    return PlantIcons.of(object);
                }
            };
        }
        return usernameIdentityItemProvider;
    }

    @Override
    public Adapter createX509IdentityAdapter() {
        if (x509IdentityItemProvider == null) {
            x509IdentityItemProvider = new X509IdentityItemProvider(this) {
                @Override
                public Object getImage(Object object) {
                    return PlantIcons.of(object);
                }
            };
        }
        return x509IdentityItemProvider;
    }

    @Override
    public Adapter createRoleAdapter() {
        if (roleItemProvider == null) {
            roleItemProvider = new RoleItemProvider(this) {
                @Override
                public Object getImage(Object object) {
                    return PlantIcons.of(object);
                }
            };
        }
        return roleItemProvider;
    }
}
