/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.fieldbridge.dsl.ui.editor.TwinEditor;
import org.fieldbridge.dsl.ui.outline.TwinOutlinePage;
import org.fieldbridge.tests.support.ui.Screenshots;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Outline view of the {@code .twin} editor: lists the file's statements, follows typing by changing only what
 * the edit changed (the other rows keep their elements), and selects a statement in the editor.
 */
@DisplayName("The .twin editor's outline")
class TwinOutlineTest {

    private static final Duration SERVER = Duration.ofSeconds(90);
    private static final String RECT_3 = "\"Rect_Amps_3\" holding 40023 -> Tank3.RectifierCurrent";

    @RegisterExtension
    final ExampleProject example = new ExampleProject("twin-outline");

    @Test
    @DisplayName("typing changes only the edited statement's row; selecting a row selects the statement")
    void theOutlineFollowsTypingRowByRow() throws Exception {
        TwinEditor editor = (TwinEditor) IDE.openEditor(page(), example.twin(), TwinEditor.ID);
        page().showView(IPageLayout.ID_OUTLINE, null, IWorkbenchPage.VIEW_VISIBLE);
        TwinOutlinePage outline = (TwinOutlinePage) editor.getAdapter(IContentOutlinePage.class);
        Tree tree = (Tree) outline.getControl();
        Ui.await("the statements listed", SERVER, () -> labels(tree).contains(RECT_3));
        List<Object> before = elements(tree);

        IDocument document = editor.viewer().getDocument();
        String mapping = "\"Rect_Amps_3\" -> Tank3.RectifierCurrent { unit A }";
        int unit = document.get().indexOf(mapping) + mapping.indexOf("A }");
        document.replace(unit, 1, "mA"); // no row shows the unit
        String signal = "Tank3.RectifierCurrent { unit mA }";
        int at = document.get().indexOf(signal) + "Tank3.".length();
        document.replace(at, "RectifierCurrent".length(), "BathTemp");
        String renamed = "\"Rect_Amps_3\" holding 40023 -> Tank3.BathTemp";
        try {
            Ui.await("the edited statement's row to follow", SERVER, () -> labels(tree).contains(renamed));
        } catch (AssertionError | RuntimeException e) {
            System.out.println("[twin-outline] rows: " + labels(tree));
            System.out.println("[twin-outline] symbols: " + outline.symbols().get(0).getChildren().stream()
                    .map(symbol -> symbol.getName()).toList());
            var server = editor.session().flush();
            System.out.println("[twin-outline] server: " + server.read(editor.session().uri(), context -> "doc="
                    + context.getDocument().getContents().contains("Tank3.BathTemp { unit mA") + " nodes="
                    + ((org.eclipse.xtext.resource.XtextResource) context.getResource()).getParseResult().getRootNode()
                            .getText().contains("Tank3.BathTemp { unit mA") + " resource="
                    + context.getResource().getURI() + " in " + context.getResource().getResourceSet().getResources()
                            .size()).get());
            System.out.println("[twin-outline] text: " + document.get().lines()
                    .filter(line -> line.contains("Rect_Amps_3")).toList());
            throw e;
        }
        List<Object> after = elements(tree);
        assertEquals(before.size(), after.size(), "as many rows as before");
        int changed = 0;
        for (int i = 0; i < before.size(); i++) {
            if (before.get(i) != after.get(i)) {
                changed++;
            }
        }
        assertEquals(1, changed, "only the edited statement's row has a new element");
        assertTrue(tree.getItem(0).getExpanded(), "the file's statements stay listed");

        TreeItem row = tree.getItem(0).getItems()[labels(tree).indexOf(renamed) - 1];
        outline.setSelection(new StructuredSelection(row.getData()));
        Ui.settle(Duration.ofMillis(500));
        ITextSelection selected = (ITextSelection) editor.getSelectionProvider().getSelection();
        assertEquals(document.getLineOfOffset(at), selected.getStartLine(), "the statement is selected in the editor");
        Screenshots.save(Screenshots.capture(editor.getSite().getShell()), "twin-editor-outline");
        assertSame(row.getData(), elements(tree).get(labels(tree).indexOf(renamed) - 1));
    }

    /** The labels of the file's row and of its statements' rows, in order. */
    private static List<String> labels(Tree tree) {
        List<String> labels = new ArrayList<>();
        for (TreeItem item : tree.getItems()) {
            labels.add(item.getText());
            if (item.getExpanded()) {
                for (TreeItem child : item.getItems()) {
                    labels.add(child.getText());
                }
            }
        }
        return labels;
    }

    /** The elements behind the statements' rows. */
    private static List<Object> elements(Tree tree) {
        List<Object> elements = new ArrayList<>();
        for (TreeItem child : tree.getItem(0).getItems()) {
            child.getText(); // a virtual row gets its element when it is asked for its text
            elements.add(child.getData());
        }
        return elements;
    }

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }
}
