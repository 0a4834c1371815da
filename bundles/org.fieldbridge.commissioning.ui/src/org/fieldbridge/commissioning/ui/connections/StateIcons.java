/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.ui.connections;

import java.util.EnumMap;
import java.util.Map;

import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;

/**
 * The dots in front of a connection's state word: green connected, red failed, grey disconnected, amber busy.
 * Drawn rather than shipped, so that they stay crisp and need no image files; disposed with the view.
 */
public final class StateIcons {

    /** What a dot stands for. */
    public enum Look {
        /** connected */
        CONNECTED(new RGB(40, 160, 60)),
        /** failed */
        FAILED(new RGB(210, 40, 40)),
        /** disconnected, never connected */
        DISCONNECTED(new RGB(150, 150, 150)),
        /** connecting, reading */
        BUSY(new RGB(230, 160, 20));

        private final RGB rgb;

        Look(RGB rgb) {
            this.rgb = rgb;
        }
    }

    private final Map<Look, Image> images = new EnumMap<>(Look.class);
    private final Display display;

    /** @param display the display the images are for */
    public StateIcons(Display display) {
        this.display = display;
    }

    /** @return the dot, made on first use */
    public Image image(Look look) {
        return images.computeIfAbsent(look, this::draw);
    }

    /** A filled circle with a darker rim; the alpha channel smooths its edge (GC drawing would lose alpha). */
    private Image draw(Look look) {
        ImageData data = new ImageData(16, 16, 24, new PaletteData(0xFF0000, 0xFF00, 0xFF));
        RGB rim = new RGB(look.rgb.red * 3 / 4, look.rgb.green * 3 / 4, look.rgb.blue * 3 / 4);
        for (int y = 0; y < 16; y++) {
            for (int x = 0; x < 16; x++) {
                double distance = Math.hypot(x + 0.5 - 8, y + 0.5 - 8);
                double coverage = Math.max(0, Math.min(1, 5.5 - distance));
                data.setPixel(x, y, data.palette.getPixel(distance > 4.5 ? rim : look.rgb));
                data.setAlpha(x, y, (int) Math.round(coverage * 255));
            }
        }
        return new Image(display, data);
    }

    /** Disposes the images made. */
    public void dispose() {
        images.values().forEach(Image::dispose);
        images.clear();
    }
}
