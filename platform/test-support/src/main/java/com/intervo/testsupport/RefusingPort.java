package com.intervo.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;

/**
 * A loopback port that refuses every connection at once, for "the SMTP server is down". The port is bound by a socket
 * that never listens, for as long as this is open: no other server can take it meanwhile (as one could take a port
 * found free and closed again), and a client gets "connection refused" rather than a timeout. Tests run as root,
 * so a privileged port such as 1 would not do either.
 */
public final class RefusingPort implements AutoCloseable {

    public static final String HOST = "127.0.0.1";

    private final Socket holder;

    private RefusingPort(Socket holder) {
        this.holder = holder;
    }

    public static RefusingPort open() {
        Socket socket = new Socket();
        try {
            socket.setReuseAddress(false);
            socket.bind(new InetSocketAddress(InetAddress.getByName(HOST), 0));
            return new RefusingPort(socket);
        } catch (IOException e) {
            try {
                socket.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return holder.getLocalPort();
    }

    @Override
    public void close() {
        try {
            holder.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
