package org.sanctions.lookup.monitoring;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanctions.lookup.matching.Kind;
import org.sanctions.lookup.screening.OwnershipInput.Owner;

/** A customer as the API returns it. */
@Schema(description = "A customer of the calling bank")
public record CustomerView(String customerId, String name, Kind kind, String birthDate, String nationality,
        List<String> otherNames, Map<String, Object> reference,
        @Schema(description = "The customer's owners and controllers as stored; empty when none were sent")
        List<Owner> owners) {

    static CustomerView of(Customer c) {
        return new CustomerView(c.customerId(), c.name(), c.kind(), c.birthDate(), c.nationality(), c.otherNames(),
                c.reference(), c.owners());
    }

    /** A page of customers and the cursor of the next page (null on the last). */
    @Schema(description = "A page of customers")
    public record Page(List<CustomerView> items, String next) {
    }

    /** The answer to an upsert: what was stored and whether it was (re)screened. */
    @Schema(description = "The stored customer; outcome CREATED, CHANGED or UNCHANGED (not rescreened)")
    public record Stored(CustomerView customer, CustomerStore.Outcome outcome) {
    }
}
