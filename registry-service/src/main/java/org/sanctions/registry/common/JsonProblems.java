package org.sanctions.registry.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Turns JSON reading and binding failures into 400 problems naming the field, never a Java type or class. */
public final class JsonProblems {

    private JsonProblems() {
    }

    public static ApiException of(JsonProcessingException e) {
        if (!(e instanceof JsonMappingException mapping)) {
            return ApiException.malformed("The request body is not well-formed JSON (or not valid UTF-8).");
        }
        if (mapping.getCause() instanceof ApiException api) {
            return api;
        }
        String field = JsonPaths.of(mapping.getPath());
        if (field.isEmpty()) {
            return ApiException.malformed("The request body has the wrong shape: a JSON object is expected.");
        }
        return ApiException.validation(List.of(new Violation(field, message(mapping))));
    }

    private static String message(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "is not a known field";
        }
        if (e instanceof InvalidTextException text) {
            return text.getOriginalMessage();
        }
        Class<?> target = e instanceof InvalidFormatException f ? f.getTargetType() : null;
        if (target != null && target.isEnum()) {
            return "must be one of " + Arrays.stream(target.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        if ((target != null && target.getName().startsWith("java.time."))
                || e.getCause() instanceof java.time.DateTimeException) {
            return "is not a valid date (expected ISO 8601, e.g. 2020-08-07)";
        }
        return "has the wrong type or format";
    }
}
