package org.sanctions.registry.relationship;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.sanctions.registry.common.ApiException;
import org.sanctions.registry.common.ETags;
import org.sanctions.registry.common.InputValidator;
import org.sanctions.registry.common.Violation;
import org.sanctions.registry.party.PartyEntity;
import org.sanctions.registry.party.PartyInput;
import org.sanctions.registry.party.PartyRepository;
import org.sanctions.registry.party.PartyStore;
import org.sanctions.registry.party.Relationship;
import org.sanctions.registry.party.RelationshipRules;

/**
 * An editor's addition or removal of one link, made into the party's whole new document, which then goes through the
 * party's normal write path (PUT semantics: If-Match, audit, provenance, maker-checker).
 */
@ApplicationScoped
class RelationshipEdits {

    private final PartyRepository parties;
    private final PartyStore store;
    private final InputValidator validator;
    private final RelationshipView view;

    RelationshipEdits(PartyRepository parties, PartyStore store, InputValidator validator, RelationshipView view) {
        this.parties = parties;
        this.store = store;
        this.validator = validator;
        this.view = view;
    }

    /** The party's document with the link added; 409 when the party states exactly this link already. */
    PartyInput adding(UUID id, long expectedVersion, Relationship link) {
        if (link == null) {
            throw ApiException.malformed("The body must be a link (JSON object).");
        }
        validator.check(link);
        List<Violation> wrong = new ArrayList<>();
        RelationshipRules.check(link, "", (field, message) -> wrong.add(new Violation(field, message)));
        if (!wrong.isEmpty()) {
            throw ApiException.validation(wrong);
        }
        PartyInput doc = current(id, expectedVersion);
        if (doc.relationships().contains(link)) {
            throw ApiException.conflict("The party already states this link.");
        }
        List<Relationship> links = new ArrayList<>(doc.relationships());
        links.add(link);
        return doc.withRelationships(links);
    }

    /** The party's document without the link of that key; 404 when it states none. */
    PartyInput removing(UUID id, long expectedVersion, String key) {
        PartyInput doc = current(id, expectedVersion);
        List<Relationship> links = doc.relationships().stream().filter(l -> !view.key(l).equals(key)).toList();
        if (links.size() == doc.relationships().size()) {
            throw ApiException.notFound("Party " + id + " states no link with key " + key + ".");
        }
        return doc.withRelationships(links);
    }

    private PartyInput current(UUID id, long expectedVersion) {
        PartyEntity party = parties.findByIdOptional(id)
                .orElseThrow(() -> ApiException.notFound("No party with id " + id + "."));
        ETags.checkCurrent(expectedVersion, party.version, "party");
        return store.document(party);
    }
}
