/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * The commissioning session of a workbench window: the .twin files being commissioned, their resolved model and
 * one link per connection, shared by the Connections, OPC UA Browser, Register Scanner and Live Values views.
 */
package org.fieldbridge.commissioning.ui.session;
