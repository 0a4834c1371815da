/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.ide;

/**
 * Guice bindings of the UI-free IDE services of the .twin language (content assist, hover and the other
 * LSP-style services of org.eclipse.xtext.ide), used by the workbench editor and usable over LSP.
 */
public class TwinIdeModule extends AbstractTwinIdeModule {
}
