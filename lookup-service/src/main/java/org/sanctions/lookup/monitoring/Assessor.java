package org.sanctions.lookup.monitoring;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.sanctions.lookup.index.IndexState;
import org.sanctions.lookup.matching.ListedName;
import org.sanctions.lookup.matching.ListedParty;
import org.sanctions.lookup.matching.Match;
import org.sanctions.lookup.screening.EngineInfo;
import org.sanctions.lookup.screening.ScreeningViews.MatchView;

/**
 * Turns an engine match into what an alert stores: score, explanation, measures, the engine version and a hash of
 * its configuration, the list version, and the hashed matching fields of both sides that suppressions key on.
 */
@ApplicationScoped
public class Assessor {

    private final IndexState lists;
    private final ObjectMapper json;
    private final String engineVersion;
    private final String configHash;

    Assessor(IndexState lists, ObjectMapper json, EngineInfo engine) {
        this.lists = lists;
        this.json = json;
        // the same identity as every screening answer and evidence row
        this.engineVersion = engine.version();
        this.configHash = engine.configHash();
    }

    /** The engine's version, recorded on each alert. */
    public String engineVersion() {
        return engineVersion;
    }

    /** A hash of the engine's configuration (weights, threshold, word lists), recorded on each alert. */
    public String configHash() {
        return configHash;
    }

    public double threshold() {
        return lists.index().weights().threshold();
    }

    public Assessment assess(Customer customer, Match match, long listVersion) {
        MatchView view = MatchView.of(match);
        Map<String, Object> partyFields = partyFields(match.party());
        return new Assessment(customer.bank(), customer.customerId(), match.party().id(), match.party().version(),
                match.score(), match.matchedName(), write(view.explanation()), write(view.measures()), engineVersion,
                configHash, listVersion, Customer.Hashes.sha256(partyFields.toString()), customer.matchingHash(),
                write(partyFields), write(customer.matchingFields()));
    }

    /** The listed party's fields that matching reads, in a stable order. */
    static Map<String, Object> partyFields(ListedParty party) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("names", new TreeSet<>(party.names().stream().map(ListedName::fullName).toList()));
        fields.put("kind", party.kind() == null ? null : party.kind().name());
        fields.put("birthDates", party.birthDates().stream().map(b -> b.exact() != null ? b.exact().toString()
                : b.fromYear() == b.toYear() ? Integer.toString(b.fromYear()) : b.fromYear() + ".." + b.toYear())
                .sorted().toList());
        fields.put("nationalities", new TreeSet<>(party.nationalities()));
        return fields;
    }

    /** Stored JSON as a tree, to embed in another document. */
    com.fasterxml.jackson.databind.JsonNode tree(String stored) {
        try {
            return json.readTree(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored alert content is not JSON", e);
        }
    }

    String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise alert content", e);
        }
    }
}
