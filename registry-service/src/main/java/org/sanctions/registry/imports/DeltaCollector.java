package org.sanctions.registry.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.sanctions.registry.audit.chain.JsonDiff;
import org.sanctions.registry.importer.SourceKey;
import org.sanctions.registry.party.PartyDto;

/**
 * Collects the delta of one import run as it is applied. Each item goes into a SHA-256 in the order the run meets
 * it (the file's order, then the delistings), without the ids of new parties and measures, which differ from run to
 * run: two runs of the same file against the same registry give the same digest.
 */
final class DeltaCollector {

    private static final Set<String> BOOKKEEPING = Set.of("id", "version", "createdAt", "updatedAt");

    private final ObjectMapper json;
    private final int keep;
    private final MessageDigest digest;
    private final List<ImportDelta.AddedEntry> added = new ArrayList<>();
    private final List<ImportDelta.ChangedEntry> changed = new ArrayList<>();
    private final List<ImportDelta.DelistedEntry> delisted = new ArrayList<>();
    private final List<ImportDelta.RetainedValue> retained = new ArrayList<>();
    private long addedCount;
    private long changedCount;
    private long delistedCount;
    private long retainedCount;

    DeltaCollector(ObjectMapper json, int keep) {
        this.json = json;
        this.keep = keep;
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    void added(SourceKey key, String name) {
        addedCount++;
        ImportDelta.AddedEntry item = new ImportDelta.AddedEntry(key.toString(), name);
        hash("A", item);
        if (added.size() < keep) {
            added.add(item);
        }
    }

    void changed(SourceKey key, PartyDto before, PartyDto after, List<PartyMerge.Retained> kept) {
        for (PartyMerge.Retained r : kept) {
            retainedCount++;
            ImportDelta.RetainedValue item = new ImportDelta.RetainedValue(after.id(), key.toString(), r.field(),
                    r.value(), r.assertedBy());
            hash("K", item);
            if (retained.size() < keep) {
                retained.add(item);
            }
        }
        List<ImportDelta.FieldChange> changes = new ArrayList<>();
        JsonDiff.of(comparable(before), comparable(after), BOOKKEEPING).forEach(c -> changes.add(
                new ImportDelta.FieldChange(c.path("op").asText(), c.path("path").asText(), value(c.get("old")),
                        value(c.get("new")))));
        if (changes.isEmpty()) {
            return;
        }
        changedCount++;
        ImportDelta.ChangedEntry item = new ImportDelta.ChangedEntry(after.id(), key.toString(), primary(after), changes);
        hash("C", item);
        if (changed.size() < keep) {
            changed.add(item);
        }
    }

    void delisted(SourceKey key, UUID partyId, String name, Set<String> measures) {
        delistedCount++;
        ImportDelta.DelistedEntry item = new ImportDelta.DelistedEntry(partyId, key.toString(), name,
                List.copyOf(measures));
        hash("D", item);
        if (delisted.size() < keep) {
            delisted.add(item);
        }
    }

    long delistedCount() {
        return delistedCount;
    }

    ImportDelta finish(ImportMode mode, long listedBefore, double maxShare) {
        double share = listedBefore == 0 ? 0 : (double) delistedCount / listedBefore;
        boolean truncated = addedCount > added.size() || changedCount > changed.size()
                || delistedCount > delisted.size() || retainedCount > retained.size();
        return new ImportDelta(mode, listedBefore, share, maxShare, addedCount, changedCount, delistedCount,
                retainedCount, added, changed, delisted, retained, truncated,
                HexFormat.of().formatHex(((MessageDigest) clone(digest)).digest()));
    }

    static String primary(PartyDto party) {
        return party.names().stream().filter(n -> n.type() != null && "PRIMARY".equals(n.type().name()))
                .map(n -> n.fullName()).findFirst().orElse(party.names().isEmpty() ? "" : party.names().get(0).fullName());
    }

    /** The party as JSON without the ids of its measures (new measures get new ids in every run). */
    private JsonNode comparable(PartyDto party) {
        ObjectNode tree = json.valueToTree(party);
        tree.withArray("measures").forEach(m -> ((ObjectNode) m).remove("id"));
        return tree;
    }

    private static JsonNode value(JsonNode node) {
        return node == null || node.isNull() ? null : node;
    }

    private void hash(String kind, Object item) {
        try {
            digest.update((kind + json.writeValueAsString(item) + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a delta item", e);
        }
    }

    private static Object clone(MessageDigest digest) {
        try {
            return digest.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }
}
