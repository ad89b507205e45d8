package org.sanctions.e2e.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import org.sanctions.e2e.reliability.Http.Reply;

/** Checks that a refusal is an RFC 9457 problem document of the team's shape (README.md, "What the gateway answers itself"). */
final class Problems {

    private Problems() {
    }

    /** Empty when the reply is a proper problem document for its status, else what is wrong with it. */
    static Optional<String> defect(Reply reply) {
        return defect(reply.status(), reply.header("Content-Type"), reply.text());
    }

    /** Empty when the answer is a proper problem document for its status, else what is wrong with it. */
    static Optional<String> defect(int status, String contentType, String text) {
        if (contentType == null || !contentType.startsWith("application/problem+json")) {
            return Optional.of("Content-Type " + contentType + ", not application/problem+json");
        }
        JsonNode body;
        try {
            body = Http.JSON.readTree(text);
        } catch (java.io.IOException e) {
            body = null;
        }
        if (body == null || !body.isObject()) {
            return Optional.of("body is not a JSON object");
        }
        if (!body.path("type").asText().startsWith("urn:sanctions:problem:")) {
            return Optional.of("type " + body.path("type") + " is not urn:sanctions:problem:<slug>");
        }
        if (body.path("status").asInt() != status) {
            return Optional.of("status field " + body.path("status") + " differs from HTTP " + status);
        }
        if (text.contains("Exception") || text.contains("\tat ") || text.contains("java.")) {
            return Optional.of("leaks internals (exception or class name)");
        }
        return Optional.empty();
    }

    /** Fails unless the reply is a problem document with one of the given statuses. */
    static void assertProblem(Reply reply, int... statuses) {
        boolean expected = false;
        for (int s : statuses) {
            expected |= s == reply.status();
        }
        if (!expected) {
            throw new AssertionError("expected status " + java.util.Arrays.toString(statuses) + ": "
                    + reply.describe());
        }
        defect(reply).ifPresent(d -> {
            throw new AssertionError(d + ": " + reply.describe());
        });
    }
}
