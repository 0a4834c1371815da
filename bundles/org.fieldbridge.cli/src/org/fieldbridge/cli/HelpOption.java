/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.cli;

import picocli.CommandLine.Option;

/** {@code -h}/{@code --help} of every {@code fieldbridge} command (a picocli mixin). */
final class HelpOption {

    @Option(names = { "-h", "--help" }, usageHelp = true, description = "show this help and exit")
    private boolean help;
}
