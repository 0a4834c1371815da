package org.fieldbridge.model.ui.views;

import java.nio.file.Path;

/** A plant file that could not be shown, with the reason in words a plant engineer understands. */
public record PlantLoadProblem(Path file, String message) {

    @Override
    public String toString() {
        return file.getFileName() + ": " + message;
    }
}
