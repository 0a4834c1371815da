/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.onboarding;

import java.nio.file.Path;
import java.util.List;

/**
 * What an import did.
 *
 * @param plantFile the .plant written or added to
 * @param twinFile the .twin written or added to
 * @param created whether both files are new (else the import was added to them)
 * @param tags tags read from all sources
 * @param mapped signals and mappings added
 * @param alreadyMapped tags left out because the .twin already maps them
 * @param review what the engineer decides on
 * @param formats per source, the format it was read as
 * @param millis how long the import took
 */
public record ImportResult(Path plantFile, Path twinFile, boolean created, int tags, int mapped, int alreadyMapped,
        List<ReviewItem> review, List<String> formats, long millis) {

    public ImportResult {
        review = List.copyOf(review);
        formats = List.copyOf(formats);
    }

    /** @return the one-line summary for standard error */
    public String summary() {
        return "imported " + tags + (tags == 1 ? " tag" : " tags") + " (" + String.join(", ", formats) + "): "
                + mapped + " mapped, " + review.stream().filter(r -> !r.mapped()).count() + " not mapped, "
                + review.size() + " to review" + (alreadyMapped > 0 ? ", " + alreadyMapped + " already mapped" : "")
                + "; " + (created ? "wrote " : "added to ") + plantFile.getFileName() + " and " + twinFile.getFileName()
                + " in " + millis + " ms";
    }
}
