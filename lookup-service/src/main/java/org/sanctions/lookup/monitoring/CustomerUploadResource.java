package org.sanctions.lookup.monitoring;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.sql.SQLException;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.sanctions.lookup.problem.Problem;
import org.sanctions.lookup.problem.ProblemException;

/** Bulk upload of a bank's customers as a job: a CSV or NDJSON file of any size, with progress and rejections. */
@Path("/api/v1/customer-uploads")
@Tag(name = "Monitoring")
@RolesAllowed("screening-client")
@Blocking
public class CustomerUploadResource {

    private static final String PROBLEM = CustomerResource.PROBLEM;

    private final CustomerUploadStore store;
    private final CustomerUploadRunner runner;
    private final SecurityIdentity identity;

    CustomerUploadResource(CustomerUploadStore store, CustomerUploadRunner runner, SecurityIdentity identity) {
        this.store = store;
        this.runner = runner;
        this.identity = identity;
    }

    /** The multipart form of an upload. */
    @Schema(name = "CustomerUploadForm")
    public static final class Form {
        @Schema(type = SchemaType.STRING, format = "binary", required = true, description = "CSV with a header "
                + "(customerId,name[,kind,birthDate,nationality,otherNames (|-separated),<reference columns>]) or "
                + "NDJSON ({customerId, name, kind, birthDate, nationality, otherNames, reference, owners} per line;"
                + " CSV carries no owners)")
        public String file;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createCustomerUpload", summary = "Upload customers in bulk (CSV or NDJSON, by the "
            + "part's content type or its first byte); each row is validated like a single upsert, new and changed "
            + "customers are screened, unchanged ones are not")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = Form.class)))
    @APIResponse(responseCode = "202", description = "Accepted; follow its Location", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CustomerUploadView.class)))
    @APIResponse(responseCode = "400", description = "No file part", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a bank system", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Body larger than the configured limit",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response upload(@RestForm("file") FileUpload file) throws IOException, SQLException {
        String bank = Tenant.of(identity).writer();
        if (file == null || file.uploadedFile() == null) {
            throw ProblemException.invalid("file", "a multipart part named file is required");
        }
        UUID id = UUID.randomUUID();
        var spool = runner.spool(id, file.uploadedFile());
        boolean csv = CustomerUploadRunner.isCsv(file.contentType(), spool);
        try {
            store.create(id, bank, csv ? "CSV" : "NDJSON");
        } catch (SQLException | RuntimeException e) {
            Files.deleteIfExists(spool);
            throw e;
        }
        CustomerUploadView created = store.find(bank, id).orElseThrow();
        runner.submit(id, bank, spool, csv);
        return Response.accepted(created).location(URI.create("/api/v1/customer-uploads/" + id)).build();
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getCustomerUpload", summary = "State, progress and rejected lines of an upload")
    @APIResponse(responseCode = "200", description = "The upload", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CustomerUploadView.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a bank system", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such upload in the caller's bank",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public CustomerUploadView get(@PathParam("id") String id) {
        String bank = Tenant.of(identity).writer();
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("No customer upload " + id + ".");
        }
        return store.find(bank, uuid).orElseThrow(() -> ProblemException.notFound("No customer upload " + id + "."));
    }
}
