/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.serializer.ISerializer;
import org.fieldbridge.dsl.twin.TwinModel;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Serialization")
class SerializerTest {

    @Test
    @DisplayName("parse -> serialize -> parse keeps the model of the example")
    void roundTripKeepsTheModel() throws IOException {
        var checked = TwinTester.checkFile(TwinTester.repositoryRoot().resolve("examples/riverside/riverside.twin"));
        TwinModel model = checked.model();
        String text = TwinTester.injector().getInstance(ISerializer.class).serialize(model,
                SaveOptions.newBuilder().getOptions());
        assertEquals(Files.readString(TwinTester.repositoryRoot().resolve("examples/riverside/riverside.twin")), text);

        XtextResource again = (XtextResource) checked.resource().getResourceSet()
                .createResource(URI.createURI(checked.resource().getURI().trimSegments(1).appendSegment("again.twin").toString()));
        again.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
        assertTrue(again.getErrors().isEmpty(), again.getErrors().toString());
        EcoreUtil.resolveAll(again);
        assertTrue(EcoreUtil.equals(model, again.getContents().get(0)), "models differ after the round trip");
    }
}
