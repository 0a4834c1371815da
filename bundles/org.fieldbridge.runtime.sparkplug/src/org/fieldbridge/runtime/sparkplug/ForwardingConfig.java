/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.sparkplug;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Store-and-forward and primary host settings of the edge node ({@code sparkplug.queue.*} and
 * {@code sparkplug.primaryHostId}, docs/sparkplug.md).
 *
 * @param queueFolder the folder of the queue ({@code <data folder>/sparkplug} in a runtime)
 * @param maxSamples the bound: at it, the oldest sample is dropped (and counted)
 * @param primaryHostId the host id of the primary host application whose STATE gates publishing, or null
 */
public record ForwardingConfig(Path queueFolder, long maxSamples, String primaryHostId) {

    /** The bound when none is configured: about 600 MB on disk; at 1,000 samples/s close to three hours. */
    public static final long DEFAULT_MAX_SAMPLES = 10_000_000;

    public ForwardingConfig {
        Objects.requireNonNull(queueFolder, "queueFolder");
        if (maxSamples < 1) {
            throw new IllegalArgumentException("the store-and-forward queue holds at least 1 sample, not " + maxSamples);
        }
        if (primaryHostId != null) {
            SparkplugIds.requireValid("primary host id", primaryHostId);
        }
    }

    /** @return the queue in {@code folder} with the default bound and no primary host */
    public static ForwardingConfig in(Path folder) {
        return new ForwardingConfig(folder, DEFAULT_MAX_SAMPLES, null);
    }
}
