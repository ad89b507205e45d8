package org.sanctions.lookup.screening;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * An owner's share in percent: a number for an exact holding, or {min, max} for a range (its OpenAPI schema, a
 * oneOf, is in application.properties).
 */
@JsonDeserialize(using = OwnerShare.Reader.class)
public record OwnerShare(BigDecimal min, BigDecimal max) {

    /** Reads a number or a {min, max} object. */
    static final class Reader extends JsonDeserializer<OwnerShare> {
        @Override
        public OwnerShare deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_NUMBER_INT || p.currentToken() == JsonToken.VALUE_NUMBER_FLOAT) {
                BigDecimal v = p.getDecimalValue();
                return new OwnerShare(v, v);
            }
            if (p.currentToken() != JsonToken.START_OBJECT) {
                return (OwnerShare) ctx.handleUnexpectedToken(OwnerShare.class, p);
            }
            JsonNode node = p.readValueAsTree();
            return new OwnerShare(number(node, "min", p, ctx), number(node, "max", p, ctx));
        }

        private static BigDecimal number(JsonNode node, String field, JsonParser p, DeserializationContext ctx)
                throws IOException {
            JsonNode v = node.get(field);
            if (v == null || !v.isNumber()) {
                return (BigDecimal) ctx.handleUnexpectedToken(BigDecimal.class, p);
            }
            return v.decimalValue();
        }
    }
}
