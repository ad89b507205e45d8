package org.sanctions.lookup.monitoring;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sanctions.lookup.matching.BirthDate;
import org.sanctions.lookup.matching.Kind;
import org.sanctions.lookup.matching.ListedName;
import org.sanctions.lookup.matching.ListedParty;
import org.sanctions.lookup.matching.Match;
import org.sanctions.lookup.matching.Measure;
import org.sanctions.lookup.matching.MeasureStatus;
import org.sanctions.lookup.matching.MeasureType;
import org.sanctions.lookup.matching.NameType;
import org.sanctions.lookup.matching.PartialDate;
import org.sanctions.lookup.matching.ScoringWeights;
import org.sanctions.lookup.matching.ScreeningIndex;
import org.sanctions.lookup.matching.ScreeningQuery;

/**
 * All banks' customers in the screening engine, the other way round: customers are the indexed side and a listed
 * party's names are the queries, so a list change finds the customers it may concern without scanning the books.
 * Each customer is an engine party keyed {@code bank + US + customerId} with one always-active "book" measure. The
 * owners of customers that carry an ownership structure are a second engine index under the same keys (every owner's
 * name, all levels, as one party per customer), so a list change also finds the customers whose owners it may
 * concern.
 */
public final class CustomerIndex {

    /** Enough for a common listed name in a book of millions; the forward check then scores each candidate. */
    private static final int CANDIDATE_NAMES = 5_000;
    private static final char SEPARATOR = '\u001f';

    private final ScreeningIndex index;
    private final ScreeningIndex owners;
    private final double candidateThreshold;

    public CustomerIndex(ScoringWeights weights, double candidateThreshold) {
        this.index = new ScreeningIndex(weights);
        this.owners = new ScreeningIndex(weights);
        this.candidateThreshold = candidateThreshold;
    }

    /** Replaces the content with these customers (the books loaded at start). */
    public void replaceAll(List<Customer> customers) {
        index.replaceAll(customers.stream().map(CustomerIndex::toParty).toList());
        owners.replaceAll(customers.stream().filter(c -> !c.owners().isEmpty()).map(CustomerIndex::ownersOf)
                .toList());
    }

    public void upsert(Customer customer) {
        index.upsert(toParty(customer));
        if (customer.owners().isEmpty()) {
            owners.remove(key(customer.bank(), customer.customerId()));
        } else {
            owners.upsert(ownersOf(customer));
        }
    }

    public void remove(String bank, String customerId) {
        index.remove(key(bank, customerId));
        owners.remove(key(bank, customerId));
    }

    public int size() {
        return index.partyCount();
    }

    /** Whether the customer's indexed version carries owners (so a version without them must clear its alert). */
    public boolean hasOwners(String bank, String customerId) {
        return owners.party(key(bank, customerId)).isPresent();
    }

    /** Whether any indexed customer carries owners (without, no list change can concern an ownership alert). */
    public boolean anyOwners() {
        return owners.partyCount() > 0;
    }

    /** Customers whose names resemble any of the party's names: candidates for the forward check. */
    public Set<CustomerKey> candidates(ListedParty party) {
        return candidates(index, party);
    }

    /** Customers with an owner whose name resembles any of the party's names: their ownership is decided again. */
    public Set<CustomerKey> ownerCandidates(ListedParty party) {
        return anyOwners() ? candidates(owners, party) : Set.of();
    }

    private Set<CustomerKey> candidates(ScreeningIndex side, ListedParty party) {
        Set<CustomerKey> out = new LinkedHashSet<>();
        for (ListedName name : party.names()) {
            ScreeningQuery query = new ScreeningQuery(name.fullName(), null, null, null, Set.of(), Set.of(),
                    Set.of(), null, candidateThreshold, CANDIDATE_NAMES);
            for (Match m : side.screen(query, CANDIDATE_NAMES)) {
                out.add(CustomerKey.parse(m.party().id()));
            }
        }
        return out;
    }

    /** A customer by bank and id. */
    public record CustomerKey(String bank, String customerId) {
        static CustomerKey parse(String key) {
            int cut = key.indexOf(SEPARATOR);
            return new CustomerKey(key.substring(0, cut), key.substring(cut + 1));
        }
    }

    static String key(String bank, String customerId) {
        return bank + SEPARATOR + customerId;
    }

    /** Every owner's name of the customer, all levels, as one engine party under the customer's key. */
    private static ListedParty ownersOf(Customer c) {
        List<ListedName> names = new ArrayList<>();
        for (String n : CustomerOwners.names(c.owners())) {
            names.add(new ListedName(n, names.isEmpty() ? NameType.PRIMARY : NameType.AKA));
        }
        return new ListedParty(key(c.bank(), c.customerId()), Kind.PERSON, 0, names, List.of(), Set.of(), List.of(),
                List.of(book(c)));
    }

    private static Measure book(Customer c) {
        return new Measure("BOOK", MeasureType.OTHER, c.bank(), null, MeasureStatus.ACTIVE, null);
    }

    private static ListedParty toParty(Customer c) {
        List<ListedName> names = new ArrayList<>();
        names.add(new ListedName(c.name(), NameType.PRIMARY));
        c.otherNames().forEach(n -> names.add(new ListedName(n, NameType.AKA)));
        List<BirthDate> births = c.birthDate() == null ? List.of()
                : List.of(BirthDate.of(PartialDate.parse(c.birthDate()), false));
        Set<String> nationalities = c.nationality() == null ? Set.of() : Set.of(c.nationality());
        return new ListedParty(key(c.bank(), c.customerId()), c.kind() == null ? Kind.PERSON : c.kind(), 0, names,
                births, nationalities, List.of(), List.of(book(c)));
    }
}
