/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.validation;

import org.eclipse.xtext.validation.ComposedChecks;

/**
 * Entry point of the .twin checks. The checks themselves live in small validators by topic; every problem
 * carries a code from {@link TwinIssueCodes}.
 */
@ComposedChecks(validators = { ConnectionValidator.class, MappingValidator.class, MappingTypeValidator.class,
        RegisterValidator.class,
        AlignmentValidator.class, BehaviourValidator.class })
public class TwinValidator extends AbstractTwinValidator {
}
