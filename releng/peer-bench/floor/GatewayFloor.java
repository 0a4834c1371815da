/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The floor of releng/peer-bench.sh's gateway comparison (docs/performance.md, "The floor"): the least a gateway
 * written in Java does for the workload, as a yardstick for the host, not a product. One thread, one selector, no
 * library: every 100 ms it reads N INT16 holding registers of unit 1 from PeerBenchGatewaySlave (blocks of 125,
 * one request outstanding, as Fieldbridge's poller and the Node-RED flow read them), keeps the values that changed,
 * and after the cycle's last answer sends them, with the controller's value and a timestamp each, to the one
 * client (floor-client.js) for each "request" of 100 bytes the client has sent, as an OPC UA server answers
 * Publish requests. No OPC UA, no security, no address space, no per-value objects: whatever a real gateway costs
 * on top of this is its own.
 *
 * <p>Usage: {@code java GatewayFloor.java <controller port> <tags> <folder>} (writes {@code port} into the folder).</p>
 */
public final class GatewayFloor {

    private static final int MOST_PER_REQUEST = 125;
    private static final long PERIOD_NANOS = 100_000_000L;
    private static final int PUBLISH_REQUEST_BYTES = 100;

    private GatewayFloor() {
    }

    public static void main(String[] args) throws IOException {
        int controllerPort = Integer.parseInt(args[0]);
        int tags = Integer.parseInt(args[1]);
        Path folder = Path.of(args[2]);
        Selector selector = Selector.open();
        SocketChannel controller = SocketChannel.open(new InetSocketAddress("127.0.0.1", controllerPort));
        controller.setOption(StandardSocketOptions.TCP_NODELAY, true);
        controller.configureBlocking(false);
        controller.register(selector, SelectionKey.OP_READ);
        ServerSocketChannel server = ServerSocketChannel.open().bind(new InetSocketAddress("127.0.0.1", 0));
        server.configureBlocking(false);
        server.register(selector, SelectionKey.OP_ACCEPT);
        Path tmp = folder.resolve("port.tmp");
        Files.writeString(tmp, Integer.toString(((InetSocketAddress) server.getLocalAddress()).getPort()));
        Files.move(tmp, folder.resolve("port"), StandardCopyOption.ATOMIC_MOVE);

        ByteBuffer request = ByteBuffer.allocateDirect(12);
        ByteBuffer answer = ByteBuffer.allocateDirect(9 + 2 * MOST_PER_REQUEST);
        ByteBuffer fromClient = ByteBuffer.allocateDirect(4096);
        ByteBuffer toClient = ByteBuffer.allocateDirect(16 + 14 * tags);
        short[] values = new short[tags];
        boolean[] pending = new boolean[tags];
        int[] changed = new int[tags];
        int changes = 0;
        SocketChannel client = null;
        int requestBytes = 0;
        int nextOffset = -1; // the first register of the request outstanding, -1 when the cycle is over
        short transaction = 0;
        long nextCycle = System.nanoTime();
        while (true) {
            long waitMillis = (nextCycle - System.nanoTime()) / 1_000_000;
            if (waitMillis > 0) {
                selector.select(waitMillis);
            } else {
                selector.selectNow();
            }
            boolean cycleOver = false;
            for (SelectionKey key : selector.selectedKeys()) {
                if (key.isAcceptable()) {
                    client = server.accept();
                    client.setOption(StandardSocketOptions.TCP_NODELAY, true);
                    client.configureBlocking(false);
                    client.register(selector, SelectionKey.OP_READ);
                } else if (key.channel() == controller) {
                    if (controller.read(answer) < 0) {
                        return;
                    }
                    if (answer.position() < 9 || answer.position() < 6 + answer.getShort(4)) {
                        continue; // the rest of the answer has not arrived yet
                    }
                    int count = Math.min(MOST_PER_REQUEST, tags - nextOffset);
                    for (int i = 0; i < count && 9 + 2 * i + 1 < answer.position(); i++) {
                        short value = answer.getShort(9 + 2 * i);
                        int tag = nextOffset + i;
                        if (value != values[tag]) {
                            values[tag] = value;
                            if (!pending[tag]) {
                                pending[tag] = true;
                                changed[changes++] = tag;
                            }
                        }
                    }
                    answer.clear();
                    nextOffset += count;
                    if (nextOffset < tags) {
                        send(controller, request, ++transaction, nextOffset, Math.min(MOST_PER_REQUEST, tags - nextOffset));
                    } else {
                        nextOffset = -1;
                        cycleOver = true;
                    }
                } else if (key.channel() == client) {
                    fromClient.clear();
                    int read = client.read(fromClient);
                    if (read < 0) {
                        client.close();
                        client = null;
                        requestBytes = 0;
                        continue;
                    }
                    requestBytes += read;
                    cycleOver = true; // a change that waited for a request goes now
                }
            }
            selector.selectedKeys().clear();
            if (cycleOver && client != null && changes > 0 && requestBytes >= PUBLISH_REQUEST_BYTES) {
                long now = System.currentTimeMillis();
                toClient.clear();
                toClient.putInt(0).putInt(changes).putLong(now);
                for (int i = 0; i < changes; i++) {
                    toClient.putInt(changed[i]).putShort(values[changed[i]]).putLong(now);
                    pending[changed[i]] = false;
                }
                toClient.putInt(0, toClient.position()).flip();
                while (toClient.hasRemaining()) {
                    client.write(toClient);
                }
                requestBytes -= PUBLISH_REQUEST_BYTES;
                changes = 0;
            }
            if (System.nanoTime() - nextCycle >= 0) {
                nextCycle += PERIOD_NANOS;
                if (nextOffset < 0) { // a cycle still running when the next is due skips it, as a poller would
                    nextOffset = 0;
                    send(controller, request, ++transaction, 0, Math.min(MOST_PER_REQUEST, tags));
                }
            }
        }
    }

    /** Modbus TCP: read holding registers (function 3) of unit 1. */
    private static void send(SocketChannel controller, ByteBuffer request, short transaction, int offset, int count)
            throws IOException {
        request.clear();
        request.putShort(transaction).putShort((short) 0).putShort((short) 6).put((byte) 1).put((byte) 3)
                .putShort((short) offset).putShort((short) count).flip();
        while (request.hasRemaining()) {
            controller.write(request);
        }
    }
}
