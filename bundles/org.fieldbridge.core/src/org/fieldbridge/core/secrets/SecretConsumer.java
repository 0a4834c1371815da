/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.core.secrets;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who reads a secret reference, and which schemes it can resolve. A {@code .twin} file is turned into a
 * generated runtime that runs on an edge box, far from the workbench: it reads only its own environment and
 * files, so references in {@code .twin} connections are checked against {@link #GENERATED_RUNTIME} when the
 * model is checked, not when the runtime starts. A {@code .plant} is read by the workbench (import,
 * commissioning), which also has Eclipse secure storage and its key store.
 */
public enum SecretConsumer {
    /** The generated runtime ({@code fieldbridge-runtime.properties}, {@code .twin} connections). */
    GENERATED_RUNTIME("the generated runtime", EnumSet.of(SecretScheme.ENV, SecretScheme.FILE)),
    /** The workbench: everything the runtime reads, plus its secure storage and key store. */
    WORKBENCH("the workbench", EnumSet.allOf(SecretScheme.class));

    private final String label;
    private final Set<SecretScheme> schemes;

    SecretConsumer(String label, Set<SecretScheme> schemes) {
        this.label = label;
        this.schemes = Set.copyOf(schemes);
    }

    /** @return the consumer in plant engineers' words, e.g. "the generated runtime" */
    public String label() {
        return label;
    }

    /** @return the schemes this consumer resolves */
    public Set<SecretScheme> schemes() {
        return schemes;
    }

    /**
     * @param scheme a scheme
     * @return whether this consumer can read secrets kept there
     */
    public boolean supports(SecretScheme scheme) {
        return schemes.contains(scheme);
    }

    /** @return the forms this consumer reads, e.g. {@code env:NAME or file:PATH} */
    public String forms() {
        StringBuilder forms = new StringBuilder();
        for (SecretScheme scheme : SecretScheme.values()) {
            if (supports(scheme)) {
                forms.append(forms.isEmpty() ? "" : " or ").append(SecretReference.example(scheme));
            }
        }
        return forms.toString();
    }

    /**
     * Why this consumer cannot use a reference, in plant engineers' words.
     *
     * @param scheme the reference's scheme
     * @return e.g. "the generated runtime cannot read the workbench's secure storage; use env:NAME or file:PATH",
     *         or {@code null} when the scheme is supported
     */
    public String unsupported(SecretScheme scheme) {
        return supports(scheme) ? null : label + " cannot read " + scheme.storeDescription() + "; use " + forms();
    }
}
