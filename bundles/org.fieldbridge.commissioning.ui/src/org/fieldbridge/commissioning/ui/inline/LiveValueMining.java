/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.ui.inline;

import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.codemining.ICodeMiningProvider;
import org.eclipse.jface.text.codemining.LineContentCodeMining;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.fieldbridge.commissioning.ui.live.QualityLook;
import org.fieldbridge.runtime.Quality;

/**
 * A live value drawn after the end of its {@code map} line, e.g. {@code ⟵ 21.2 °C  Good  0.3 s  pass}; green,
 * amber or red by its quality (the word says it too).
 */
final class LiveValueMining extends LineContentCodeMining {

    private final Quality quality;

    /**
     * @param delimiter the position of the line's delimiter (the value is drawn left of it, after the text)
     * @param provider the provider
     * @param label the text
     * @param quality the value's quality, for the colour
     */
    LiveValueMining(Position delimiter, ICodeMiningProvider provider, String label, Quality quality) {
        super(delimiter, true, provider);
        this.quality = quality;
        setLabel(label);
    }

    @Override
    public Point draw(GC gc, StyledText textWidget, Color color, int x, int y) {
        gc.setForeground(QualityLook.colour(quality)); // the painter hands in its grey and draws in gc's colour
        return super.draw(gc, textWidget, color, x, y);
    }

    /** @return the quality it is coloured by */
    Quality quality() {
        return quality;
    }
}
