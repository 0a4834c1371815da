/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.sparkplug;

/**
 * The Sparkplug B topics of one edge node: {@code spBv1.0/<group>/<type>/<edge node>[/<device>]}.
 *
 * @param groupId the group id
 * @param edgeNodeId the edge node id
 */
record SparkplugTopics(String groupId, String edgeNodeId) {

    static final String NAMESPACE = "spBv1.0";

    String node(String type) {
        return NAMESPACE + "/" + groupId + "/" + type + "/" + edgeNodeId;
    }

    String device(String type, String deviceId) {
        return node(type) + "/" + deviceId;
    }
}
