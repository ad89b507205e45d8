package org.sanctions.lookup.monitoring;

import java.util.Objects;

/**
 * A freshly computed match of a customer with a listed party, ready to raise or update an alert.
 *
 * @param listVersion the feed sequence of the list state it was computed on
 * @param ownership the ownership determination of an OWNERSHIP alert; null for a NAME alert
 */
public record Assessment(String bank, String customerId, String partyId, long partyVersion, double score,
        String matchedName, String explanationJson, String measuresJson, String engineVersion, String configHash,
        long listVersion, String partyHash, String customerHash, String partyFieldsJson, String customerFieldsJson,
        Ownership ownership) {

    /**
     * The determination behind an OWNERSHIP alert.
     *
     * @param json the screening answer's ownership document (US, EU, UK with their paths, and each owner's match)
     * @param hash SHA-256 of {@code json}: a different determination updates the alert
     * @param partiesJson the listed parties on the proving paths, a JSON array of their ids
     */
    public record Ownership(String json, String hash, String partiesJson) {
    }

    /** A NAME assessment. */
    public Assessment(String bank, String customerId, String partyId, long partyVersion, double score,
            String matchedName, String explanationJson, String measuresJson, String engineVersion, String configHash,
            long listVersion, String partyHash, String customerHash, String partyFieldsJson,
            String customerFieldsJson) {
        this(bank, customerId, partyId, partyVersion, score, matchedName, explanationJson, measuresJson, engineVersion,
                configHash, listVersion, partyHash, customerHash, partyFieldsJson, customerFieldsJson, null);
    }

    public AlertBasis basis() {
        return ownership == null ? AlertBasis.NAME : AlertBasis.OWNERSHIP;
    }

    /** Whether either side's matching fields differ from what the alert was computed on. */
    public boolean sidesChangedSince(AlertRow alert) {
        return !partyHash.equals(alert.partyHash()) || !customerHash.equals(alert.customerHash());
    }

    /** Whether anything the alert shows differs: a side, the score, or the ownership determination. */
    public boolean differsFrom(AlertRow alert) {
        return sidesChangedSince(alert) || score != alert.score()
                || !Objects.equals(ownership == null ? null : ownership.hash(), alert.ownershipHash());
    }
}
