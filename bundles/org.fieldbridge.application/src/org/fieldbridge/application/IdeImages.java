/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.application;

import java.net.URL;
import java.util.Map;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.osgi.framework.Bundle;

/**
 * The images of org.eclipse.ui.ide that the IDE application's advisor declares and this product's advisor
 * therefore must: without them the Project Explorer shows projects and the Problems view shows severities
 * with the red "missing image" square. Only the images of the views this product uses are declared.
 */
final class IdeImages {

    private static final String IDE_BUNDLE = "org.eclipse.ui.ide";

    /** Image key (IDE.SharedImages and the IDE's internal keys) -> icon in org.eclipse.ui.ide. */
    private static final Map<String, String> IMAGES = Map.ofEntries(
            Map.entry("IMG_OBJ_PROJECT", "icons/full/obj16/prj_obj.svg"),
            Map.entry("IMG_OBJ_PROJECT_CLOSED", "icons/full/obj16/cprj_obj.svg"),
            Map.entry("IMG_OBJS_ERROR_PATH", "icons/full/obj16/error_tsk.svg"),
            Map.entry("IMG_OBJS_WARNING_PATH", "icons/full/obj16/warn_tsk.svg"),
            Map.entry("IMG_OBJS_INFO_PATH", "icons/full/obj16/info_tsk.svg"),
            Map.entry("IMG_OBJS_FIXABLE_ERROR", "icons/full/obj16/quickfix_error_obj.svg"),
            Map.entry("IMG_OBJS_FIXABLE_WARNING", "icons/full/obj16/quickfix_warning_obj.svg"),
            Map.entry("IMG_OBJS_FIXABLE_INFO", "icons/full/obj16/quickfix_info_obj.svg"),
            Map.entry("IMG_OPEN_MARKER", "icons/full/elcl16/gotoobj_tsk.svg"),
            Map.entry("IMG_ELCL_QUICK_FIX_ENABLED", "icons/full/elcl16/smartmode_co.svg"),
            Map.entry("IMG_ETOOL_PROBLEM_CATEGORY", "icons/full/etool16/problem_category.svg"),
            Map.entry("IMG_ETOOL_PROBLEMS_VIEW", "icons/full/eview16/problems_view.svg"),
            Map.entry("IMG_ETOOL_PROBLEMS_VIEW_ERROR", "icons/full/eview16/problems_view_error.svg"),
            Map.entry("IMG_ETOOL_PROBLEMS_VIEW_WARNING", "icons/full/eview16/problems_view_warning.svg"),
            Map.entry("IMG_ETOOL_PROBLEMS_VIEW_INFO", "icons/full/eview16/problems_view_info.svg"));

    private IdeImages() {
    }

    /** Declares the images in the workbench's registry (shared: they live as long as the workbench). */
    static void declare(IWorkbenchConfigurer configurer) {
        Bundle ide = Platform.getBundle(IDE_BUNDLE);
        if (ide == null) {
            return;
        }
        IMAGES.forEach((key, path) -> {
            URL url = ide.getEntry(path);
            if (url != null) {
                configurer.declareImage(key, ImageDescriptor.createFromURL(url), true);
            }
        });
    }
}
