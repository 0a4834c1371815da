/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.onboarding;

import java.util.List;

import org.fieldbridge.onboarding.write.PlantAssembly;
import org.fieldbridge.onboarding.write.TargetFiles;

/**
 * An import read and planned but not written: the sources' tags with their suggestions, for the engineer to
 * review ({@link Importer#write} writes it once, with the decisions). It holds the target plant loaded in memory.
 *
 * @param request what was asked
 * @param line the line's path, {@code Enterprise.Site.Area.Line}
 * @param target the .plant and .twin, loaded
 * @param assembly adds the plan to the loaded plant
 * @param plan the signals, controllers and review items as suggested
 * @param tags how many tags the sources have
 * @param formats per source, the format it was read as
 * @param started when the import started ({@link System#nanoTime()})
 */
public record ImportPreview(ImportRequest request, List<String> line, TargetFiles target, PlantAssembly assembly,
        ImportPlan plan, int tags, List<String> formats, long started) {

    public ImportPreview {
        line = List.copyOf(line);
        formats = List.copyOf(formats);
    }
}
