package org.sanctions.registry.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.sanctions.registry.TestData.person;
import static org.sanctions.registry.TestData.unique;
import static org.sanctions.registry.TestData.write;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.sanctions.registry.DbCounts;
import org.sanctions.registry.common.Roles;
import org.sanctions.testkit.PostgresResource;

/**
 * A single write behind a transaction that holds the audit chain for long (as a list import does for its whole
 * run) waits registry.write-lock-wait, then gets a 503 registry-busy problem with Retry-After and stores nothing;
 * once the chain is free the same write goes through.
 */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@TestSecurity(user = "editor", roles = Roles.EDITOR)
class WriteBehindChainHolderTest {

    @Inject
    AgroalDataSource db;

    @Inject
    DbCounts counts;

    @Test
    void aWriteBehindALongChainHolderIsRefusedAsBusyAndStoresNothing() throws Exception {
        String name = unique("Busy Chain");
        long parties = counts.parties();
        long events = counts.allEvents();
        Response refused;
        try (Connection holder = db.getConnection()) {
            holder.setAutoCommit(false);
            try (Statement s = holder.createStatement()) {
                s.execute("select seq from audit_chain_head where id = 1 for update");
            }
            refused = write().body(person(name)).post("/api/v1/parties");
            holder.rollback();
        }
        refused.then().statusCode(503).contentType("application/problem+json")
                .body("type", equalTo("urn:sanctions:problem:registry-busy"));
        assertThat(refused.header("Retry-After")).isEqualTo("10");
        assertThat(counts.parties()).as("nothing stored").isEqualTo(parties);
        assertThat(counts.allEvents()).isEqualTo(events);

        write().body(person(name)).post("/api/v1/parties").then().statusCode(201);
        assertThat(counts.parties()).isEqualTo(parties + 1);
    }
}
