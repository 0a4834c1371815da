/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.ui.session;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IWorkbenchWindow;
import org.fieldbridge.commissioning.Commissioning;
import org.fieldbridge.commissioning.CommissioningModel;
import org.fieldbridge.commissioning.Controller;
import org.fieldbridge.commissioning.EndpointOverrides;
import org.fieldbridge.commissioning.MappedValue;
import org.fieldbridge.commissioning.connect.LinkStatus;
import org.fieldbridge.commissioning.connect.ModbusLink;
import org.fieldbridge.commissioning.connect.OpcUaAccess;
import org.fieldbridge.commissioning.connect.OpcUaLink;
import org.fieldbridge.commissioning.live.LiveReader;
import org.fieldbridge.commissioning.live.LiveValue;
import org.fieldbridge.dsl.check.Finding;
import org.fieldbridge.dsl.ui.TwinUiPlugin;

/**
 * What a workbench window commissions: the .twin files (or folders) opened, their {@link CommissioningModel} (loaded
 * in a Job with the language's checker and the generator's resolution, as {@code fieldbridge read} loads them) and
 * one link per connection with its state, round trip and last error.
 * <p>
 * Methods that talk to a controller ({@link #connect}, {@link #withModbus}, {@link #withOpcUa}, {@link #readLive})
 * block until the controller answers or times out: call them from a Job, never from the UI thread. Actions on one
 * connection take turns; different connections run side by side. Listeners are told about every change on the
 * thread that made it; views hop to the UI thread themselves.
 * <p>
 * Controllers are where the .twin files say, unless moved by endpoint overrides ({@code NAME=host:port}, as
 * {@code fieldbridge read --endpoint}); the default overrides come from the system property
 * {@value #ENDPOINTS_PROPERTY} (comma-separated), for test rigs and simulators on other ports.
 */
public final class CommissioningSession {

    /** System property with the default endpoint overrides, e.g. {@code PLC4=127.0.0.1:15020,Oven2=127.0.0.1:4841}. */
    public static final String ENDPOINTS_PROPERTY = "fieldbridge.commissioning.endpoints";

    /** What changed; listeners re-read what they show. */
    public enum Change {
        /** Loading started or ended: {@link #model()}, {@link #findings()}, {@link #problem()}, the connections. */
        MODEL,
        /** A connection's state, round trip or last error. */
        STATUS
    }

    /** Told about every change, on the thread that made it. */
    @FunctionalInterface
    public interface Listener {
        /**
         * @param session the session
         * @param change what changed
         */
        void sessionChanged(CommissioningSession session, Change change);
    }

    /** Work done on a connection's link while no other action uses it. */
    @FunctionalInterface
    public interface LinkWork<L, T, E extends Exception> {
        /**
         * @param link the link (connects on first use)
         * @return the result
         * @throws E as the link's requests throw
         */
        T run(L link) throws E;
    }

    private static Commissioning commissioning;

    private final Clock clock;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final Map<String, SessionLink> links = new LinkedHashMap<>();
    private volatile List<Path> inputs = List.of();
    private volatile List<String> endpointOverrides = defaultOverrides();
    private volatile OpcUaAccess access = OpcUaAccess.of(System.getenv(), OpcUaAccess.defaultPki());
    private volatile CommissioningModel model;
    private volatile List<Finding> findings = List.of();
    private volatile String problem;
    private volatile boolean loading;
    private volatile boolean disposed;
    private final List<Runnable> disposeHooks = new CopyOnWriteArrayList<>();
    private SavedFilesReload savedFiles;

    /** @param clock the clock errors and ages are timed with */
    public CommissioningSession(Clock clock) {
        this.clock = clock;
    }

    /**
     * @param window a workbench window
     * @return its session, created on first use and disposed with the window
     */
    public static CommissioningSession of(IWorkbenchWindow window) {
        return WindowSessions.sessionOf(window);
    }

    /**
     * Follows a window's session: a view that stays open while the session is disposed (and replaced by a fresh
     * one) attaches to the new one instead of showing a disposed session.
     *
     * @param window   a workbench window
     * @param attach   given the window's session at once (on this thread) and every session that replaces it later
     *                 (on the thread that disposed the old one: hop to the UI thread)
     * @return stops following (call it when the view is disposed)
     */
    public static Runnable follow(IWorkbenchWindow window, java.util.function.Consumer<CommissioningSession> attach) {
        return WindowSessions.follow(window, attach);
    }

    /** Loads the files again whenever a commissioned .twin or .plant file is saved in the workspace. */
    void followSavedFiles() {
        savedFiles = SavedFilesReload.follow(this);
    }

    /**
     * Opens the session on .twin files or folders (searched recursively, with the plants they import) and loads
     * them in a Job; links of connections that stay the same stay open, the others are closed.
     *
     * @param files .twin files or folders
     * @return the scheduled loading Job
     */
    public Job open(List<Path> files) {
        inputs = List.copyOf(files);
        return reload();
    }

    /** @return a scheduled Job loading the opened files again (after a save, or new overrides) */
    public Job reload() {
        loading = true;
        fire(Change.MODEL);
        Job job = Job.create("Loading " + describeInputs() + " for commissioning", this::load);
        job.setPriority(Job.SHORT);
        job.schedule();
        return job;
    }

    private IStatus load(IProgressMonitor monitor) {
        List<Path> files = inputs;
        try {
            CommissioningModel.Loaded loaded = commissioning().load(files);
            if (loaded.model() == null) {
                loaded(null, loaded.findings(), describeInputs() + " has errors: fix them (Problems view) and load"
                        + " again");
            } else {
                CommissioningModel moved = loaded.model().with(EndpointOverrides.parse(endpointOverrides,
                        loaded.model()));
                loaded(moved, loaded.findings(), null);
            }
        } catch (IOException e) {
            loaded(null, List.of(), describeInputs() + " cannot be read: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            loaded(null, List.of(), e.getMessage().replace("--endpoint ", "endpoint override "));
        }
        return Status.OK_STATUS;
    }

    private void loaded(CommissioningModel newModel, List<Finding> newFindings, String newProblem) {
        List<SessionLink> dropped = new ArrayList<>();
        synchronized (links) {
            if (disposed) {
                return;
            }
            Map<String, SessionLink> kept = new LinkedHashMap<>();
            List<Controller> controllers = newModel == null ? List.of() : newModel.controllers();
            for (Controller controller : controllers) {
                SessionLink old = links.get(controller.name());
                kept.put(controller.name(), old != null && old.controller().equals(controller) ? old
                        : new SessionLink(controller, access, clock));
            }
            links.values().stream().filter(l -> !kept.containsValue(l)).forEach(dropped::add);
            links.clear();
            links.putAll(kept);
            model = newModel;
            findings = List.copyOf(newFindings);
            problem = newProblem;
            loading = false;
        }
        dropped.forEach(SessionLink::close);
        fire(Change.MODEL);
    }

    /** @return the headless services with the workbench's .twin language (addresses, loading) */
    public static synchronized Commissioning commissioning() {
        if (commissioning == null) {
            commissioning = Commissioning.with(TwinUiPlugin.get().injector());
        }
        return commissioning;
    }

    /** @return the opened .twin files or folders; empty before {@link #open} */
    public List<Path> inputs() {
        return inputs;
    }

    /** @return e.g. {@code riverside.twin} or {@code riverside (folder)}; {@code nothing} before {@link #open} */
    public String describeInputs() {
        List<Path> files = inputs;
        if (files.isEmpty()) {
            return "nothing";
        }
        return String.join(", ", files.stream().map(p -> String.valueOf(p.getFileName())).toList());
    }

    /** @return whether the files are being loaded now */
    public boolean loading() {
        return loading;
    }

    /** @return the resolved model, with the endpoint overrides applied; empty before loading or when refused */
    public Optional<CommissioningModel> model() {
        return Optional.ofNullable(model);
    }

    /** @return the checker's findings of the last load, errors and warnings */
    public List<Finding> findings() {
        return findings;
    }

    /** @return why the last load gave no model, in plant words; null when it gave one */
    public String problem() {
        return problem;
    }

    /** @return the controllers of the loaded model, in declaration order */
    public List<Controller> controllers() {
        return model().map(CommissioningModel::controllers).orElse(List.of());
    }

    /** @return the state, round trip and last error of every connection, in declaration order */
    public List<LinkStatus> statuses() {
        synchronized (links) {
            return links.values().stream().map(SessionLink::status).toList();
        }
    }

    /**
     * @param connection a connection's name
     * @return its state, round trip and last error
     */
    public Optional<LinkStatus> status(String connection) {
        return link(connection).map(SessionLink::status);
    }

    /**
     * @param connection a connection's name
     * @return whether an action (connect, read, browse, scan) runs on it now (listeners hear when it ends, not when
     *         it starts: live reading would otherwise double the events)
     */
    public boolean busy(String connection) {
        return link(connection).map(SessionLink::busy).orElse(false);
    }

    /**
     * Connects (again, if connected). Blocks: call from a Job.
     *
     * @param connection a connection's name
     * @return the status afterwards
     * @throws IllegalArgumentException when the session has no such connection
     */
    public LinkStatus connect(String connection) {
        SessionLink link = required(connection);
        return act(link, () -> link.modbus() != null ? link.modbus().connect() : link.opcua().connect());
    }

    /**
     * Closes a connection; its last error stays. Waits for an action running on it to end: call from a Job.
     *
     * @param connection a connection's name
     */
    public void disconnect(String connection) {
        SessionLink link = required(connection);
        act(link, () -> {
            if (link.modbus() != null) {
                link.modbus().disconnect();
            } else {
                link.opcua().disconnect();
            }
            return null;
        });
    }

    /**
     * Runs work on a Modbus connection's link (a scan, a raw read) while no other action uses it. Blocks.
     *
     * @param connection the Modbus connection's name
     * @param work what to do with the link
     * @return what the work returns
     * @throws E what the work throws
     * @throws IllegalArgumentException when there is no such Modbus connection
     */
    public <T, E extends Exception> T withModbus(String connection, LinkWork<ModbusLink, T, E> work) throws E {
        SessionLink link = required(connection);
        if (link.modbus() == null) {
            throw new IllegalArgumentException(connection + " is an OPC UA connection, not Modbus");
        }
        return actThrowing(link, () -> work.run(link.modbus()));
    }

    /**
     * Runs work on an OPC UA connection's link (browse, read) while no other action uses it. Blocks.
     *
     * @param connection the OPC UA connection's name
     * @param work what to do with the link
     * @return what the work returns
     * @throws E what the work throws
     * @throws IllegalArgumentException when there is no such OPC UA connection
     */
    public <T, E extends Exception> T withOpcUa(String connection, LinkWork<OpcUaLink, T, E> work) throws E {
        SessionLink link = required(connection);
        if (link.opcua() == null) {
            throw new IllegalArgumentException(connection + " is a Modbus connection, not OPC UA");
        }
        return actThrowing(link, () -> work.run(link.opcua()));
    }

    /**
     * Reads every mapping of the connected connections once, through the runtime's acquisition and conditioning
     * ({@link LiveReader}); mappings of connections not connected are left out. Blocks: call from a Job.
     *
     * @return one value per mapping read, in the model's order
     */
    public List<LiveValue> readLive() {
        CommissioningModel current = model;
        if (current == null) {
            return List.of();
        }
        LiveReader reader = new LiveReader(clock, access);
        Map<MappedValue, LiveValue> read = new LinkedHashMap<>();
        for (SessionLink link : connectedLinks()) {
            List<MappedValue> mapped = current.mappings().stream()
                    .filter(m -> m.connection().equals(link.controller().name())).toList();
            if (mapped.isEmpty()) {
                continue;
            }
            List<LiveValue> values = act(link, () -> link.modbus() != null ? reader.readModbus(link.modbus(), mapped)
                    : reader.readOpcUa(link.opcua(), mapped));
            values.forEach(v -> read.put(v.mapping(), v));
        }
        return current.mappings().stream().filter(read::containsKey).map(read::get).toList();
    }

    private List<SessionLink> connectedLinks() {
        synchronized (links) {
            return links.values().stream().filter(SessionLink::connected).toList();
        }
    }

    /**
     * Moves controllers, as {@code --endpoint} does on the command line; applied by the next {@link #reload()}.
     *
     * @param specs e.g. {@code PLC4=127.0.0.1:15020}
     */
    public void setEndpointOverrides(List<String> specs) {
        endpointOverrides = List.copyOf(specs);
    }

    /** @return the endpoint overrides the next load applies */
    public List<String> endpointOverrides() {
        return endpointOverrides;
    }

    /**
     * Sets where OPC UA secrets and certificates are read; links opened by the next {@link #reload()} use it.
     *
     * @param opcua secrets and certificates (default: this process's environment and
     *            {@link OpcUaAccess#defaultPki()})
     */
    public void setOpcUaAccess(OpcUaAccess opcua) {
        access = opcua;
        List<SessionLink> old = new ArrayList<>();
        synchronized (links) {
            links.replaceAll((name, l) -> {
                if (l.opcua() == null) {
                    return l; // Modbus links need no secrets: they stay connected
                }
                old.add(l);
                return new SessionLink(l.controller(), opcua, clock);
            });
        }
        closeInBackground(old);
        fire(Change.STATUS);
    }

    /** @param listener told about every change, on the thread that made it */
    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    /** @param listener no longer told */
    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    /** @return whether {@link #dispose()} was called (a disposed session loads and connects nothing) */
    boolean isDisposed() {
        return disposed;
    }

    /** Closes every connection (in the background: a connect may be waiting for its timeout) and forgets the model. */
    public void dispose() {
        if (savedFiles != null) {
            savedFiles.stop();
        }
        List<SessionLink> old;
        synchronized (links) {
            disposed = true;
            old = new ArrayList<>(links.values());
            links.clear();
            model = null;
        }
        closeInBackground(old);
        listeners.clear();
        disposeHooks.forEach(Runnable::run);
        disposeHooks.clear();
    }

    /** @param hook run once when this session is disposed (the window replaces it) */
    void whenDisposed(Runnable hook) {
        disposeHooks.add(hook);
    }

    private static void closeInBackground(List<SessionLink> old) {
        if (old.isEmpty()) {
            return;
        }
        Job job = Job.create("Closing commissioning connections", monitor -> {
            old.forEach(SessionLink::close);
        });
        job.setSystem(true);
        job.schedule();
    }

    private Optional<SessionLink> link(String connection) {
        synchronized (links) {
            return Optional.ofNullable(links.get(connection));
        }
    }

    private SessionLink required(String connection) {
        return link(connection).orElseThrow(() -> new IllegalArgumentException("there is no connection " + connection
                + " in " + describeInputs() + " (connections: " + String.join(", ", names()) + ")"));
    }

    private List<String> names() {
        synchronized (links) {
            return List.copyOf(links.keySet());
        }
    }

    /** An action on a link that throws nothing checked. */
    private interface Action<T, E extends Exception> {
        T run() throws E;
    }

    private <T> T act(SessionLink link, Action<T, RuntimeException> action) {
        return actThrowing(link, action);
    }

    private <T, E extends Exception> T actThrowing(SessionLink link, Action<T, E> action) throws E {
        link.lock();
        try {
            return action.run();
        } finally {
            link.unlock();
            fire(Change.STATUS);
        }
    }

    private void fire(Change change) {
        for (Listener listener : listeners) {
            try {
                listener.sessionChanged(this, change);
            } catch (RuntimeException e) {
                // one broken view must not stop the others or the action that changed the session
                ILog.of(getClass()).error("A commissioning view failed to follow the session", e);
            }
        }
    }

    private static List<String> defaultOverrides() {
        String property = System.getProperty(ENDPOINTS_PROPERTY, "").strip();
        return property.isEmpty() ? List.of()
                : Arrays.stream(property.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
