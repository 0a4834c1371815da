/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * Controller endpoint syntax (host:port, opc.tcp URLs): one parser for the language, the generator and the runtime.
 */
package org.fieldbridge.core.endpoint;
