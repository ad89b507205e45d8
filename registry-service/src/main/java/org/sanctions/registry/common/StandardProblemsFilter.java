package org.sanctions.registry.common;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Adds the problem responses every API operation shares, so resources only declare the ones specific to them:
 * 401, 403, 500 and 503 on every secured /api operation; 400, 413 and 415 on every operation that takes a body.
 * A body documented as a multipart upload is documented as that only (a resource that checks the Content-Type itself
 * declares no @Consumes, and the scanner then also lists its form parts as a urlencoded form, which it does not take).
 */
public class StandardProblemsFilter implements OASFilter {

    private static final String MULTIPART = "multipart/form-data";
    private static final String URLENCODED = "application/x-www-form-urlencoded";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.getOperations().values().forEach(StandardProblemsFilter::addStandard);
            }
        });
    }

    private static void addStandard(Operation operation) {
        APIResponses responses = operation.getResponses();
        add(responses, "401", "Unauthorized");
        add(responses, "403", "Forbidden");
        add(responses, "500", "InternalError");
        add(responses, "503", "IdentityProviderDown");
        if (operation.getRequestBody() != null) {
            Content content = operation.getRequestBody().getContent();
            if (content != null && content.hasMediaType(MULTIPART)) {
                content.removeMediaType(URLENCODED);
            }
            add(responses, "400", "BadRequest");
            add(responses, "413", "PayloadTooLarge");
            add(responses, "415", "UnsupportedMediaType");
        }
    }

    private static void add(APIResponses responses, String status, String component) {
        Map<String, org.eclipse.microprofile.openapi.models.responses.APIResponse> existing = responses.getAPIResponses();
        if (existing == null || !existing.containsKey(status)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().ref(component));
        }
    }
}
