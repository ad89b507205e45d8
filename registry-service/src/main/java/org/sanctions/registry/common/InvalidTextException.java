package org.sanctions.registry.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/** A JSON string value that is not acceptable text (unpaired surrogate, NUL or other control character). */
public class InvalidTextException extends JsonMappingException {

    public InvalidTextException(JsonParser parser, String message) {
        super(parser, message);
    }
}
