/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.text.ParseException;
import java.util.List;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The public keys of the identity provider, from its JWKS file (RFC 7517). Read at start (a missing or broken
 * file stops the start) and again when the file changes, so that a key rotation needs no restart; a broken
 * new version is reported and the keys read last stay in use.
 */
final class JwksKeys {

    private static final Logger LOG = LoggerFactory.getLogger(JwksKeys.class);

    private final Path file;
    private JWKSet keys;
    private FileTime readAt;

    private JwksKeys(Path file, JWKSet keys, FileTime readAt) {
        this.file = file;
        this.keys = keys;
        this.readAt = readAt;
    }

    /** @throws IllegalArgumentException when the file cannot be read or is not a JWKS with public keys only */
    static JwksKeys read(Path file) {
        try {
            FileTime modified = Files.getLastModifiedTime(file);
            return new JwksKeys(file, parse(file), modified);
        } catch (IOException | ParseException | IllegalArgumentException e) {
            throw new IllegalArgumentException("the JWKS file " + file + " cannot be used: " + e.getMessage());
        }
    }

    Path file() {
        return file;
    }

    /** @return the keys, read again first when the file changed */
    synchronized List<JWK> keys() {
        try {
            FileTime modified = Files.getLastModifiedTime(file);
            if (!modified.equals(readAt)) {
                keys = parse(file);
                readAt = modified;
                LOG.info("JWKS file {} read again: {} key(s)", file, keys.size());
            }
        } catch (IOException | ParseException | IllegalArgumentException e) {
            LOG.warn("JWKS file {} changed but cannot be read ({}); the keys read before stay in use", file,
                    e.getMessage());
        }
        return keys.getKeys();
    }

    private static JWKSet parse(Path file) throws IOException, ParseException {
        JWKSet set = JWKSet.load(file.toFile());
        if (set.getKeys().stream().anyMatch(JWK::isPrivate)) {
            // A private key does not belong on the runtime's machine: refuse rather than keep it in memory.
            throw new IllegalArgumentException("it holds a private key; give the identity provider's public keys only");
        }
        return set;
    }
}
