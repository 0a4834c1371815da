/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.onboarding.write;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.fieldbridge.model.plant.Equipment;
import org.fieldbridge.model.plant.Line;
import org.fieldbridge.model.plant.Plant;
import org.fieldbridge.model.plant.PlantFactory;
import org.fieldbridge.model.plant.resource.AtomicFileWriter;
import org.fieldbridge.model.plant.resource.PlantResourceFactory;
import org.fieldbridge.model.plant.resource.PlantResources;
import org.fieldbridge.onboarding.ImportPlan;
import org.fieldbridge.onboarding.read.ModbusItems;

/**
 * The .plant and .twin an import writes, or adds to when they exist: the plant is loaded with the model's resource
 * and saved atomically with everything in it kept — or, when the file is laid out otherwise than Fieldbridge
 * saves plants (by hand, another tool), the new elements are inserted into its text ({@link XmiSplice}) so that
 * every existing byte stays; the .twin gets the new statements appended, so that every byte already there stays
 * as it was.
 */
public final class TargetFiles implements ImportPlan.Existing {

    private static final Pattern CONNECTION = Pattern.compile("(?m)^\\s*connection\\s+([A-Za-z_][A-Za-z0-9_]*)\\s");
    private static final Pattern MAPPING = Pattern.compile("(?m)^\\s*map\\s+([A-Za-z_][A-Za-z0-9_]*)\\s+(.*?)->");
    private static final Pattern TYPED = Pattern.compile(
            "(.*?)\\s+(bool|u?int16|u?int32|float32|int64|float64|bit\\s+\\d+|string\\s*\\(\\s*\\d+\\s*\\))$");
    private static final Pattern QUOTED = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    private final Path plantFile;
    private final Path twinFile;
    private final Resource resource;
    private final Plant plant;
    private final String twinText;
    private final Set<String> connections = new HashSet<>();
    private final Set<String> mapped = new HashSet<>();
    private final Set<String> mappedSources = new HashSet<>();
    private final boolean existed;
    /** Whether the plant file is laid out otherwise than Fieldbridge saves plants: it is added to, not saved. */
    private boolean handLaid;
    private String original;
    private final Set<org.eclipse.emf.ecore.EObject> before = java.util.Collections.newSetFromMap(
            new java.util.IdentityHashMap<>());
    private Line line;

    /**
     * @param plantFile the .plant
     * @param twinFile the .twin
     * @param addresses reads the Modbus addresses of existing mappings
     * @throws IOException when an existing file cannot be read, or the plant is not in the layout Fieldbridge
     *         writes (adding to it would rewrite it)
     */
    public TargetFiles(Path plantFile, Path twinFile, ModbusItems addresses) throws IOException {
        this.plantFile = plantFile;
        this.twinFile = twinFile;
        ResourceSet resources = PlantResources.createResourceSet();
        existed = Files.exists(plantFile);
        if (existed) {
            resource = PlantResources.load(resources, plantFile);
            plant = (Plant) resource.getContents().get(0);
            byte[] saved = serialised(resource);
            byte[] bytes = Files.readAllBytes(plantFile);
            handLaid = !java.util.Arrays.equals(saved, bytes);
            original = handLaid ? new String(bytes, StandardCharsets.UTF_8) : null;
            for (java.util.Iterator<org.eclipse.emf.ecore.EObject> it = resource.getAllContents(); it.hasNext();) {
                before.add(it.next());
            }
        } else {
            resource = resources.createResource(org.eclipse.emf.common.util.URI.createFileURI(
                    plantFile.toAbsolutePath().toString()));
            plant = PlantFactory.eINSTANCE.createPlant();
            resource.getContents().add(plant);
        }
        twinText = Files.exists(twinFile) ? Files.readString(twinFile, StandardCharsets.UTF_8) : null;
        if (twinText != null) {
            Matcher connection = CONNECTION.matcher(twinText);
            while (connection.find()) {
                connections.add(connection.group(1));
            }
            Matcher mapping = MAPPING.matcher(twinText);
            while (mapping.find()) {
                Matcher quoted = QUOTED.matcher(mapping.group(2));
                String label = null;
                while (quoted.find()) {
                    label = quoted.group(1).replace("\\\"", "\"").replace("\\\\", "\\");
                }
                if (label != null) {
                    mapped.add(mapping.group(1) + "\u0000" + label);
                }
                source(mapping.group(2), addresses).ifPresent(key -> mappedSources.add(mapping.group(1) + "\u0000" + key));
            }
        }
    }

    /** The source of an existing mapping in the plan's spelling: a canonical Modbus address or the NodeId. */
    private static java.util.Optional<String> source(String text, ModbusItems addresses) {
        String written = text.strip();
        if (written.startsWith("\"")) {
            Matcher quoted = QUOTED.matcher(written);
            return quoted.find() ? java.util.Optional.of(quoted.group(1).replace("\\\"", "\"")) : java.util.Optional.empty();
        }
        int quote = written.indexOf('"');
        String address = (quote < 0 ? written : written.substring(0, quote)).strip();
        Matcher typed = TYPED.matcher(address);
        String bit = "";
        if (typed.matches()) {
            address = typed.group(1).strip();
            bit = typed.group(2).startsWith("bit") ? " " + typed.group(2).replaceAll("\\s+", " ") : "";
        }
        String suffix = bit;
        return addresses.read(address).map(a -> a.canonical() + suffix);
    }

    private static byte[] serialised(Resource resource) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        resource.save(out, PlantResourceFactory.saveOptions());
        return out.toByteArray();
    }

    /**
     * The hand-laid plant with the additions inserted, checked: read back and saved as Fieldbridge saves plants it
     * must be exactly the model with the additions, or nothing is written.
     */
    private String spliced() throws IOException {
        String saved = new String(serialised(resource), StandardCharsets.UTF_8);
        List<org.eclipse.emf.ecore.EObject> added = new java.util.ArrayList<>();
        for (org.eclipse.emf.common.util.TreeIterator<org.eclipse.emf.ecore.EObject> it = resource.getAllContents();
                it.hasNext();) {
            org.eclipse.emf.ecore.EObject element = it.next();
            if (!before.contains(element)) {
                added.add(element);
                it.prune();
            }
        }
        String spliced = XmiSplice.splice(original, saved, added);
        Path check = Files.createTempFile("fieldbridge-import-check", ".plant");
        try {
            Files.writeString(check, spliced, StandardCharsets.UTF_8);
            Resource reread = PlantResources.load(PlantResources.createResourceSet(), check);
            if (!new String(serialised(reread), StandardCharsets.UTF_8).equals(saved)) {
                throw new IOException(plantFile + " could not be added to without changing what is there; import "
                        + "into another folder and copy the new equipment");
            }
        } finally {
            Files.deleteIfExists(check);
        }
        return spliced;
    }

    /** @return the .plant written or added to */
    public Path plantFile() {
        return plantFile;
    }

    /** @return the .twin written or added to */
    public Path twinFile() {
        return twinFile;
    }

    /** @return whether neither file exists yet */
    public boolean created() {
        return twinText == null && !existed;
    }

    /** @return the plant, loaded or new */
    public Plant plant() {
        return plant;
    }

    /** @param target the line the import goes to, for {@link #hasSignal} */
    public void line(Line target) {
        this.line = target;
    }

    @Override
    public boolean hasSignal(String equipment, String signal) {
        if (line == null) {
            return false;
        }
        for (Equipment e : line.getEquipment()) {
            if (e.getName().equals(equipment)) {
                return e.getSignals().stream().anyMatch(s -> signal.equals(s.getName()))
                        || e.getSubEquipment().stream().anyMatch(s -> signal.equals(s.getName()));
            }
        }
        return false;
    }

    @Override
    public boolean isMapped(String connection, String label) {
        return mapped.contains(connection + "\u0000" + label);
    }

    @Override
    public boolean isMappedAt(String connection, String source) {
        return mappedSources.contains(connection + "\u0000" + source);
    }

    @Override
    public boolean hasController(String name) {
        return plant.getControllers().stream().anyMatch(c -> name.equals(c.getName()));
    }

    /** @return the connections the .twin already declares */
    public Set<String> connections() {
        return Set.copyOf(connections);
    }

    /**
     * Saves the plant (atomically) and writes or appends the .twin text.
     *
     * @param header the .twin's first lines when it is new (comment and import)
     * @param addition the statements to write or append
     * @throws IOException when a file cannot be written
     */
    public void write(String header, String addition) throws IOException {
        Files.createDirectories(plantFile.toAbsolutePath().getParent());
        if (handLaid) {
            String spliced = spliced();
            AtomicFileWriter.write(plantFile, out -> out.write(spliced.getBytes(StandardCharsets.UTF_8)));
        } else {
            PlantResources.save(resource, plantFile);
        }
        String text = twinText == null ? header + addition
                : twinText + (twinText.endsWith("\n") ? "" : "\n") + addition;
        AtomicFileWriter.write(twinFile, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }
}
