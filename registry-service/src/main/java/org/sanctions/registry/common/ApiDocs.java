package org.sanctions.registry.common;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The JAX-RS application: carries the OpenAPI document header and the shared problem responses and headers that
 * operations refer to by name (SmallRye reads @OpenAPIDefinition from the Application class).
 */
@OpenAPIDefinition(
        info = @Info(title = "Sanctions registry API", version = "1.0",
                description = "System of record for sanctions and visa restrictions: parties, programs, measures. "
                        + "Every write needs the header X-Change-Reason; updates need If-Match with the ETag read."),
        components = @Components(
                parameters = {
                    @Parameter(name = WriteContexts.REASON_HEADER, in = ParameterIn.HEADER, required = true,
                            description = "Why this change is made (recorded with the change). UTF-8, percent-encode "
                                    + "non-ASCII; 1-1000 characters.",
                            example = "OFAC designation of 2020-08-07", schema = @Schema(type = SchemaType.STRING)),
                    @Parameter(name = "If-Match", in = ParameterIn.HEADER, required = true,
                            description = "The ETag of the version you read; the update fails with 412 if it is no "
                                    + "longer current and 428 if the header is missing.",
                            example = "\"3\"", schema = @Schema(type = SchemaType.STRING)),
                },
                responses = {
                    @APIResponse(name = "BadRequest", responseCode = "400",
                            description = "Invalid input (validation-error) or unreadable body (malformed-request)",
                            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                    examples = @ExampleObject(name = "validation-error", value = ApiDocs.BAD_REQUEST))),
                    @APIResponse(name = "Unauthorized", responseCode = "401", description = "No valid bearer token",
                            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                    examples = @ExampleObject(name = "unauthorized", value = ApiDocs.UNAUTHORIZED))),
                    @APIResponse(name = "Forbidden", responseCode = "403", description = "The token lacks the required role",
                            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                    examples = @ExampleObject(name = "forbidden", value = ApiDocs.FORBIDDEN))),
                    @APIResponse(name = "NotFound", responseCode = "404", description = "No such record",
                            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                    examples = @ExampleObject(name = "not-found", value = ApiDocs.NOT_FOUND))),
                    @APIResponse(name = "Conflict", responseCode = "409", description = "The change conflicts with the current state",
                            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                    examples = @ExampleObject(name = "conflict", value = ApiDocs.CONFLICT))),
                    @APIResponse(name = "PreconditionFailed", responseCode = "412",
                            description = "If-Match names a version that is no longer current",
                            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                    examples = @ExampleObject(name = "precondition-failed", value = ApiDocs.PRECONDITION_FAILED))),
                    @APIResponse(name = "PayloadTooLarge", responseCode = "413", description = "Request body above the limit",
                            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                    examples = @ExampleObject(name = "payload-too-large", value = ApiDocs.TOO_LARGE))),
                    @APIResponse(name = "UnsupportedMediaType", responseCode = "415", description = "Wrong Content-Type",
                            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                    examples = @ExampleObject(name = "unsupported-media-type", value = ApiDocs.UNSUPPORTED))),
                    @APIResponse(name = "PreconditionRequired", responseCode = "428", description = "If-Match is missing",
                            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                    examples = @ExampleObject(name = "precondition-required", value = ApiDocs.PRECONDITION_REQUIRED))),
                    @APIResponse(name = "InternalError", responseCode = "500", description = "Unexpected failure (logged "
                            + "under the request id; no internals in the body)",
                            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                    examples = @ExampleObject(name = "internal-error", value = ApiDocs.INTERNAL))),
                    @APIResponse(name = "IdentityProviderDown", responseCode = "503", description = "The identity "
                            + "provider is unreachable, so the token cannot be verified; retry (Retry-After)",
                            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                    examples = @ExampleObject(name = "upstream-unavailable", value = ApiDocs.UPSTREAM_DOWN))),
                }))
public class ApiDocs extends Application {

    static final String BAD_REQUEST = "{\"type\":\"urn:sanctions:problem:validation-error\",\"title\":\"Validation failed\","
            + "\"status\":400,\"detail\":\"The request has 1 invalid field: nationalities[0] must be an ISO 3166-1 alpha-2 "
            + "country code in upper case, e.g. CN, HK, US.\",\"instance\":\"/api/v1/parties\",\"requestId\":\"3f9a\","
            + "\"violations\":[{\"field\":\"nationalities[0]\",\"message\":\"must be an ISO 3166-1 alpha-2 country code in "
            + "upper case, e.g. CN, HK, US\"}]}";
    static final String UNAUTHORIZED = "{\"type\":\"urn:sanctions:problem:unauthorized\",\"title\":\"Unauthorized\","
            + "\"status\":401,\"detail\":\"A valid bearer token from the sanctions realm is required.\","
            + "\"instance\":\"/api/v1/parties\",\"requestId\":\"3f9a\"}";
    static final String FORBIDDEN = "{\"type\":\"urn:sanctions:problem:forbidden\",\"title\":\"Forbidden\",\"status\":403,"
            + "\"detail\":\"Your token does not carry a role allowed to do this.\",\"instance\":\"/api/v1/parties\","
            + "\"requestId\":\"3f9a\"}";
    static final String NOT_FOUND = "{\"type\":\"urn:sanctions:problem:not-found\",\"title\":\"Not found\",\"status\":404,"
            + "\"detail\":\"No party with id 9a1c0d2e-0000-4000-8000-000000000000.\","
            + "\"instance\":\"/api/v1/parties/9a1c0d2e-0000-4000-8000-000000000000\",\"requestId\":\"3f9a\"}";
    static final String CONFLICT = "{\"type\":\"urn:sanctions:problem:conflict\",\"title\":\"Conflict\",\"status\":409,"
            + "\"detail\":\"The measure is already REVOKED.\",\"instance\":\"/api/v1/parties/9a1c/measures/77b0/revoke\","
            + "\"requestId\":\"3f9a\"}";
    static final String PRECONDITION_FAILED = "{\"type\":\"urn:sanctions:problem:precondition-failed\","
            + "\"title\":\"Precondition failed\",\"status\":412,\"detail\":\"The party was changed by someone else: you sent "
            + "If-Match \\\"3\\\" but the current version is \\\"4\\\". Read it again and retry.\","
            + "\"instance\":\"/api/v1/parties/9a1c\",\"requestId\":\"3f9a\"}";
    static final String TOO_LARGE = "{\"type\":\"urn:sanctions:problem:payload-too-large\",\"title\":\"Payload too large\","
            + "\"status\":413,\"detail\":\"The request body exceeds the limit of 1048576 bytes.\","
            + "\"instance\":\"/api/v1/parties\",\"requestId\":\"3f9a\"}";
    static final String UNSUPPORTED = "{\"type\":\"urn:sanctions:problem:unsupported-media-type\","
            + "\"title\":\"Unsupported media type\",\"status\":415,\"detail\":\"Content-Type text/plain is not accepted "
            + "here; send application/json.\",\"instance\":\"/api/v1/parties\",\"requestId\":\"3f9a\"}";
    static final String INTERNAL = "{\"type\":\"urn:sanctions:problem:internal-error\",\"title\":\"Internal error\","
            + "\"status\":500,\"detail\":\"The service failed to handle this request; the request id identifies it in the "
            + "logs.\",\"instance\":\"/api/v1/parties\",\"requestId\":\"3f9a\"}";
    static final String UPSTREAM_DOWN = "{\"type\":\"urn:sanctions:problem:upstream-unavailable\","
            + "\"title\":\"Upstream unavailable\",\"status\":503,\"detail\":\"The identity provider is unreachable, so "
            + "the token cannot be verified; retry shortly.\",\"instance\":\"/api/v1/parties\",\"requestId\":\"3f9a\"}";
    static final String PRECONDITION_REQUIRED = "{\"type\":\"urn:sanctions:problem:precondition-required\","
            + "\"title\":\"Precondition required\",\"status\":428,\"detail\":\"This update needs an If-Match header with "
            + "the ETag of the version you read (e.g. If-Match: \\\"3\\\").\",\"instance\":\"/api/v1/parties/9a1c\","
            + "\"requestId\":\"3f9a\"}";
}
