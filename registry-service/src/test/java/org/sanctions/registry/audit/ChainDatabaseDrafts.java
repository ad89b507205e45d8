package org.sanctions.registry.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.sanctions.registry.audit.chain.EventDraft;

/** Realistically sized synthetic events (a party document before and after) for the timing tool. */
final class ChainDatabaseDrafts {

    private static final String PARTY = "{\"id\":\"9a1c0d2e-6b7f-4c3d-8e9f-0a1b2c3d4e5f\",\"kind\":\"PERSON\",\"version\":%d,"
            + "\"names\":[{\"fullName\":\"LEE, John Ka-chiu\",\"type\":\"PRIMARY\",\"script\":\"Latn\",\"language\":null},"
            + "{\"fullName\":\"LI, Jiachao\",\"type\":\"WEAK_AKA\",\"script\":\"Latn\",\"language\":null}],"
            + "\"birthDates\":[{\"date\":\"1957-12-07\",\"circa\":false}],\"placesOfBirth\":[],\"nationalities\":[\"HK\"],"
            + "\"citizenships\":[],\"gender\":\"MALE\",\"positions\":[\"Secretary for Security\"],\"identifiers\":"
            + "[{\"type\":\"NATIONAL_ID\",\"number\":\"G0286787\",\"country\":\"HK\"}],\"addresses\":[],\"remarks\":\"r%d\","
            + "\"sources\":[{\"authority\":\"US-OFAC\",\"list\":\"SDN\",\"sourceId\":\"29250\",\"url\":null}],\"measures\":[],"
            + "\"createdAt\":\"2025-04-01T09:00:00Z\",\"updatedAt\":\"2025-04-01T09:05:00Z\"}";

    private ChainDatabaseDrafts() {
    }

    static EventDraft draft(int i) {
        return new EventDraft(Instant.now().truncatedTo(ChronoUnit.MICROS), "sub-bench", "bench", "bench",
                "PARTY_UPDATED", "PARTY", "party-" + (i % 5000), i + 2, "benchmark change " + i,
                String.format(PARTY, i + 1, i), String.format(PARTY, i + 2, i + 1),
                "[{\"op\":\"replace\",\"path\":\"/remarks\",\"old\":\"r" + i + "\",\"new\":\"r" + (i + 1) + "\"}]");
    }
}
