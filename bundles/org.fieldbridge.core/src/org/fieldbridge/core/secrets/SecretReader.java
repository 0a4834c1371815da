/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.core.secrets;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

/**
 * Reads the secrets a generated runtime can reach ({@link SecretConsumer#GENERATED_RUNTIME}): an environment
 * variable, or a file's content without its trailing line break (a relative path starts at
 * {@code baseDirectory}, the configuration file's folder). Values are handed out as a {@code char[]} the
 * caller wipes, and never appear in a message.
 */
public final class SecretReader {

    private final Map<String, String> environment;
    private final Path baseDirectory;

    /**
     * @param environment   the environment variables
     * @param baseDirectory the folder relative file paths start from
     */
    public SecretReader(Map<String, String> environment, Path baseDirectory) {
        this.environment = Map.copyOf(environment);
        this.baseDirectory = baseDirectory;
    }

    /**
     * Reads a secret.
     *
     * @param reference the reference
     * @return the secret; the caller wipes it after use
     * @throws IllegalArgumentException when the variable is not set, the file cannot be read, or the scheme is
     *                                  one the runtime cannot read, saying which
     */
    public char[] read(SecretReference reference) {
        return switch (reference.scheme()) {
            case ENV -> environmentVariable(reference.target());
            case FILE -> file(baseDirectory.resolve(reference.target()));
            default -> throw new IllegalArgumentException(
                    SecretConsumer.GENERATED_RUNTIME.unsupported(reference.scheme()));
        };
    }

    private char[] environmentVariable(String name) {
        String value = environment.get(name);
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("environment variable " + name + " is not set");
        }
        return value.toCharArray();
    }

    private static char[] file(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("secret file " + file + " does not exist");
        } catch (IOException e) {
            throw new IllegalArgumentException("secret file " + file + " cannot be read"
                    + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"));
        }
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
            int end = chars.limit();
            while (end > 0 && (chars.get(end - 1) == '\n' || chars.get(end - 1) == '\r')) {
                end--;
            }
            char[] secret = Arrays.copyOf(chars.array(), end);
            Arrays.fill(chars.array(), '\0');
            if (secret.length == 0) {
                throw new IllegalArgumentException("secret file " + file + " is empty");
            }
            return secret;
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("secret file " + file + " is not UTF-8 text");
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }
}
