/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.plant.validation;

import org.eclipse.emf.ecore.EObject;
import org.fieldbridge.model.plant.CalibrationRecord;
import org.fieldbridge.model.plant.EngineeringUnit;
import org.fieldbridge.model.plant.ModbusTcpEndpoint;
import org.fieldbridge.model.plant.NamedElement;
import org.fieldbridge.model.plant.OpcUaEndpoint;
import org.fieldbridge.model.plant.Plant;
import org.fieldbridge.model.plant.UserIdentity;
import org.fieldbridge.model.plant.ValueRange;

/** How validation messages name elements: a plant engineer must find the element from the message alone. */
public final class ElementLabels {

    private ElementLabels() {
    }

    /**
     * Describes an element by kind and qualified name.
     *
     * @param object any plant element
     * @return e.g. {@code signal Acme.Riverside.Finishing.AnodizingLine.Tank3.BathTemp}
     */
    public static String describe(EObject object) {
        if (object instanceof NamedElement named) {
            return kind(named) + " " + named.qualifiedName();
        }
        if (object instanceof CalibrationRecord record) {
            String certificate = record.getCertificateId();
            if (certificate == null || certificate.isBlank()) {
                int number = record.eContainer() == null ? 1 : record.eContainer().eContents().indexOf(record) + 1;
                return "calibration record #" + number + " of " + describe(record.eContainer());
            }
            return "calibration certificate '" + certificate + "' of " + describe(record.eContainer());
        }
        if (object instanceof EngineeringUnit unit) {
            return "unit '" + unit.getCommonCode() + "'";
        }
        if (object instanceof ModbusTcpEndpoint) {
            return "Modbus TCP endpoint of " + describe(object.eContainer());
        }
        if (object instanceof OpcUaEndpoint) {
            return "OPC UA endpoint of " + describe(object.eContainer());
        }
        if (object instanceof UserIdentity) {
            return "user identity of the " + describe(object.eContainer());
        }
        if (object instanceof ValueRange) {
            return "valid range of " + describe(object.eContainer());
        }
        if (object instanceof Plant || object == null) {
            return "plant";
        }
        return object.eClass().getName();
    }

    /**
     * Names the kind of an element in words, with the indefinite article.
     *
     * @param object any element
     * @return e.g. {@code an equipment}, {@code a signal}
     */
    public static String aKind(EObject object) {
        String kind = kind(object);
        return ("aeiou".indexOf(kind.charAt(0)) >= 0 ? "an " : "a ") + kind;
    }

    /**
     * Names the kind of an element in words.
     *
     * @param object any element
     * @return e.g. {@code work cell} for a WorkCell
     */
    public static String kind(EObject object) {
        String name = object.eClass().getName();
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c) && i > 0) {
                words.append(' ');
            }
            words.append(Character.toLowerCase(c));
        }
        return words.toString();
    }
}
