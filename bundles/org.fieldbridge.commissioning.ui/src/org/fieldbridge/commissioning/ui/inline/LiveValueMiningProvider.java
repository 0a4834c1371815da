/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.ui.inline;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.codemining.AbstractCodeMiningProvider;
import org.eclipse.jface.text.codemining.ICodeMining;
import org.eclipse.jface.text.source.ISourceViewerExtension5;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.texteditor.ITextEditor;
import org.fieldbridge.commissioning.evidence.MappingStatus;
import org.fieldbridge.commissioning.live.LiveValue;
import org.fieldbridge.commissioning.ui.live.LiveFeed;
import org.fieldbridge.commissioning.ui.live.LiveFeeds;
import org.fieldbridge.commissioning.ui.live.LiveRow;
import org.fieldbridge.commissioning.ui.live.LiveSnapshot;
import org.fieldbridge.commissioning.ui.session.CommissioningSession;
import org.fieldbridge.commissioning.ui.session.SessionInputs;
import org.fieldbridge.commissioning.ui.verify.EvidenceStates;

/**
 * Inline values in the .twin editor: while the window's commissioning session reads live values, each {@code map}
 * line of the edited file ends with its value, unit, quality, age and verification. Contributed to the platform's
 * {@code org.eclipse.ui.workbench.texteditor.codeMiningProviders} extension point for the .twin editor (which
 * installs every provider enabled for it); subscribes to the session's {@link LiveFeed} and asks the viewer to
 * update its minings at most {@value #UPDATES_PER_SECOND} times a second.
 */
public final class LiveValueMiningProvider extends AbstractCodeMiningProvider {

    /** How often the inline values are redrawn at most. */
    static final int UPDATES_PER_SECOND = 4;

    private volatile ITextViewer viewer;
    private volatile Path file;
    private volatile LiveFeed feed;
    private volatile EvidenceStates evidence;
    private volatile Runnable unsubscribe;
    private final Object feedLock = new Object();
    private Runnable feedEnding;
    private volatile long lastUpdate;
    private final Runnable evidenceChanged = this::changed;

    @Override
    public CompletableFuture<List<? extends ICodeMining>> provideCodeMinings(ITextViewer textViewer,
            IProgressMonitor monitor) {
        viewer = textViewer;
        if (unsubscribe == null && !connect()) {
            return CompletableFuture.completedFuture(List.of());
        }
        LiveSnapshot snapshot = feed.latest();
        IDocument document = textViewer.getDocument();
        if (snapshot.values().isEmpty() || document == null) {
            return CompletableFuture.completedFuture(List.of());
        }
        return CompletableFuture.completedFuture(minings(document, snapshot));
    }

    /** Finds the editor's window session on the UI thread; false while there is none (the editor is closing). */
    private synchronized boolean connect() {
        if (unsubscribe != null) {
            return true;
        }
        ITextEditor editor = getAdapter(ITextEditor.class);
        Display display = Display.getDefault();
        if (editor == null || display.isDisposed()) {
            return false;
        }
        Runnable[] following = new Runnable[1];
        display.syncExec(() -> {
            if (editor.getSite() != null && editor.getSite().getWorkbenchWindow() != null) {
                List<Path> edited = SessionInputs.edited((IEditorPart) editor);
                file = edited.isEmpty() ? null : edited.get(0);
                // follows the window's session: a disposed session is replaced, and the values come from the new one
                following[0] = CommissioningSession.follow(editor.getSite().getWorkbenchWindow(), this::attach);
            }
        });
        if (following[0] == null) {
            return false;
        }
        unsubscribe = () -> {
            following[0].run();
            detach();
        };
        return true;
    }

    /** Reads the values of a session: the window's first, or the one that replaced it (any thread). */
    private void attach(CommissioningSession session) {
        synchronized (feedLock) { // not the provider's monitor: connect() holds it while the UI thread attaches
            attachLocked(session);
        }
    }

    private void attachLocked(CommissioningSession session) {
        detach();
        LiveFeed next = LiveFeeds.of(session);
        EvidenceStates states = EvidenceStates.of(session);
        states.addListener(evidenceChanged);
        Runnable ending = next.subscribe(snapshot -> changed());
        feed = next;
        evidence = states;
        feedEnding = () -> {
            ending.run();
            states.removeListener(evidenceChanged);
        };
    }

    private void detach() {
        Runnable ending;
        synchronized (feedLock) {
            ending = feedEnding;
            feedEnding = null;
        }
        if (ending != null) {
            ending.run();
        }
    }

    private List<ICodeMining> minings(IDocument document, LiveSnapshot snapshot) {
        Path edited = file;
        String fileName = edited == null ? "" : edited.getFileName().toString();
        List<LiveValue> ofThisFile = snapshot.values().stream()
                .filter(v -> fileName.isEmpty() || v.mapping().origin().startsWith(fileName + ":")).toList();
        List<ICodeMining> minings = new ArrayList<>();
        Instant now = Instant.now();
        for (MappingLines.Line line : MappingLines.of(document.get())) {
            LiveValue value = ofThisFile.stream().filter(v -> v.mapping().connection().equals(line.connection())
                    && line.names(v.mapping().signal())).findFirst().orElse(null);
            if (value == null) {
                continue;
            }
            try {
                IRegion region = document.getLineInformation(line.line());
                if (region.getLength() == 0) {
                    continue;
                }
                // drawn left of the line delimiter, i.e. right after the text (as "after position": drawing it as
                // right of the last character restyles that character while painting, which can repaint forever).
                // A map statement on the file's last line, without a delimiter, shows no value.
                if (document.getLineDelimiter(line.line()) == null) {
                    continue;
                }
                Position delimiter = new Position(region.getOffset() + region.getLength(), 1);
                MappingStatus status = evidence.statusOf(value.mapping().connection(), value.mapping().signal());
                LiveRow row = new LiveRow(value, snapshot.readAt(), status);
                minings.add(new LiveValueMining(delimiter, this, InlineLabel.of(row, now), value.quality()));
            } catch (BadLocationException e) {
                // the document changed under us; the next update places it again
            }
        }
        return minings;
    }

    /** A new poll or new evidence: redraw, at most {@value #UPDATES_PER_SECOND} times a second. */
    private void changed() {
        long now = System.currentTimeMillis();
        ITextViewer current = viewer;
        if (current == null || now - lastUpdate < 1000 / UPDATES_PER_SECOND) {
            return;
        }
        lastUpdate = now;
        StyledText widget = current.getTextWidget();
        if (widget == null || widget.isDisposed()) {
            dispose(); // the editor is gone: stop asking the feed for polls
            return;
        }
        widget.getDisplay().asyncExec(() -> {
            if (!widget.isDisposed() && current instanceof ISourceViewerExtension5 minings) {
                minings.updateCodeMinings();
            }
        });
    }

    @Override
    public void dispose() {
        Runnable ending = unsubscribe;
        if (ending != null) {
            ending.run();
            unsubscribe = null;
        }
        viewer = null;
        super.dispose();
    }
}
