/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.scoping;

/**
 * Local scopes of .twin files: Xtext's defaults (connections by name within the file). Plant elements come
 * from {@link PlantGlobalScopeProvider}.
 */
public class TwinScopeProvider extends AbstractTwinScopeProvider {
}
