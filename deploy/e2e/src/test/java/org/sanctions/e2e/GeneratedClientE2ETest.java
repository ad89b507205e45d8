package org.sanctions.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sanctions.client.ApiException;
import org.sanctions.client.ApiResponse;
import org.sanctions.client.api.AuditApi;
import org.sanctions.client.api.ImportsApi;
import org.sanctions.client.api.MeasuresApi;
import org.sanctions.client.api.PartiesApi;
import org.sanctions.client.api.ProgramsApi;
import org.sanctions.client.api.ScreeningApi;
import org.sanctions.client.api.ScreeningJobsApi;
import org.sanctions.client.model.Action;
import org.sanctions.client.model.AuditEvent;
import org.sanctions.client.model.BatchItem;
import org.sanctions.client.model.BatchRequest;
import org.sanctions.client.model.BatchScreeningResponse;
import org.sanctions.client.model.ImportJob;
import org.sanctions.client.model.ImportState;
import org.sanctions.client.model.MeasureInput;
import org.sanctions.client.model.MeasureType;
import org.sanctions.client.model.Name;
import org.sanctions.client.model.NameType;
import org.sanctions.client.model.Party;
import org.sanctions.client.model.PartyInput;
import org.sanctions.client.model.PartyKind;
import org.sanctions.client.model.ProgramInput;
import org.sanctions.client.model.ScreeningJob;
import org.sanctions.client.model.ScreeningJobResultLine;
import org.sanctions.client.model.ScreeningMatch;
import org.sanctions.client.model.ScreeningRequest;
import org.sanctions.client.model.ScreeningResponse;

/**
 * The API as a bank uses it: only through the Java client generated from the merged document (deploy/client) with
 * openapi-generator, never hand-written HTTP. A party written with If-Match, screened singly, in a batch and in a
 * job, its audit trail read back, and a list imported.
 */
@ExtendWith(SystemExtension.class)
class GeneratedClientE2ETest {

    private static final Duration WITHIN = Duration.ofSeconds(60);

    @Test
    void writesScreensAuditsAndImportsThroughTheGeneratedClient(RunningSystem system)
            throws ApiException, IOException {
        String unique = "Generated Client " + Long.toString(System.nanoTime(), 36).toUpperCase();
        PartiesApi parties = new PartiesApi(GeneratedClients.as(system, "editor"));
        ApiResponse<Party> created = parties.createPartyWithHttpInfo("e2e: generated client, create",
                organisation(unique + " Trading"));
        assertThat(created.getStatusCode()).isEqualTo(201);
        assertThat(created.getHeaders().get("etag")).containsExactly("\"" + created.getData().getVersion() + "\"");
        // only parties under a measure are screened
        Party party = new MeasuresApi(GeneratedClients.as(system, "editor")).addMeasure(created.getData().getId(),
                "e2e: generated client, measure", new MeasureInput().program(program(system))
                        .type(MeasureType.ASSET_FREEZE).listedDate(LocalDate.of(2026, 1, 2)),
                "\"" + created.getData().getVersion() + "\"");
        String etag = "\"" + party.getVersion() + "\"";

        Party updated = parties.updateParty(party.getId(), etag, "e2e: generated client, rename",
                organisation(unique + " Holdings"));
        assertThat(updated.getVersion()).isEqualTo(party.getVersion() + 1);
        assertThat(updated.getNames()).extracting(Name::getFullName).containsExactly(unique + " Holdings");
        ApiException stale = org.assertj.core.api.Assertions.catchThrowableOfType(ApiException.class,
                () -> parties.updateParty(party.getId(), etag, "e2e: stale write", organisation(unique + " Stale")));
        assertThat(stale.getCode()).as("a write with the old version's If-Match").isEqualTo(412);

        String id = party.getId().toString();
        ScreeningApi screening = new ScreeningApi(GeneratedClients.as(system, "editor"));
        ScreeningMatch single = await("the updated party screenable", () -> {
            ScreeningResponse answer = call(() -> screening.screenName(new ScreeningRequest()
                    .name(unique + " Holdings").threshold(0.5)));
            return answer.getMatches().stream().filter(m -> id.equals(m.getPartyId())).findFirst().orElse(null);
        });
        assertThat(single.getScore()).isBetween(0.5, 1.0);
        assertThat(single.getPrimaryName()).isEqualTo(unique + " Holdings");
        assertThat(single.getKind()).isEqualTo(PartyKind.ORGANIZATION);

        BatchScreeningResponse batch = screening.screenBatch(new BatchRequest().threshold(0.5)
                .addItemsItem(new BatchItem().ref("b-1").name(unique + " Holdings"))
                .addItemsItem(new BatchItem().ref("b-2").name("Nobody At All Zzyzx")));
        assertThat(batch.getResults()).extracting(r -> r.getRef()).containsExactly("b-1", "b-2");
        assertThat(batch.getResults().get(0).getMatches()).extracting(ScreeningMatch::getPartyId).contains(id);

        screensAJob(system, unique + " Holdings", id);
        readsTheAuditTrail(system, party.getId());
        importsAList(system, unique);
    }

    private static void screensAJob(RunningSystem system, String name, String partyId) throws ApiException {
        String csv = "name,ref\n" + name + ",j-1\n";
        // The native library serialises every body with Jackson; a CSV body is sent as the bytes it is.
        ScreeningJobsApi upload = new ScreeningJobsApi(GeneratedClients.as(system, "editor",
                builder -> replaceBody(builder, csv)));
        ScreeningJob submitted = upload.createScreeningJob(new File("jobs.csv"), null, null, null, null, null, 0.5);
        ScreeningJobsApi jobs = new ScreeningJobsApi(GeneratedClients.as(system, "editor"));
        assertThat(submitted.getFormat()).isEqualTo("CSV");
        String jobId = submitted.getJobId().toString();
        ScreeningJob done = await("job " + jobId + " completed", () -> {
            ScreeningJob job = call(() -> jobs.getScreeningJob(jobId));
            return "COMPLETED".equals(job.getStatus()) ? job : null;
        });
        assertThat(done.getRowsProcessed()).isEqualTo(1);
        assertThat(done.getRowsMatched()).isEqualTo(1);
        ScreeningJobResultLine line = jobs.getScreeningJobResults(jobId);
        assertThat(line.getRef()).isEqualTo("j-1");
        assertThat(line.getMatch()).isTrue();
        assertThat(line.getMatches()).extracting(ScreeningMatch::getPartyId).contains(partyId);
        assertThat(line.getMatches().get(0).getScore()).isPositive();
    }

    private static void readsTheAuditTrail(RunningSystem system, UUID partyId) throws ApiException {
        AuditApi audit = new AuditApi(GeneratedClients.as(system, "auditor"));
        List<AuditEvent> events = audit.listAuditEvents(null, null, null, null, null, 100, null, partyId.toString(), null, null, null)
                .getEvents();
        assertThat(events).extracting(AuditEvent::getAction)
                .containsExactly(Action.PARTY_CREATED, Action.MEASURE_ADDED, Action.PARTY_UPDATED);
        assertThat(events).extracting(AuditEvent::getReason).containsExactly("e2e: generated client, create",
                "e2e: generated client, measure", "e2e: generated client, rename");
        assertThat(audit.verifyAuditChain().getValid()).isTrue();
    }

    private static void importsAList(RunningSystem system, String unique) throws ApiException, IOException {
        // One synthetic entry, new on every run, in OFAC's CSV layout as its non-SDN list: an import is a delta of
        // every list of its format, and the other tests import the SDN list, which this must not revoke.
        Path list = Files.createDirectories(Path.of("target", "e2e")).resolve("generated-client-cons.csv");
        Files.writeString(list, (100_000_000 + ThreadLocalRandom.current().nextInt(800_000_000)) + ",\""
                + unique.toUpperCase()
                + " IMPORTED\",-0- ,\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \n");
        ImportsApi imports = new ImportsApi(GeneratedClients.as(system, "editor"));
        ImportJob queued = imports.createImport(list.toFile(), "e2e: generated client, one synthetic entry",
                "OFAC_NON_SDN_CSV", null, "ADDITIONS", "false"); // one entry added, nothing delisted
        assertThat(queued.getState()).isIn(ImportState.QUEUED, ImportState.RUNNING, ImportState.SUCCEEDED);
        ImportJob ended = await("import " + queued.getId() + " ended", () -> {
            ImportJob job = call(() -> imports.getImport(queued.getId()));
            return List.of(ImportState.SUCCEEDED, ImportState.FAILED).contains(job.getState()) ? job : null;
        });
        assertThat(ended.getState()).as("import problem: %s", ended.getProblem()).isEqualTo(ImportState.SUCCEEDED);
        assertThat(ended.getProgress().getAdded()).isEqualTo(1L);
        assertThat(imports.listImports(20)).extracting(ImportJob::getId).contains(queued.getId());
    }

    /** The program the test's measure is under, created unless it exists. */
    private static String program(RunningSystem system) throws ApiException {
        ProgramsApi programs = new ProgramsApi(GeneratedClients.as(system, "editor"));
        String code = "E2E-GENERATED-CLIENT";
        try {
            return programs.getProgram(code).getCode();
        } catch (ApiException e) {
            assertThat(e.getCode()).as(e.getResponseBody()).isEqualTo(404);
        }
        return programs.createProgram("e2e: generated client, program", new ProgramInput().code(code)
                .name("End-to-end test program of the generated client").authority("US-OFAC")).getCode();
    }

    private static PartyInput organisation(String name) {
        return new PartyInput().kind(PartyKind.ORGANIZATION)
                .addNamesItem(new Name().fullName(name).type(NameType.PRIMARY));
    }

    private static void replaceBody(HttpRequest.Builder builder, String body) {
        builder.method("POST", HttpRequest.BodyPublishers.ofString(body));
    }

    /** An API call in a lambda: the checked ApiException of the generated client made unchecked. */
    private interface Call<T> {
        T run() throws ApiException;
    }

    private static <T> T call(Call<T> call) {
        try {
            return call.run();
        } catch (ApiException e) {
            throw new IllegalStateException("HTTP " + e.getCode() + ": " + e.getResponseBody(), e);
        }
    }

    /** Polls until {@code probe} answers non-null, for at most a minute. */
    private static <T> T await(String what, Supplier<T> probe) {
        return Awaitility.await(what).atMost(WITHIN).pollInSameThread().pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(250)).until(probe::get, Objects::nonNull);
    }
}
