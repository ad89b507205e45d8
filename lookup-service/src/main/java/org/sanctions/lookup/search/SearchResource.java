package org.sanctions.lookup.search;

import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sanctions.lookup.index.IndexState;
import org.sanctions.lookup.matching.Match;
import org.sanctions.lookup.matching.ScreeningQuery;
import org.sanctions.lookup.problem.Problem;

/** Analysts' search over the index: ranked like screening, with facet counts; not recorded as screening evidence. */
@Path("/api/v1/search")
@Tag(name = "Search")
public class SearchResource {

    /** Search answer: ranked hits and counts per kind, program, authority and nationality. */
    public record SearchResult(String q, long listVersion, List<Hit> hits, Map<String, Map<String, Integer>> facets) {
    }

    /** One hit. */
    public record Hit(String partyId, double score, String matchedName, String primaryName, String kind,
            List<String> programs, Set<String> nationalities) {
    }

    private final IndexState state;

    SearchResource(IndexState state) {
        this.state = state;
    }

    @GET
    @Blocking
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"compliance-officer", "registry-editor", "auditor"})
    @Operation(operationId = "searchParties",
            summary = "Search listed parties by name in any script, ranked, with facets")
    @APIResponse(responseCode = "200", description = "Ranked hits and facet counts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SearchResult.class), examples = @ExampleObject(name = "search",
                    value = "{\"q\":\"putin\",\"listVersion\":130,\"hits\":[{\"partyId\":\"...\",\"score\":0.75,"
                            + "\"primaryName\":\"PUTIN, Vladimir Vladimirovich\",\"kind\":\"PERSON\"}],"
                            + "\"facets\":{\"kind\":{\"PERSON\":1}}}")))
    @APIResponse(responseCode = "400", description = "Missing or invalid parameters",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role not allowed",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public SearchResult search(@QueryParam("q") @NotBlank @Size(max = 500) String q,
            @QueryParam("minScore") @DefaultValue("0.4") @DecimalMin("0") @DecimalMax("1") double minScore,
            @QueryParam("limit") @DefaultValue("25") @Min(1) @Max(100) int limit) {
        List<Match> matches = state.index().screen(ScreeningQuery.byName(q, minScore).withLimit(limit));
        Map<String, Map<String, Integer>> facets = new TreeMap<>();
        List<Hit> hits = matches.stream().map(m -> {
            List<String> programs = m.measures().stream().map(x -> x.program()).distinct().toList();
            count(facets, "kind", List.of(String.valueOf(m.party().kind())));
            count(facets, "program", programs);
            count(facets, "authority", m.measures().stream().map(x -> x.authority()).distinct().toList());
            count(facets, "nationality", List.copyOf(m.party().nationalities()));
            return new Hit(m.party().id(), m.score(), m.matchedName(), m.party().primaryName(),
                    String.valueOf(m.party().kind()), programs, m.party().nationalities());
        }).toList();
        return new SearchResult(q, state.listVersion(), hits, facets);
    }

    private static void count(Map<String, Map<String, Integer>> facets, String facet, List<String> values) {
        for (String v : values) {
            if (v != null) {
                facets.computeIfAbsent(facet, k -> new TreeMap<>()).merge(v, 1, Integer::sum);
            }
        }
    }
}
