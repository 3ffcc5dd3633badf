package org.kepu.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/** A loopback port where nothing listens, standing in for an engine that is down. */
final class ElasticsearchDown {

    private ElasticsearchDown() {}

    static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort(); // free again once closed: connections are refused at once
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
