/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.ui.viewers;

import java.net.URL;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;

/**
 * A JFace label provider backed by EMF Edit item providers (the stand-in for EMF Edit UI's
 * AdapterFactoryLabelProvider). Item providers describe images as URLs or composed images; this turns
 * them into SWT images owned by a resource manager that is released with the provider.
 */
public class ItemProviderLabelProvider extends LabelProvider {

    private final AdapterFactory adapterFactory;
    private final ResourceManager images = new LocalResourceManager(JFaceResources.getResources());

    /** @param adapterFactory the factory that adapts model objects to item providers */
    public ItemProviderLabelProvider(AdapterFactory adapterFactory) {
        this.adapterFactory = adapterFactory;
    }

    @Override
    public String getText(Object element) {
        IItemLabelProvider provider = labelProvider(element);
        return provider != null ? provider.getText(element) : String.valueOf(element);
    }

    @Override
    public Image getImage(Object element) {
        IItemLabelProvider provider = labelProvider(element);
        ImageDescriptor descriptor = provider == null ? null : descriptor(provider.getImage(element));
        return descriptor == null ? null : images.create(descriptor);
    }

    @Override
    public void dispose() {
        images.dispose();
        super.dispose();
    }

    private IItemLabelProvider labelProvider(Object element) {
        Object adapter = adapterFactory.adapt(element, IItemLabelProvider.class);
        return adapter instanceof IItemLabelProvider provider ? provider : null;
    }

    /**
     * Item providers return URLs; composed images (overlays) are shown by their base image.
     *
     * @param image what an item provider's {@code getImage} returned
     * @return its image descriptor, or null when there is none
     */
    public static ImageDescriptor descriptor(Object image) {
        if (image instanceof URL url) {
            return ImageDescriptor.createFromURL(url);
        }
        if (image instanceof ComposedImage composed) {
            List<Object> parts = composed.getImages();
            return parts.isEmpty() ? null : descriptor(parts.get(0));
        }
        if (image instanceof ImageDescriptor descriptor) {
            return descriptor;
        }
        return null;
    }
}
