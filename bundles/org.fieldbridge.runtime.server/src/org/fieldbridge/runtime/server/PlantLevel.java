/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server;

/**
 * The level of an element of the plant hierarchy (the ISA-95 equipment hierarchy the plant model
 * uses). Every level is exposed as an OPC UA Object; the level is written into the element's
 * Description when the model gives none, so that a generic client still sees it.
 */
public enum PlantLevel {
    ENTERPRISE, SITE, AREA, LINE, CELL, EQUIPMENT
}
