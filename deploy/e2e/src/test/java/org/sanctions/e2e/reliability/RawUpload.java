package org.sanctions.e2e.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * An upload over a plain socket, for what an HTTP client library will not send: a declared Content-Length far above
 * what is sent (a client announcing gigabytes), or a chunked body of random bytes. The body is written from another
 * thread while the answer is read, so a server that answers early (413) is seen answering instead of as a broken pipe.
 */
final class RawUpload {

    /** The answer: status (0 when none came), headers in lower case, the start of the body. */
    record Answer(int status, Map<String, String> headers, String body, long bytesSent, String error) {
    }

    private RawUpload() {
    }

    /**
     * Sends {@code method target} with the headers, announcing {@code declaredLength} bytes (chunked when negative)
     * and writing at most {@code sendBytes} random bytes, then reads the answer within the timeout.
     */
    static Answer send(URI base, String method, String target, Map<String, String> headers, long declaredLength,
            long sendBytes, Duration timeout) {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout((int) timeout.toMillis());
            OutputStream out = socket.getOutputStream();
            StringBuilder head = new StringBuilder(method + " " + target + " HTTP/1.1\r\n");
            head.append("Host: ").append(base.getHost()).append(':').append(base.getPort()).append("\r\n");
            headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
            head.append(declaredLength < 0 ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + declaredLength + "\r\n");
            head.append("Connection: close\r\n\r\n");
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            long[] sent = {0};
            Thread writer = new Thread(() -> writeBody(out, declaredLength < 0, sendBytes, sent), "raw-upload");
            writer.setDaemon(true);
            writer.start();
            Answer answer = read(socket.getInputStream(), sent);
            writer.interrupt();
            return answer;
        } catch (SocketTimeoutException e) {
            return new Answer(0, Map.of(), "", 0, "no answer within " + timeout);
        } catch (IOException e) {
            return new Answer(0, Map.of(), "", 0, e.toString());
        }
    }

    private static void writeBody(OutputStream out, boolean chunked, long sendBytes, long[] sent) {
        byte[] block = new byte[64 * 1024];
        try {
            while (sent[0] < sendBytes && !Thread.currentThread().isInterrupted()) {
                ThreadLocalRandom.current().nextBytes(block);
                int n = (int) Math.min(block.length, sendBytes - sent[0]);
                if (chunked) {
                    out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                }
                out.write(block, 0, n);
                if (chunked) {
                    out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
                }
                sent[0] += n;
            }
            if (chunked) {
                out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            }
            out.flush();
        } catch (IOException serverStoppedReading) {
            // expected when the server refuses the body: its answer is what counts
        }
    }

    private static Answer read(InputStream in, long[] sent) throws IOException {
        String statusLine = line(in);
        if (statusLine == null || !statusLine.startsWith("HTTP/")) {
            return new Answer(0, Map.of(), "", sent[0], "no status line: " + statusLine);
        }
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        Map<String, String> headers = new TreeMap<>();
        for (String line = line(in); line != null && !line.isEmpty(); line = line(in)) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
            }
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            for (String size = line(in); size != null && !size.isBlank(); size = line(in)) {
                int n = Integer.parseInt(size.split(";")[0].trim(), 16);
                if (n == 0 || body.size() > 65536) {
                    break;
                }
                copy(in, body, n);
                line(in);
            }
        } else {
            copy(in, body, Long.parseLong(headers.getOrDefault("content-length", "65536")));
        }
        return new Answer(status, headers, body.toString(StandardCharsets.UTF_8), sent[0], null);
    }

    private static void copy(InputStream in, ByteArrayOutputStream body, long length) throws IOException {
        byte[] buffer = new byte[8192];
        long wanted = Math.min(length, 65536);
        for (long read = 0; read < wanted; ) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, wanted - read));
            if (n < 0) {
                return;
            }
            body.write(buffer, 0, n);
            read += n;
        }
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c >= 0; c = in.read()) {
            if (c == '\n') {
                int end = line.length();
                return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
            }
            line.append((char) c);
        }
        return line.length() == 0 ? null : line.toString();
    }
}
