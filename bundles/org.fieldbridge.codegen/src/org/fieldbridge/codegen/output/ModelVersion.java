/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.codegen.output;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * The version of a runtime's inputs: {@code sha256:} and the first 16 hex digits of the SHA-256 over the
 * generator version and each input's file name and content, inputs sorted by name (then content). Only
 * names count, not folders, so copies of the models in another folder have the same version. The hashed
 * bytes are: the generator version, a newline, then per input its name, a newline, its length in bytes in
 * decimal, a newline and its content (UTF-8 for the texts).
 */
public final class ModelVersion {

    /**
     * One input file.
     *
     * @param name the file name (no folder)
     * @param content its bytes
     */
    public record Input(String name, byte[] content) {
    }

    private ModelVersion() {
    }

    /** @return e.g. {@code sha256:3f0c9a1b2d4e5f60} */
    public static String of(String generatorVersion, List<Input> inputs) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        digest.update((generatorVersion + "\n").getBytes(StandardCharsets.UTF_8));
        List<Input> sorted = inputs.stream().sorted(Comparator.comparing(Input::name)
                .thenComparing(Input::content, Arrays::compare)).toList();
        for (Input input : sorted) {
            digest.update((input.name() + "\n" + input.content().length + "\n").getBytes(StandardCharsets.UTF_8));
            digest.update(input.content());
        }
        return "sha256:" + HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    }
}
