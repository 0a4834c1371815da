/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.codegen.output;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

import org.fieldbridge.model.plant.resource.AtomicFileWriter;

/**
 * Writes a generated project: every file atomically (a temporary file in the same folder, moved over the
 * target), unchanged files not at all (their time stamps stay, so builds stay incremental), then removes
 * the files the previous generation listed in {@code fieldbridge-generated.properties} and this one no
 * longer writes (only those: nothing else in the folder is touched), with folders that became empty.
 * The list itself is written last, so that an interrupted run still knows every file it may have written.
 */
public final class GeneratedFiles {

    /** The file that lists the generated files. */
    public static final String MANIFEST = "fieldbridge-generated.properties";
    /** The key of the file list in the manifest. */
    public static final String FILES_KEY = "files";

    private final Path root;
    private final Map<String, byte[]> files = new TreeMap<>();

    /** @param root the project folder */
    public GeneratedFiles(Path root) {
        this.root = root;
    }

    /** Adds a text file (UTF-8, LF line ends) under a relative path with {@code /} separators. */
    public void add(String relativePath, String text) {
        String normalized = text.replace("\r\n", "\n");
        files.put(relativePath, normalized.getBytes(StandardCharsets.UTF_8));
    }

    /** @return the relative paths added so far, sorted */
    public List<String> paths() {
        return List.copyOf(files.keySet());
    }

    /**
     * Writes the files, the manifest last, and removes stale ones.
     *
     * @param manifest the text of the manifest (its own path must be among {@link #paths()} or is added)
     * @return the relative paths written (all files of this generation), sorted
     * @throws IOException when a file cannot be written or removed
     */
    public List<String> write(String manifest) throws IOException {
        Set<String> previous = Set.copyOf(previousFiles(root));
        Files.createDirectories(root);
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            if (!file.getKey().equals(MANIFEST)) {
                writeIfChanged(root.resolve(file.getKey()), file.getValue());
            }
        }
        for (String stale : previous) {
            if (!files.containsKey(stale) && !stale.equals(MANIFEST)) {
                Path path = root.resolve(stale);
                Files.deleteIfExists(path);
                removeEmptyFolders(path.getParent());
            }
        }
        files.put(MANIFEST, manifest.getBytes(StandardCharsets.UTF_8));
        writeIfChanged(root.resolve(MANIFEST), files.get(MANIFEST));
        return paths();
    }

    private static void writeIfChanged(Path target, byte[] content) throws IOException {
        if (Files.isRegularFile(target) && Files.size(target) == content.length
                && Arrays.equals(Files.readAllBytes(target), content)) {
            return;
        }
        AtomicFileWriter.write(target, out -> out.write(content));
    }

    private void removeEmptyFolders(Path folder) throws IOException {
        Path absoluteRoot = root.toAbsolutePath().normalize();
        for (Path f = folder.toAbsolutePath().normalize(); f.startsWith(absoluteRoot) && !f.equals(absoluteRoot);
                f = f.getParent()) {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(f)) {
                if (entries.iterator().hasNext()) {
                    return;
                }
            }
            Files.delete(f);
        }
    }

    /**
     * The files a previous generation listed; entries that leave the folder (absolute, {@code ..}) are ignored,
     * so a tampered list cannot make the generator delete anything outside the project.
     *
     * @param root the project folder
     * @return the relative paths, empty when there is no manifest
     * @throws IOException when the manifest cannot be read
     */
    public static List<String> previousFiles(Path root) throws IOException {
        Path manifest = root.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest)) {
            return List.of();
        }
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(manifest)) {
            properties.load(in);
        }
        List<String> result = new ArrayList<>();
        Path absoluteRoot = root.toAbsolutePath().normalize();
        for (String entry : properties.getProperty(FILES_KEY, "").split(",")) {
            String path = entry.trim();
            if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.contains(":")) {
                continue;
            }
            Path resolved = absoluteRoot.resolve(path).normalize();
            if (resolved.startsWith(absoluteRoot) && !resolved.equals(absoluteRoot)
                    && Arrays.stream(path.split("/")).noneMatch(s -> s.equals("..") || s.equals("."))) {
                result.add(path);
            }
        }
        return result;
    }
}
