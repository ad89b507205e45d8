package org.sanctions.lookup.monitoring;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.sanctions.lookup.index.IndexState;
import org.sanctions.lookup.matching.ListedName;
import org.sanctions.lookup.matching.ListedParty;
import org.sanctions.lookup.matching.Match;
import org.sanctions.lookup.screening.EngineInfo;
import org.sanctions.lookup.screening.OwnershipViews.OwnerView;
import org.sanctions.lookup.screening.OwnershipViews.OwnershipView;
import org.sanctions.lookup.screening.OwnershipViews.StepView;
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

    /**
     * The OWNERSHIP assessment of a customer whose owners block it under at least one jurisdiction, or empty when
     * they block it nowhere. The alert's party, score, explanation and measures are those of the listed owner with
     * the largest holding at the start of a proving path (the lead); its party hash covers every listed party on
     * the paths, its customer hash the customer's fields with the owners.
     */
    public Optional<Assessment> assessOwnership(Customer customer, OwnershipView view, long listVersion) {
        List<StepView> origins = OwnershipPaths.origins(view);
        if (origins.isEmpty()) {
            return Optional.empty();
        }
        StepView lead = origins.get(0);
        MatchView match = view.owners().stream().filter(o -> o.ref().equals(lead.owner())).findFirst()
                .map(OwnerView::match).orElseThrow();
        Map<String, Object> allParties = new TreeMap<>();
        for (StepView s : origins) {
            lists.index().party(s.listedPartyId()).ifPresent(p -> allParties.put(p.id(), partyFields(p)));
        }
        Optional<ListedParty> party = lists.index().party(match.partyId());
        String document = write(view);
        Assessment.Ownership ownership = new Assessment.Ownership(document, Customer.Hashes.sha256(document),
                write(new TreeSet<>(allParties.keySet())));
        return Optional.of(new Assessment(customer.bank(), customer.customerId(), match.partyId(),
                party.map(ListedParty::version).orElse(0L), match.score(), match.matchedName(),
                write(match.explanation()), write(match.measures()), engineVersion, configHash, listVersion,
                Customer.Hashes.sha256(allParties.toString()), customer.ownershipHash(),
                write(party.map(Assessor::partyFields).orElse(Map.of())), write(customer.ownershipFields()),
                ownership));
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
