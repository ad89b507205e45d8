package org.sanctions.registry.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Maps the service's own failures and JSON binding failures to problem responses with field-level violations. */
public class ProblemMapper {

    @ServerExceptionMapper
    public Response api(ApiException e, ContainerRequestContext request) {
        return ProblemResponses.of(e, request);
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, ContainerRequestContext request) {
        return ProblemResponses.of(ApiException.validation(InputValidator.violations(e.getConstraintViolations())), request);
    }

    @ServerExceptionMapper
    public Response unreadable(StreamReadException e, ContainerRequestContext request) {
        return ProblemResponses.of(JsonProblems.of(e), request);
    }

    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, ContainerRequestContext request) {
        return ProblemResponses.of(JsonProblems.of(e), request);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, ContainerRequestContext request) {
        return ProblemResponses.of(JsonProblems.of(e), request);
    }
}
