package org.sanctions.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.http.HttpMethod;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How paths and methods resolve against the route table, row order and pattern rules included. */
class RouteTableTest {

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
            "GET, /api/v1/parties, /api/v1/parties/**",
            "GET, /api/v1/parties/, /api/v1/parties/**",
            "GET, /api/v1/parties/42/history, /api/v1/parties/**",
            "GET, /api/v1/parties/export, /api/v1/parties/export",
            "POST, /api/v1/parties/export, /api/v1/parties/**",
            "GET, /api/v1/changes, /api/v1/changes",
            "POST, /api/v1/screenings, /api/v1/screenings",
            "POST, /api/v1/screenings/batch, /api/v1/screenings/batch",
            "GET, /api/v1/screenings/batch, /api/v1/screenings/**",
            "GET, /api/v1/screening-jobs/7/results, /api/v1/screening-jobs/**",
            "POST, /api/v1/imports, /api/v1/imports"})
    void findsTheFirstRowWhosePatternAndMethodMatch(String method, String path, String pattern) {
        assertThat(RouteTable.resolve(HttpMethod.valueOf(method), path))
                .isInstanceOfSatisfying(RouteTable.Matched.class, m -> assertThat(m.route().pattern())
                        .isEqualTo(pattern));
    }

    @ParameterizedTest(name = "{0} {1} is not forwarded")
    @CsvSource({
            "GET, /api/v1/me",
            "GET, /api/v1/partiesX",
            "GET, /api/v1/changes/42",
            "GET, /api/v1/search/more",
            "GET, /api/v2/parties",
            "GET, /api/openapi"})
    void leavesOtherPathsAlone(String method, String path) {
        assertThat(RouteTable.resolve(HttpMethod.valueOf(method), path)).isInstanceOf(RouteTable.NotRouted.class);
    }

    @ParameterizedTest(name = "{0} {1} allows {2}")
    @CsvSource({
            "DELETE, /api/v1/parties/42, 'GET, PATCH, POST, PUT'",
            "PUT, /api/v1/changes, GET",
            "POST, /api/v1/search, GET",
            "PATCH, /api/v1/imports, 'GET, POST'"})
    void namesTheAllowedMethodsWhenOnlyTheMethodIsWrong(String method, String path, String allowed) {
        assertThat(RouteTable.resolve(HttpMethod.valueOf(method), path)).isInstanceOfSatisfying(RouteTable.MethodNotAllowed.class,
                m -> assertThat(String.join(", ", m.allowed())).isEqualTo(allowed));
    }
}
