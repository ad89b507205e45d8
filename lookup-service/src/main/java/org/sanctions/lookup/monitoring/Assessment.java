package org.sanctions.lookup.monitoring;

/**
 * A freshly computed match of a customer with a listed party, ready to raise or update an alert.
 *
 * @param listVersion the feed sequence of the list state it was computed on
 */
public record Assessment(String bank, String customerId, String partyId, long partyVersion, double score,
        String matchedName, String explanationJson, String measuresJson, String engineVersion, String configHash,
        long listVersion, String partyHash, String customerHash, String partyFieldsJson, String customerFieldsJson) {

    /** Whether either side's matching fields differ from what the alert was computed on. */
    public boolean sidesChangedSince(AlertRow alert) {
        return !partyHash.equals(alert.partyHash()) || !customerHash.equals(alert.customerHash());
    }
}
