package org.sanctions.e2e.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * One hostile request: what it tries, the request itself (path with query, headers, body), and for a hostile value in
 * a JSON field the field's pointer and the value, so that an accepted value can be checked to be stored verbatim.
 * A raw attack ({@code declaredLength} set) goes over a plain socket (see {@link RawUpload}).
 */
record Attack(String label, String method, String target, Map<String, String> headers, byte[] body, String pointer,
        JsonNode sent, Long declaredLength, long rawBytes) {

    /** Marks the If-Match header whose value is the resource's current ETag, read just before sending. */
    static final String CURRENT_ETAG = "{{current-etag}}";

    static Attack of(String label, String method, String target, Map<String, String> headers, byte[] body) {
        return new Attack(label, method, target, headers, body, null, null, null, 0);
    }

    static Attack field(String label, String method, String target, Map<String, String> headers, byte[] body,
            String pointer, JsonNode sent) {
        return new Attack(label, method, target, headers, body, pointer, sent, null, 0);
    }

    /** A socket upload announcing {@code declaredLength} bytes (chunked when negative) and sending {@code rawBytes}. */
    static Attack raw(String label, String method, String target, Map<String, String> headers, long declaredLength,
            long rawBytes) {
        return new Attack(label, method, target, headers, null, null, null, declaredLength, rawBytes);
    }

    boolean isRaw() {
        return declaredLength != null;
    }
}
