/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.app;

import org.fieldbridge.runtime.Sample;
import org.fieldbridge.runtime.behaviour.BehaviourEvent;

/** Outputs handed to behaviours before the runtime exists; they forward once bound and drop before. */
final class DeferredOutputs implements TwinOutputs {

    private volatile TwinOutputs target;

    void bind(TwinOutputs newTarget) {
        target = newTarget;
    }

    @Override
    public void publish(String id, Sample sample) {
        TwinOutputs t = target;
        if (t != null) {
            t.publish(id, sample);
        }
    }

    @Override
    public void event(String sourceId, BehaviourEvent event) {
        TwinOutputs t = target;
        if (t != null) {
            t.event(sourceId, event);
        }
    }
}
