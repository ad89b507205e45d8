package org.sanctions.registry.party;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One link a party asserts to another party: its type, which side the party is on, the other party (a registry id,
 * or the reference as published when it is not resolved), the share held when the link is ownership, and dates.
 */
@Schema(description = "A typed link from or to another party")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Relationship(
        @Schema(example = "OWNS") @NotNull RelationshipType type,
        @Schema(description = "OUTGOING: this party is the owner, director...; INCOMING: the other party is",
                defaultValue = "OUTGOING") RelationshipDirection direction,
        @Schema(nullable = true, description = "The other party in the registry")  UUID partyId,
        @Schema(nullable = true, description = "The other party as published, when it has no registry id")
        @Valid RelatedParty target,
        @Schema(nullable = true, example = "50") @DecimalMin("0") @DecimalMax("100") BigDecimal share,
        @Schema(nullable = true, example = "25") @DecimalMin("0") @DecimalMax("100") BigDecimal shareMin,
        @Schema(nullable = true, example = "50") @DecimalMin("0") @DecimalMax("100") BigDecimal shareMax,
        @Schema(nullable = true, example = "2019-03-01") LocalDate startDate,
        @Schema(nullable = true) LocalDate endDate,
        @Schema(nullable = true, example = "Owned or Controlled By") @Size(max = 1000) String remarks) {

    public Relationship {
        direction = direction == null ? RelationshipDirection.OUTGOING : direction;
        share = plain(share);
        shareMin = plain(shareMin);
        shareMax = plain(shareMax);
    }

    /** A link of the type to the reference, with nothing else known. */
    public static Relationship to(RelationshipType type, RelationshipDirection direction, RelatedParty target,
            String remarks) {
        return new Relationship(type, direction, null, target, null, null, null, null, null, remarks);
    }

    /** Shares compare by value: 50, 50.0 and 5E+1 are one share. */
    private static BigDecimal plain(BigDecimal share) {
        return share == null ? null : share.stripTrailingZeros().scale() < 0
                ? share.setScale(0) : share.stripTrailingZeros();
    }
}
