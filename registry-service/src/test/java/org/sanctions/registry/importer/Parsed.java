package org.sanctions.registry.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A whole parse kept in memory, for assertions on small and medium files. */
public record Parsed(List<ImportedParty> parties, List<RejectedRow> rejects, ParseSummary summary) {

    public static Parsed of(ListParser parser, ImportInput input) {
        List<ImportedParty> parties = new ArrayList<>();
        List<RejectedRow> rejects = new ArrayList<>();
        ParseSummary summary = parser.parse(input, parties::add, rejects::add);
        return new Parsed(parties, rejects, summary);
    }

    public Map<String, ImportedParty> bySourceId() {
        return parties.stream().collect(Collectors.toMap(p -> p.source().sourceId(), Function.identity()));
    }

    public ImportedParty sourceId(String id) {
        ImportedParty party = bySourceId().get(id);
        assertThat(party).as("party with source id %s", id).isNotNull();
        return party;
    }

    public ImportedParty named(String primaryName) {
        List<ImportedParty> found = parties.stream().filter(p -> p.primaryName().equals(primaryName)).toList();
        assertThat(found).as("parties named %s", primaryName).hasSize(1);
        return found.get(0);
    }

    public static List<String> names(ImportedParty party, ImportedName.Type type) {
        return party.names().stream().filter(n -> n.type() == type).map(ImportedName::fullName).toList();
    }
}
