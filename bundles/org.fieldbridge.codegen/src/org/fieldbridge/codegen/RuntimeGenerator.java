package org.fieldbridge.codegen;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Generates a standalone twin runtime project from a plant model and its .twin mappings.
 *
 * <p>The .twin files among the inputs (folders are searched recursively) form one runtime; the .plant
 * files they import are loaded and validated with them. Nothing is written when the inputs have an
 * error. The output folder receives (paths relative to it):</p>
 * <ul>
 * <li>{@code src/main/java/<package>/...} the Java sources on the runtime API
 * ({@code org.fieldbridge.runtime.app}), among them the main class named by
 * {@link GenerationResult#mainClass()};</li>
 * <li>{@code src/main/resources/<package>/<name>.nodeset2.xml} the OPC UA information model;</li>
 * <li>{@code fieldbridge-runtime.properties} the deployment configuration (addresses, secret references,
 * never secret values);</li>
 * <li>{@code README.md} what the project contains and how to run it;</li>
 * <li>{@code fieldbridge-generated.properties} runtime name, model version, main class and the list of
 * generated files (so that files a later generation no longer writes are removed).</li>
 * </ul>
 * <p>Output is deterministic: the same inputs give byte-identical files.</p>
 */
public final class RuntimeGenerator {

    private RuntimeGenerator() {
    }

    /** @return a generator with its own language setup, for plain Java (command line, Maven plugin, tests) */
    public static RuntimeGenerator standalone() {
        return new RuntimeGenerator();
    }

    /**
     * @param inputs .twin and .plant files or folders
     * @param output the project folder (created when missing)
     * @param monitor progress and cancellation
     * @return what was found and written
     * @throws IOException when an input cannot be read or the output cannot be written
     */
    public GenerationResult generate(List<Path> inputs, Path output, GenerationMonitor monitor) throws IOException {
        throw new UnsupportedOperationException("the generator is being written (issue 5)");
    }
}
