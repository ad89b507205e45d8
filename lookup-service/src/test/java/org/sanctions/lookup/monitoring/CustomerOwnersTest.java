package org.sanctions.lookup.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sanctions.lookup.matching.Kind;
import org.sanctions.lookup.screening.OwnerShare;
import org.sanctions.lookup.screening.OwnershipInput.Owner;

/** Owners on a customer record hash by what they say, not by how a number or a name was spelt. */
class CustomerOwnersTest {

    private static Customer customer(List<Owner> owners) {
        return new Customer("bank-demo", "c-1", "Baltic Timber Trading OOO", Kind.ORGANIZATION, null, "lv",
                List.of(), Map.of("branch", "RIGA"), owners);
    }

    private static Owner owner(String name, String share, String country) {
        BigDecimal s = new BigDecimal(share);
        return new Owner(name, Kind.PERSON, new OwnerShare(s, s), null, null, country, null);
    }

    @Test
    void sameStructureSpeltDifferentlyHashesTheSame() {
        Customer plain = customer(List.of(owner("Arkady Karavayev", "30", "RU")));
        Customer spelt = customer(List.of(owner("  Arkady Karavayev ", "3E+1", "ru")));
        Customer decimal = customer(List.of(owner("Arkady Karavayev", "30.00", "RU")));
        assertThat(spelt.ownershipHash()).isEqualTo(plain.ownershipHash());
        assertThat(decimal.contentHash()).isEqualTo(plain.contentHash());
        assertThat(plain.ownershipFields().toString()).contains("share=30,");
    }

    @Test
    void aChangedShareChangesTheOwnershipHashButNotTheNameMatchingHash() {
        Customer before = customer(List.of(owner("Arkady Karavayev", "30", null)));
        Customer after = customer(List.of(owner("Arkady Karavayev", "31", null)));
        assertThat(after.ownershipHash()).isNotEqualTo(before.ownershipHash());
        assertThat(after.contentHash()).isNotEqualTo(before.contentHash());
        assertThat(after.matchingHash()).isEqualTo(before.matchingHash());
    }

    @Test
    void aCustomerWithoutOwnersHashesAsBeforeOwnersExisted() {
        Customer none = customer(null);
        assertThat(none.owners()).isEmpty();
        assertThat(none.ownershipFields()).isEqualTo(none.matchingFields());
        assertThat(none.ownershipHash()).isEqualTo(none.matchingHash());
        assertThat(none.contentHash()).isEqualTo(Customer.Hashes.sha256(none.matchingFields() + "|"
                + new java.util.TreeMap<>(none.reference())));
    }

    @Test
    void ownerNamesOfEveryLevelAreIndexed() {
        Owner holding = new Owner("Northwind Holdings Ltd", Kind.ORGANIZATION, null, null, null, null,
                List.of(owner("Arkady Karavayev", "50", null)));
        assertThat(CustomerOwners.names(customer(List.of(holding, owner("Jane Smith", "40", null))).owners()))
                .containsExactly("Northwind Holdings Ltd", "Arkady Karavayev", "Jane Smith");
    }
}
