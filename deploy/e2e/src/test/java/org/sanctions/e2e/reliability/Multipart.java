package org.sanctions.e2e.reliability;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** multipart/form-data bodies with whatever part names, file names and contents a test wants, hostile ones included. */
final class Multipart {

    static final String BOUNDARY = "e2e-hostile-boundary-7d1f";

    /** One part: a form field when {@code filename} is null, else a file. */
    record Part(String name, String filename, String contentType, byte[] content) {

        static Part field(String name, String value) {
            return new Part(name, null, null, value.getBytes(StandardCharsets.UTF_8));
        }

        static Part file(String filename, String contentType, byte[] content) {
            return new Part("file", filename, contentType, content);
        }
    }

    private Multipart() {
    }

    static String contentType() {
        return "multipart/form-data; boundary=" + BOUNDARY;
    }

    static byte[] body(List<Part> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Part part : parts) {
            StringBuilder head = new StringBuilder("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"")
                    .append(part.name()).append('"');
            if (part.filename() != null) {
                head.append("; filename=\"").append(part.filename()).append('"');
            }
            head.append("\r\n");
            if (part.contentType() != null) {
                head.append("Content-Type: ").append(part.contentType()).append("\r\n");
            }
            head.append("\r\n");
            out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
            out.writeBytes(part.content());
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
