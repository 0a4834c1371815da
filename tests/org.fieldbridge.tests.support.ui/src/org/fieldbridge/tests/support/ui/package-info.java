/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * SWT helpers shared by the UI test bundles (only bundles with {@code .ui} in their name may use SWT,
 * docs/architecture.md): screenshots as evidence of what a person sees, and running the event loop.
 */
package org.fieldbridge.tests.support.ui;
