/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.onboarding.ui;

import java.util.EnumMap;
import java.util.Map;

import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;
import org.fieldbridge.onboarding.suggest.Confidence;

/**
 * A round dot per confidence, drawn at run time (green high, amber medium, red low, grey not mapped), shown with
 * the word so that nobody depends on telling the colours apart. Disposed with the page.
 */
final class ConfidenceIcons {

    private final Map<Confidence, Image> images = new EnumMap<>(Confidence.class);
    private final Image notMapped;

    ConfidenceIcons(Display display) {
        images.put(Confidence.HIGH, dot(display, new RGB(46, 139, 87)));
        images.put(Confidence.MEDIUM, dot(display, new RGB(230, 160, 20)));
        images.put(Confidence.LOW, dot(display, new RGB(200, 40, 40)));
        notMapped = dot(display, new RGB(150, 150, 150));
    }

    private static Image dot(Display display, RGB rgb) {
        PaletteData palette = new PaletteData(0xFF0000, 0xFF00, 0xFF);
        ImageData data = new ImageData(16, 16, 24, palette);
        data.alphaData = new byte[16 * 16];
        int pixel = palette.getPixel(rgb);
        for (int y = 0; y < 16; y++) {
            for (int x = 0; x < 16; x++) {
                data.setPixel(x, y, pixel);
                double dx = x + 0.5 - 8;
                double dy = y + 0.5 - 8;
                double inside = 5.5 - Math.sqrt(dx * dx + dy * dy); // a 11-pixel dot, edges smoothed
                data.alphaData[y * 16 + x] = (byte) (inside >= 1 ? 255 : inside <= 0 ? 0 : (int) (inside * 255));
            }
        }
        return new Image(display, data);
    }

    /** @return the dot of a confidence, the grey one for null (not mapped) */
    Image of(Confidence confidence) {
        return confidence == null ? notMapped : images.get(confidence);
    }

    void dispose() {
        images.values().forEach(Image::dispose);
        notMapped.dispose();
    }
}
