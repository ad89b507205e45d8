package org.sanctions.lookup.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.List;

/**
 * Refuses text PostgreSQL cannot store (NUL) and text that is not Unicode (an unpaired UTF-16 surrogate), in JSON
 * bodies and in query parameters, with a 400 naming the field: screenings and jobs are recorded as evidence, and
 * such a value would otherwise fail the evidence write and come back as a 5xx for what is bad input.
 */
@Singleton
public class StorableText implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("storable-text").addDeserializer(String.class, new Deserializer()));
    }

    /** Why the text cannot be stored, or null when it can. */
    public static String problemIn(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return "must not contain a NUL character";
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "must not contain an unpaired UTF-16 surrogate";
            }
        }
        return null;
    }

    /** A 400 for the query parameter when one of its values cannot be stored. */
    public static void requireStorable(String field, List<String> values) {
        for (String value : values == null ? List.<String>of() : values) {
            String problem = value == null ? null : problemIn(value);
            if (problem != null) {
                throw ProblemException.invalid(field, problem);
            }
        }
    }

    /** JSON strings, checked as they are read. */
    static final class Deserializer extends StdScalarDeserializer<String> {

        Deserializer() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (String) ctxt.handleUnexpectedToken(String.class, p);
            }
            String text = p.getText();
            String problem = problemIn(text);
            if (problem != null) {
                throw InvalidFormatException.from(p, problem, text, String.class);
            }
            return text;
        }
    }
}
