package org.sanctions.registry.imports;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What an import changes, or would change: entries added, changed (with field-level differences) and delisted, and
 * values the list dropped that stay because a person or another list asserts them. The lists keep the first entries
 * (see truncated); the counts and the digest cover all of them. An approval applies the delta only if a new run
 * yields the same digest.
 */
@Schema(name = "ImportDelta", description = "The changes an import makes or would make to the registry")
public record ImportDelta(
        @Schema(example = "FULL") ImportMode mode,
        @Schema(example = "14965", description = "Entries of the lists the file covers that were listed before")
        long listedBefore,
        @Schema(example = "0.0589", description = "delisted / listedBefore") double delistShare,
        @Schema(example = "0.05", description = "The share of delistings beyond which the delta waits for approval")
        double maxDelistShare,
        @Schema(example = "6870") long added,
        @Schema(example = "745") long changed,
        @Schema(example = "881") long delisted,
        @Schema(example = "2") long retained,
        List<AddedEntry> addedEntries,
        List<ChangedEntry> changedEntries,
        List<DelistedEntry> delistedEntries,
        List<RetainedValue> retainedValues,
        @Schema(description = "True when the lists above hold only the first entries of a kind") boolean truncated,
        @Schema(example = "3f7c0a5e9b1d4c2a8e6f0b3d5c7a9e1f2b4d6c8a0e2f4b6d8c0a2e4f6b8d0c2a",
                description = "SHA-256 over the whole delta") String digest) {

    @Schema(name = "ImportDeltaAdded", description = "A list entry the import adds")
    public record AddedEntry(@Schema(example = "US-OFAC/SDN/48907") String source,
            @Schema(example = "UZAY GROUP DIS TICARET LIMITED SIRKETI") String name) {
    }

    @Schema(name = "ImportDeltaChanged", description = "A party the import changes, field by field")
    public record ChangedEntry(UUID partyId, @Schema(example = "US-OFAC/SDN/2677") String source,
            @Schema(example = "BLANCO, Juan") String name, List<FieldChange> changes) {
    }

    @Schema(name = "ImportDeltaFieldChange", description = "One difference, with a JSON Pointer to the field")
    public record FieldChange(@Schema(example = "add", enumeration = {"add", "remove", "replace"}) String op,
            @Schema(example = "/birthDates/0") String path,
            @Schema(type = SchemaType.OBJECT, nullable = true, description = "The value before (any JSON)") JsonNode old,
            @JsonProperty("new") @Schema(name = "new", type = SchemaType.OBJECT, nullable = true,
                    description = "The value after (any JSON)") JsonNode now) {
    }

    @Schema(name = "ImportDeltaDelisted", description = "A list entry the file no longer has: its measures are revoked")
    public record DelistedEntry(UUID partyId, @Schema(example = "US-OFAC/SDN/1572") String source,
            @Schema(example = "NORIEGA, Manuel Antonio") String name,
            @Schema(example = "[\"SDNTK|ASSET_FREEZE|US-OFAC\"]") List<String> measures) {
    }

    @Schema(name = "ImportDeltaRetained", description = "A value the list dropped that stays: others assert it")
    public record RetainedValue(UUID partyId, @Schema(example = "US-OFAC/SDN/36159") String source,
            @Schema(example = "names") String field,
            @Schema(type = SchemaType.OBJECT, description = "The value (any JSON)") JsonNode value,
            @Schema(example = "[\"person editor\"]") List<String> assertedBy) {
    }
}
