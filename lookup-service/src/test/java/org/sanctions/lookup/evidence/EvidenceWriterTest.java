package org.sanctions.lookup.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.sanctions.lookup.index.FakeRegistryResource;
import org.sanctions.testkit.PostgresResource;

/** Group commit of evidence: a screening's future completes only once its row is committed, and never otherwise. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = FakeRegistryResource.class, scope = TestResourceScope.GLOBAL)
class EvidenceWriterTest {

    @Inject
    EvidenceWriter writer;

    @Inject
    DataSource dataSource;

    @Test
    void everyRowIsCommittedWhenItsFutureCompletes() throws Exception {
        String client = "bank-" + UUID.randomUUID();
        Map<UUID, Boolean> visibleOnCompletion = new ConcurrentHashMap<>();
        List<CompletableFuture<Void>> checks = new ArrayList<>();
        ExecutorService senders = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 2000; i++) {
            EvidenceRecord r = record(client, "{\"name\":\"n" + i + "\"}");
            CompletableFuture<Void> check = new CompletableFuture<>();
            checks.add(check);
            senders.execute(() -> writer.record(r).thenRun(() -> visibleOnCompletion.put(r.id(), committed(r.id())))
                    .whenComplete((v, e) -> check.complete(null)));
        }
        CompletableFuture.allOf(checks.toArray(new CompletableFuture[0])).get(60, TimeUnit.SECONDS);
        senders.shutdown();

        assertThat(visibleOnCompletion).hasSize(2000).doesNotContainValue(false);
        assertThat(count("select count(*) from screening_evidence where client_id = '" + client + "'")).isEqualTo(2000);
    }

    @Test
    void aBatchTheDatabaseRefusesIsNeitherAcknowledgedNorPartlyStored() throws Exception {
        String client = "bank-" + UUID.randomUUID();
        List<EvidenceRecord> records = new ArrayList<>();
        List<CompletableFuture<Void>> futures = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            // one row in fifty is not JSON, so PostgreSQL rejects the statement holding it
            records.add(record(client, i % 50 == 7 ? "not json" : "{\"name\":\"n" + i + "\"}"));
            futures.add(writer.record(records.get(i)));
        }
        int acknowledged = 0;
        int refused = 0;
        for (int i = 0; i < records.size(); i++) {
            try {
                futures.get(i).join();
                acknowledged++;
                assertThat(committed(records.get(i).id())).as("acknowledged row %d is stored", i).isTrue();
            } catch (CompletionException e) {
                refused++;
                assertThat(e.getCause()).isInstanceOf(EvidenceUnavailableException.class);
                assertThat(committed(records.get(i).id())).as("refused row %d is not stored", i).isFalse();
            }
        }
        assertThat(refused).as("the poisoned rows at least").isGreaterThanOrEqualTo(6);
        assertThat(count("select count(*) from screening_evidence where client_id = '" + client + "'"))
                .isEqualTo(acknowledged);
    }

    private static EvidenceRecord record(String client, String query) {
        return new EvidenceRecord(UUID.randomUUID(), Instant.now(), "sub", client, "svc", "SINGLE", null, null, null,
                query, 1, 0.68, false, "[]", false, "lookup-test", "0123456789abcdef", "[]", null);
    }

    private boolean committed(UUID id) {
        // another connection sees only committed rows
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select 1 from screening_evidence where id = ?")) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
