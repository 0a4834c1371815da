/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.app;

import java.util.ArrayList;
import java.util.List;

import org.fieldbridge.runtime.server.AddressSpaceDescription;
import org.fieldbridge.runtime.server.BehaviourDescription;
import org.fieldbridge.runtime.server.PlantElement;
import org.fieldbridge.runtime.server.PlantLevel;
import org.fieldbridge.runtime.server.SignalDescription;
import org.fieldbridge.runtime.server.StateDescription;
import org.fieldbridge.runtime.sparkplug.DeviceDefinition;
import org.fieldbridge.runtime.sparkplug.EdgeNodeModel;
import org.fieldbridge.runtime.sparkplug.MetricDefinition;
import org.fieldbridge.runtime.sparkplug.MetricKind;
import org.fieldbridge.runtime.sparkplug.MetricType;

/**
 * Derives the Sparkplug ids and metrics from the plant hierarchy (docs/sparkplug.md, "Ids"):
 * <ul>
 * <li>group id: the id of the site ({@code Acme.Riverside}), or of the top element when there is no site;</li>
 * <li>edge node id: the twin's name (one runtime is one edge node);</li>
 * <li>device id: each element that has signals, by its id below the group ({@code Finishing.AnodizingLine.Tank3});</li>
 * <li>metric name: the signal's browse name ({@code BathTemp}), with its unit symbol and range; behaviour
 * states as {@code <behaviour>/<state>} ({@code BathTooHot/Active}), an alarm's acknowledgement state as
 * {@code BathTooHot/Acked} and {@code BathTooHot/Confirmed} ({@link AlarmStateMetrics}) and events as
 * {@code BathTooHot/Event} ({@link BehaviourEventMetrics}).</li>
 * </ul>
 * {@code sparkplug.groupId} and {@code sparkplug.edgeNodeId} override the first two.
 */
final class SparkplugModel {

    private SparkplugModel() {
    }

    static EdgeNodeModel of(TwinAssembly twin, SparkplugSettings settings) {
        AddressSpaceDescription space = twin.addressSpace();
        String site = siteId(space.roots(), "");
        String group = settings.groupId() != null ? settings.groupId() : site;
        String edgeNode = settings.edgeNodeId() != null ? settings.edgeNodeId() : twin.name();
        List<DeviceDefinition> devices = new ArrayList<>();
        collect(space.roots(), "", site, devices);
        return new EdgeNodeModel(group, edgeNode, twin.modelVersion(), devices);
    }

    private static String siteId(List<PlantElement> elements, String prefix) {
        for (PlantElement element : elements) {
            String id = prefix + element.browseName();
            if (element.level() == PlantLevel.SITE) {
                return id;
            }
            String below = siteId(element.children(), id + ".");
            if (below != null) {
                return below;
            }
        }
        return prefix.isEmpty() && !elements.isEmpty() ? elements.get(0).browseName() : null;
    }

    /**
     * Every state of every behaviour of the element ({@code BathTooHot/Active}; a state a behaviour gains becomes a
     * metric without a change here), an alarm's acknowledgement state ({@code BathTooHot/Acked},
     * {@link AlarmStateMetrics}), then its event metrics.
     */
    private static void behaviourMetrics(String elementId, PlantElement element, List<MetricDefinition> out) {
        for (BehaviourDescription behaviour : element.behaviours()) {
            for (StateDescription state : behaviour.states()) {
                out.add(MetricDefinition.of(MetricKind.STATE, elementId + "." + behaviour.browseName() + "."
                        + state.browseName(), behaviour.browseName() + "/" + state.browseName(),
                        MetricType.valueOf(state.type().name())));
            }
            out.addAll(AlarmStateMetrics.of(elementId, behaviour));
            out.addAll(BehaviourEventMetrics.of(elementId, behaviour));
        }
    }

    private static void collect(List<PlantElement> elements, String prefix, String site, List<DeviceDefinition> out) {
        for (PlantElement element : elements) {
            String id = prefix + element.browseName();
            if (!element.signals().isEmpty() || !element.behaviours().isEmpty()) {
                List<MetricDefinition> metrics = new ArrayList<>();
                for (SignalDescription signal : element.signals()) {
                    metrics.add(new MetricDefinition(id + "." + signal.browseName(), signal.browseName(),
                            MetricType.valueOf(signal.type().name()),
                            signal.unit() == null ? null : signal.unit().symbol(),
                            signal.range() == null ? null : signal.range().low(),
                            signal.range() == null ? null : signal.range().high()));
                }
                behaviourMetrics(id, element, metrics);
                String device = id.startsWith(site + ".") ? id.substring(site.length() + 1) : id;
                out.add(new DeviceDefinition(device, metrics));
            }
            collect(element.children(), id + ".", site, out);
        }
    }
}
