package org.fieldbridge.runtime.app;

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
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where a secret is kept, never the secret itself: {@code env:NAME} (an environment variable) or
 * {@code file:PATH} (a file's content without its trailing line break; a relative path is relative to the
 * configuration file's folder). The value is read when it is needed, handed out as a {@code char[]} the
 * caller wipes, and never appears in a message.
 *
 * @param scheme {@code env} or {@code file}
 * @param name the variable's name or the file's path as written
 */
public record SecretReference(String scheme, String name) {

    private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    public SecretReference {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(name, "name");
        if (!scheme.equals("env") && !scheme.equals("file")) {
            throw new IllegalArgumentException("unknown secret scheme " + scheme);
        }
    }

    /**
     * @param text {@code env:NAME} or {@code file:PATH}
     * @throws IllegalArgumentException with a message that never repeats {@code text} (it may be a password
     *         typed where a reference belongs)
     */
    public static SecretReference parse(String text) {
        String t = text == null ? "" : text.strip();
        int colon = t.indexOf(':');
        String scheme = colon < 0 ? "" : t.substring(0, colon);
        String name = colon < 0 ? "" : t.substring(colon + 1).strip();
        if (scheme.equals("env")) {
            if (!ENV_NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("env: needs an environment variable name (letters, digits, _)");
            }
            return new SecretReference(scheme, name);
        }
        if (scheme.equals("file")) {
            if (name.isEmpty()) {
                throw new IllegalArgumentException("file: needs a path");
            }
            return new SecretReference(scheme, name);
        }
        if (t.isEmpty()) {
            throw new IllegalArgumentException("a secret reference is required (env:NAME or file:PATH)");
        }
        throw new IllegalArgumentException("a secret reference (env:NAME or file:PATH) is required here, "
                + "not a literal value (the value is not shown)");
    }

    /**
     * Reads the secret.
     *
     * @param env the environment variables
     * @param baseDirectory the folder relative file paths start from
     * @return the secret; the caller wipes it after use
     * @throws IllegalArgumentException when the variable is not set or the file cannot be read, saying which
     */
    public char[] resolve(Map<String, String> env, Path baseDirectory) {
        if (scheme.equals("env")) {
            String value = env.get(name);
            if (value == null || value.isEmpty()) {
                throw new IllegalArgumentException("environment variable " + name + " is not set");
            }
            return value.toCharArray();
        }
        Path file = baseDirectory.resolve(name);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("secret file " + file + " does not exist");
        } catch (IOException e) {
            throw new IllegalArgumentException("secret file " + file + " cannot be read: " + e.getClass().getSimpleName());
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

    @Override
    public String toString() {
        return scheme + ":" + name;
    }
}
