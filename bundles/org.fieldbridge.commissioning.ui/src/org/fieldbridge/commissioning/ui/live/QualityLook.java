/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.ui.live;

import java.util.EnumMap;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Display;
import org.fieldbridge.runtime.Quality;

/**
 * How a quality looks: a round dot and a text colour per severity (green Good, amber Uncertain, red Bad), the dot so
 * that the state reads without relying on colour alone next to the word.
 */
public final class QualityLook {

    private static final Map<Quality.Severity, Color> COLOURS = new EnumMap<>(Map.of(
            Quality.Severity.GOOD, new Color(0, 128, 0),
            Quality.Severity.UNCERTAIN, new Color(176, 112, 0),
            Quality.Severity.BAD, new Color(200, 0, 0)));

    private final Map<Quality.Severity, Image> dots = new EnumMap<>(Quality.Severity.class);

    /** @param display the display the dots are drawn for */
    public QualityLook(Display display) {
        for (Quality.Severity severity : Quality.Severity.values()) {
            dots.put(severity, dot(display, COLOURS.get(severity), severity != Quality.Severity.GOOD));
        }
    }

    /** Draws the dot on white, then makes the white transparent (portable across SWT's platforms). */
    private static Image dot(Display display, Color colour, boolean hollowCentre) {
        Image canvas = new Image(display, 12, 12);
        GC gc = new GC(canvas);
        gc.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
        gc.fillRectangle(0, 0, 12, 12);
        gc.setAntialias(SWT.OFF);
        gc.setBackground(colour);
        gc.fillOval(1, 1, 10, 10);
        if (hollowCentre) {
            gc.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
            gc.fillOval(4, 4, 4, 4);
        }
        gc.dispose();
        ImageData data = canvas.getImageData();
        canvas.dispose();
        data.transparentPixel = data.getPixel(0, 0);
        return new Image(display, data);
    }

    /** @return the dot of a quality's severity */
    public Image dot(Quality quality) {
        return dots.get(quality.severity());
    }

    /** @return the text colour of a quality's severity */
    public static Color colour(Quality quality) {
        return COLOURS.get(quality.severity());
    }

    /** Frees the images. */
    public void dispose() {
        dots.values().forEach(Image::dispose);
    }
}
