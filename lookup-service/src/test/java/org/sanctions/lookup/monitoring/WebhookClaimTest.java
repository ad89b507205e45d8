package org.sanctions.lookup.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.sanctions.lookup.index.FakeRegistryResource;
import org.sanctions.testkit.PostgresResource;

/**
 * Senders of several lookup instances share one outbox in PostgreSQL: a due delivery is claimed by one of them only
 * (skip locked, then a lease), and one whose sender died is claimed again when its lease ends. Claims are made here
 * directly on the store against the real test database, with this process's own webhook rounds held off.
 */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = FakeRegistryResource.class, scope = TestResourceScope.GLOBAL)
@TestProfile(WebhookClaimTest.NoRounds.class)
class WebhookClaimTest {

    private static final Duration LONG_LEASE = Duration.ofMinutes(10);

    /** The service's own sender waits an hour before its first round, so only the test claims. */
    public static class NoRounds implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("lookup.monitoring.webhook-poll-interval", "1H");
        }
    }

    @Inject
    WebhookStore store;

    @Inject
    AgroalDataSource db;

    @Test
    void twoConcurrentClaimersGetDisjointDeliveriesAndTogetherAllOfThem() throws Exception {
        Set<UUID> queued = queue("bank-claim-race", 60);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService claimers = Executors.newFixedThreadPool(2); // two threads even where the common pool has one
        List<UUID> a;
        List<UUID> b;
        try {
            Future<List<UUID>> first = claimers.submit(() -> claimAll(start));
            Future<List<UUID>> second = claimers.submit(() -> claimAll(start));
            start.countDown();
            a = ours(first.get(), queued);
            b = ours(second.get(), queued);
        } finally {
            claimers.shutdownNow();
        }

        assertThat(a).doesNotHaveDuplicates().doesNotContainAnyElementsOf(b);
        assertThat(b).doesNotHaveDuplicates();
        List<UUID> both = new ArrayList<>(a);
        both.addAll(b);
        assertThat(both).containsExactlyInAnyOrderElementsOf(queued);
    }

    @Test
    void aClaimSkipsDeliveriesAnotherClaimerHoldsInsteadOfWaitingForThem() throws Exception {
        List<UUID> queued = new ArrayList<>(queue("bank-claim-locked", 3));
        List<UUID> held = queued.subList(0, 2);
        try (Connection other = db.getConnection()) {
            other.setAutoCommit(false);
            try (PreparedStatement lock = other.prepareStatement(
                    "select id from webhook_delivery where id = any(?) for update")) {
                lock.setArray(1, other.createArrayOf("uuid", held.toArray()));
                lock.executeQuery().close();
            }
            // in another thread, so that a claim waiting on the lock would fail the wait below, not hang the test
            CompletableFuture<List<UUID>> claim = CompletableFuture.supplyAsync(
                    () -> ids(store.claimDue(10, LONG_LEASE)));
            await("a claim next to another claimer's locked rows").atMost(Duration.ofSeconds(20)).until(claim::isDone);
            assertThat(ours(claim.get(), Set.copyOf(queued))).containsExactly(queued.get(2));
            other.rollback();
        }
        assertThat(ours(ids(store.claimDue(10, LONG_LEASE)), Set.copyOf(queued)))
                .containsExactlyInAnyOrderElementsOf(held);
    }

    @Test
    void aDeliveryWhoseSenderDiedIsClaimedAgainOnceItsLeaseEndsAndALateFailureDoesNotUndoADelivery() throws Exception {
        Set<UUID> queued = queue("bank-claim-lease", 1);
        UUID delivery = queued.iterator().next();
        assertThat(ours(ids(store.claimDue(10, Duration.ofMillis(300))), queued)).containsExactly(delivery);

        // the claimer never reports (it died): the delivery is due again once the lease has ended
        List<UUID> again = new ArrayList<>();
        await("claimed again after the lease").atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> again.addAll(ours(ids(store.claimDue(10, LONG_LEASE)), queued)));
        assertThat(again).containsExactly(delivery);
        assertThat(ours(ids(store.claimDue(10, LONG_LEASE)), queued)).as("claimed while its lease runs").isEmpty();

        store.delivered(delivery, 204);
        store.failed(delivery, 503, "a sender that outlived its lease", Instant.now());
        WebhookStore.Delivery stored = store.delivery(endpointOf(delivery), delivery).orElseThrow();
        assertThat(stored.state()).isEqualTo("DELIVERED");
        assertThat(stored.lastStatus()).isEqualTo(204);
    }

    /** Claims three at a time until nothing is due; what it claimed, in order. */
    private List<UUID> claimAll(CountDownLatch start) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        List<UUID> claimed = new ArrayList<>();
        for (List<UUID> batch = ids(store.claimDue(3, LONG_LEASE)); !batch.isEmpty();
                batch = ids(store.claimDue(3, LONG_LEASE))) {
            claimed.addAll(batch);
        }
        return claimed;
    }

    /** An endpoint of a new bank and {@code n} due deliveries to it; their ids. */
    private Set<UUID> queue(String bankPrefix, int n) throws SQLException {
        String bank = bankPrefix + "-" + UUID.randomUUID();
        WebhookStore.Endpoint endpoint = store.create(bank, "http://127.0.0.1:9/hooks", List.of("*"), "whsec_AAAA");
        try (Connection c = db.getConnection()) {
            for (int i = 0; i < n; i++) {
                store.enqueue(c, bank, "alert.raised", UUID.randomUUID(), "customer-" + i, "party-" + i, 0.9, 1,
                        AlertState.OPEN, AlertBasis.NAME, null);
            }
        }
        Set<UUID> ids = new HashSet<>(ids(store.deliveries(endpoint.id(), n + 1)));
        assertThat(ids).hasSize(n);
        return ids;
    }

    private UUID endpointOf(UUID delivery) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select endpoint_id from webhook_delivery where id = ?")) {
            ps.setObject(1, delivery);
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getObject(1, UUID.class);
            }
        }
    }

    private static List<UUID> ids(List<WebhookStore.Delivery> deliveries) {
        return deliveries.stream().map(WebhookStore.Delivery::id).toList();
    }

    /** The claimed ids that this test queued (another test's deliveries may be due in the same database). */
    private static List<UUID> ours(List<UUID> claimed, Set<UUID> queued) {
        return claimed.stream().filter(queued::contains).toList();
    }
}
