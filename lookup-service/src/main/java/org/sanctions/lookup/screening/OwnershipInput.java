package org.sanctions.lookup.screening;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanctions.lookup.matching.Kind;

/** The customer's own ownership structure sent with a screening (field names are a contract with client code). */
@Schema(name = "OwnershipStructure", description = "The customer's direct owners and controllers, nested",
        example = "{\"owners\":[{\"name\":\"Oleg Deripaska\",\"kind\":\"PERSON\",\"share\":30},"
                + "{\"name\":\"Acme Holdings Ltd\",\"kind\":\"ORGANIZATION\",\"share\":{\"min\":20,\"max\":30},"
                + "\"owners\":[{\"name\":\"Roman Abramovich\",\"controls\":true}]}]}")
public record OwnershipInput(@NotNull @Size(max = OwnershipScreening.MAX_OWNERS) List<@NotNull @Valid Owner> owners) {

    /** One owner or controller of the customer (or of another owner). */
    @Schema(name = "Owner")
    public record Owner(
            @NotBlank @Size(max = 500) String name,
            Kind kind,
            @Schema(description = "Percent held (0 to 100), or {min,max} when only a range is known; absent: unknown")
            ShareValue share,
            @Schema(description = "Controls the owned party by other means than shares (board, voting agreement)")
            Boolean controls,
            @Pattern(regexp = "\\d{4}(-\\d{2}(-\\d{2})?)?", message = "must be YYYY, YYYY-MM or YYYY-MM-DD")
            String birthDate,
            @Pattern(regexp = "[A-Za-z]{2}", message = "must be an ISO 3166 alpha-2 code") String country,
            @Size(max = OwnershipScreening.MAX_OWNERS) List<@NotNull @Valid Owner> owners) {

        boolean control() {
            return Boolean.TRUE.equals(controls);
        }

        List<Owner> ownersOrEmpty() {
            return owners == null ? List.of() : owners;
        }
    }

    /** A share in percent: a number for an exact holding, or an object {min, max} for a range. */
    @Schema(name = "OwnershipShare", description = "A number 0..100, or {\"min\":..,\"max\":..}",
            oneOf = {BigDecimal.class, ShareRange.class})
    @JsonDeserialize(using = ShareValue.Reader.class)
    public record ShareValue(BigDecimal min, BigDecimal max) {

        /** Reads a number or a {min, max} object. */
        static final class Reader extends JsonDeserializer<ShareValue> {
            @Override
            public ShareValue deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
                if (p.currentToken() == JsonToken.VALUE_NUMBER_INT || p.currentToken() == JsonToken.VALUE_NUMBER_FLOAT) {
                    BigDecimal v = p.getDecimalValue();
                    return new ShareValue(v, v);
                }
                if (p.currentToken() != JsonToken.START_OBJECT) {
                    return (ShareValue) ctx.handleUnexpectedToken(ShareValue.class, p);
                }
                JsonNode node = p.readValueAsTree();
                return new ShareValue(number(node, "min", p, ctx), number(node, "max", p, ctx));
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

    /** The {min, max} form of a share. */
    @Schema(name = "OwnershipShareRange")
    public record ShareRange(BigDecimal min, BigDecimal max) {
    }
}
