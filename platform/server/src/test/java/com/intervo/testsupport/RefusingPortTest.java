package com.intervo.testsupport;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.BindException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import org.junit.jupiter.api.Test;

/** "SMTP is down" stays down for the whole test: the port refuses at once and no server can take it meanwhile. */
class RefusingPortTest {

    @Test
    void theHeldPortRefusesConnectionsAndCannotBeTakenByAnotherServer() throws Exception {
        try (RefusingPort down = RefusingPort.open()) {
            InetAddress host = InetAddress.getByName(RefusingPort.HOST);
            assertThatThrownBy(() -> {
                        try (Socket client = new Socket()) {
                            client.connect(new InetSocketAddress(host, down.port()), 2000);
                        }
                    })
                    .isInstanceOf(ConnectException.class);
            // what GreenMail or any other server would do: bind it (with SO_REUSEADDR, as ServerSocket does)
            assertThatThrownBy(() -> {
                        try (ServerSocket server = new ServerSocket()) {
                            server.setReuseAddress(true);
                            server.bind(new InetSocketAddress(host, down.port()));
                        }
                    })
                    .isInstanceOf(BindException.class);
            assertThatThrownBy(() -> {
                        try (ServerSocket server = new ServerSocket()) {
                            server.bind(new InetSocketAddress(InetAddress.getByName("0.0.0.0"), down.port()));
                        }
                    })
                    .isInstanceOf(BindException.class);
        }
    }
}
