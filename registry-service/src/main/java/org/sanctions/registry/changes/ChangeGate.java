package org.sanctions.registry.changes;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.Optional;
import java.util.UUID;
import org.sanctions.registry.common.WriteContext;

/**
 * Where an editor's write meets maker-checker: when registry.maker-checker holds the write, it becomes a change
 * request and the answer is 202 with its Location; otherwise the resource goes on and writes at once.
 */
@ApplicationScoped
public class ChangeGate {

    private final MakerChecker checker;
    private final ChangeRequests requests;
    private final ObjectMapper json;

    public ChangeGate(MakerChecker checker, ChangeRequests requests, ObjectMapper json) {
        this.checker = checker;
        this.requests = requests;
        this.json = json;
    }

    /** The 202 answer of a held write, or empty when the write must take effect now. */
    public Optional<Response> hold(ChangeKind kind, UUID partyId, UUID measureId, Long expectedVersion, Object body,
            WriteContext context) {
        ProposedChange change = new ProposedChange(kind, partyId, measureId, expectedVersion, json.valueToTree(body));
        if (!checker.holds(change)) {
            return Optional.empty();
        }
        ChangeRequestDto request = requests.submit(change, context);
        return Optional.of(Response.accepted(request)
                .location(UriBuilder.fromResource(ChangeRequestResource.class).path(request.id().toString()).build())
                .build());
    }
}
