/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.ui.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;

/** Saves what a shell shows as a PNG, as evidence of what a person would see. */
final class Screenshots {

    private Screenshots() {
    }

    static Path folder() throws IOException {
        Path dir = Path.of(System.getProperty("fieldbridge.screenshots", "target/screenshots"));
        return Files.createDirectories(dir);
    }

    /** @return the pixels of the shell, as copied from the display */
    static ImageData capture(Shell shell) {
        Rectangle bounds = shell.getBounds();
        Image image = new Image(shell.getDisplay(), bounds.width, bounds.height);
        GC gc = new GC(shell.getDisplay());
        try {
            gc.copyArea(image, bounds.x, bounds.y);
            return image.getImageData();
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    static Path save(ImageData data, String name) throws IOException {
        Path file = folder().resolve(name + ".png");
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] { data };
        loader.save(file.toString(), SWT.IMAGE_PNG);
        return file;
    }

    /** @return how many different pixel values the image has (a blank window has one or two) */
    static long distinctPixels(ImageData data) {
        return java.util.stream.IntStream.range(0, data.height)
                .flatMap(y -> java.util.stream.IntStream.range(0, data.width).map(x -> data.getPixel(x, y)))
                .distinct()
                .limit(1000)
                .count();
    }
}
