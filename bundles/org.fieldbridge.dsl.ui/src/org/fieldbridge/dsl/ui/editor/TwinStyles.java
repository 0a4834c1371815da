/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.ui.editor;

import java.util.Map;

import org.eclipse.jface.text.TextAttribute;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.fieldbridge.dsl.ide.highlighting.TwinHighlightingStyles;

/**
 * How each kind of text of a {@code .twin} file looks: the syntax colours an Eclipse user knows from the Java
 * editor (keywords purple and bold, comments green, strings blue), and distinct colours for what only the
 * language knows (plant references, connections, addresses, units, data types, secrets).
 */
public final class TwinStyles {

    public static final TextAttribute KEYWORD = new TextAttribute(new Color(127, 0, 85), null, SWT.BOLD);
    public static final TextAttribute COMMENT = new TextAttribute(new Color(63, 127, 95));
    public static final TextAttribute STRING = new TextAttribute(new Color(42, 0, 255));
    public static final TextAttribute NUMBER = new TextAttribute(new Color(125, 80, 0));
    public static final TextAttribute DEFAULT = new TextAttribute(null);

    private static final Map<String, TextAttribute> SEMANTIC = Map.of(
            TwinHighlightingStyles.PLANT_REFERENCE, new TextAttribute(new Color(0, 110, 110), null, SWT.BOLD),
            TwinHighlightingStyles.CONNECTION_REFERENCE, new TextAttribute(new Color(0, 0, 192), null, SWT.ITALIC),
            TwinHighlightingStyles.HMI_TAG, new TextAttribute(new Color(42, 0, 255)),
            TwinHighlightingStyles.ADDRESS, new TextAttribute(new Color(181, 95, 0)),
            TwinHighlightingStyles.SECRET_REFERENCE, new TextAttribute(new Color(100, 100, 100), null, SWT.ITALIC),
            TwinHighlightingStyles.SECRET_LITERAL, new TextAttribute(new Color(200, 0, 0), null, SWT.BOLD),
            TwinHighlightingStyles.UNIT, new TextAttribute(new Color(0, 128, 0)),
            TwinHighlightingStyles.DATA_TYPE, new TextAttribute(new Color(128, 0, 128)));

    private TwinStyles() {
    }

    /** @return the look of a semantic highlighting style of the IDE services, null for one unknown here */
    public static TextAttribute semantic(String style) {
        return SEMANTIC.get(style);
    }
}
