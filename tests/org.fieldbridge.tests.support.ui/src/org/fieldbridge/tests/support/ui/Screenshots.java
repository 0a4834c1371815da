/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.tests.support.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * Saves what the screen shows as a PNG, as evidence of what a person would see; the folder is
 * {@code -Dfieldbridge.screenshots} (the UI test poms set target/screenshots).
 */
public final class Screenshots {

    private Screenshots() {
    }

    /** @return the folder screenshots go to, created when missing */
    public static Path folder() throws IOException {
        Path dir = Path.of(System.getProperty("fieldbridge.screenshots", "target/screenshots"));
        return Files.createDirectories(dir);
    }

    /** @return the pixels of the shell's area of the display, menus and pop-ups over it included */
    public static ImageData capture(Shell shell) {
        return capture(shell.getDisplay(), shell.getBounds());
    }

    /** @return the pixels of the given area of the display, menus and pop-ups included */
    public static ImageData capture(Display display, Rectangle bounds) {
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, bounds.x, bounds.y);
            return image.getImageData();
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    /** @return the PNG file written, {@code name}.png in {@link #folder()} */
    public static Path save(ImageData data, String name) throws IOException {
        Path file = folder().resolve(name + ".png");
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] { data };
        loader.save(file.toString(), SWT.IMAGE_PNG);
        return file;
    }

    /** @return how many different pixel values the image has, up to 1000 (a blank window has one or two) */
    public static long distinctPixels(ImageData data) {
        return IntStream.range(0, data.height)
                .flatMap(y -> IntStream.range(0, data.width).map(x -> data.getPixel(x, y)))
                .distinct()
                .limit(1000)
                .count();
    }
}
