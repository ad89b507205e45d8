package org.sanctions.gateway.identity;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Test-only endpoint restricted to one role, so that the 403 problem document can be shown with real tokens. */
@Path("/test/editors-only")
public class RolesProbeResource {

    @GET
    @RolesAllowed("registry-editor")
    public String editorsOnly() {
        return "ok";
    }
}
