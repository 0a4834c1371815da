/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.ui.session;

import java.time.Clock;
import java.util.concurrent.locks.ReentrantLock;

import org.fieldbridge.commissioning.Controller;
import org.fieldbridge.commissioning.connect.LinkState;
import org.fieldbridge.commissioning.connect.LinkStatus;
import org.fieldbridge.commissioning.connect.ModbusLink;
import org.fieldbridge.commissioning.connect.OpcUaAccess;
import org.fieldbridge.commissioning.connect.OpcUaLink;

/**
 * One connection of a session: its Modbus or OPC UA link and the lock that makes the views (Connections, Browser,
 * Scanner, Live Values, each in its own Job) take turns, as the headless links serve one caller at a time.
 */
final class SessionLink {

    private final Controller controller;
    private final ModbusLink modbus;
    private final OpcUaLink opcua;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile LinkStatus status;
    private volatile boolean busy;

    SessionLink(Controller controller, OpcUaAccess access, Clock clock) {
        this.controller = controller;
        if (controller instanceof Controller.Modbus m) {
            modbus = new ModbusLink(m, clock);
            opcua = null;
            status = modbus.status();
        } else {
            modbus = null;
            opcua = new OpcUaLink((Controller.OpcUa) controller, access, clock);
            status = opcua.status();
        }
    }

    Controller controller() {
        return controller;
    }

    ModbusLink modbus() {
        return modbus;
    }

    OpcUaLink opcua() {
        return opcua;
    }

    /** @return the status as of the end of the last action, readable without waiting for a running one */
    LinkStatus status() {
        return status;
    }

    /** @return whether an action (connect, read, browse, scan) runs on this link now */
    boolean busy() {
        return busy;
    }

    /** @return whether the last connect or request succeeded and it was not disconnected since */
    boolean connected() {
        return status.state() == LinkState.CONNECTED;
    }

    void lock() {
        lock.lock();
        busy = true;
    }

    /** Ends an action: remembers the status it left behind. */
    void unlock() {
        status = modbus != null ? modbus.status() : opcua.status();
        busy = lock.getHoldCount() > 1;
        lock.unlock();
    }

    void close() {
        lock.lock();
        try {
            if (modbus != null) {
                modbus.close();
            } else {
                opcua.close();
            }
            status = modbus != null ? modbus.status() : opcua.status();
        } finally {
            lock.unlock();
        }
    }
}
