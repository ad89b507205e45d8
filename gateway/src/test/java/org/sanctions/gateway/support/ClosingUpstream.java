package org.sanctions.gateway.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A service behind the gateway (raw HTTP/1.1 on a loopback socket) that closes its keep-alive connections at the
 * worst moment: it answers the first request of a connection with keep-alive, then closes the connection either as
 * soon as the next request on it starts to arrive (without reading or answering it), or once the connection has
 * been idle for {@code idleCloseMillis}, whichever comes first. Answers are a JSON echo of method, path and the
 * number of body bytes read.
 */
public final class ClosingUpstream implements AutoCloseable {

    private final ServerSocket server;
    private final int idleCloseMillis;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final AtomicInteger answered = new AtomicInteger();
    private final AtomicInteger closedOnReuse = new AtomicInteger();
    private final AtomicInteger closedWhenIdle = new AtomicInteger();

    private ClosingUpstream(int idleCloseMillis) throws IOException {
        this.idleCloseMillis = idleCloseMillis;
        this.server = new ServerSocket(0, 64, InetAddress.getLoopbackAddress());
        threads.execute(this::accept);
    }

    /** Starts one on a free loopback port. */
    public static ClosingUpstream start(int idleCloseMillis) {
        try {
            return new ClosingUpstream(idleCloseMillis);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Base URL, e.g. http://127.0.0.1:40123. */
    public String url() {
        return "http://127.0.0.1:" + server.getLocalPort();
    }

    /** Requests answered. */
    public int answered() {
        return answered.get();
    }

    /** Connections closed just as a second request on them started to arrive. */
    public int closedOnReuse() {
        return closedOnReuse.get();
    }

    /** Connections closed after being idle for idleCloseMillis. */
    public int closedWhenIdle() {
        return closedWhenIdle.get();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                threads.execute(() -> serve(socket));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            InputStream in = socket.getInputStream();
            answer(in, socket.getOutputStream());
            socket.setSoTimeout(idleCloseMillis);
            try {
                if (in.read() >= 0) {
                    closedOnReuse.incrementAndGet();
                }
            } catch (SocketTimeoutException idle) {
                closedWhenIdle.incrementAndGet();
            }
        } catch (IOException e) {
            // the gateway went away first: nothing to do
        }
    }

    private void answer(InputStream in, OutputStream out) throws IOException {
        String head = readHead(in);
        String[] requestLine = head.substring(0, head.indexOf("\r\n")).split(" ");
        int length = contentLength(head);
        int read = in.readNBytes((int) length).length;
        String body = "{\"method\":\"" + requestLine[0] + "\",\"path\":\"" + requestLine[1] + "\",\"bodyBytes\":"
                + read + "}";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + bytes.length
                + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(bytes);
        out.flush();
        answered.incrementAndGet();
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("connection closed before the request head ended");
            }
            head.write(b);
            matched = b == "\r\n\r\n".charAt(matched) ? matched + 1 : b == '\r' ? 1 : 0;
        }
        return head.toString(StandardCharsets.US_ASCII);
    }

    private static int contentLength(String head) {
        for (String line : head.split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                return Integer.parseInt(line.substring(15).trim());
            }
        }
        return 0;
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            // closing anyway
        }
        threads.shutdownNow();
    }
}
