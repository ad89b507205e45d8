package org.sanctions.registry.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.text.Normalizer;

/**
 * Reads JSON strings strictly: only real strings (no numbers or booleans coerced to text), no unpaired UTF-16
 * surrogates, no NUL or other control characters except tab and line breaks (PostgreSQL cannot store NUL and a
 * lone surrogate is not text). Accepted text is stored in Unicode NFC so equal names compare equal.
 */
public class StrictStringDeserializer extends StdScalarDeserializer<String> {

    public StrictStringDeserializer() {
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
            throw new InvalidTextException(p, problem);
        }
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** Returns why the text is unacceptable, or null when it is fine. */
    public static String problemIn(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return "contains an unpaired UTF-16 surrogate";
            }
            if (Character.isLowSurrogate(c)) {
                return "contains an unpaired UTF-16 surrogate";
            }
            if (c == 0) {
                return "contains a NUL character";
            }
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
                return "contains a control character";
            }
        }
        return null;
    }
}
