package org.sanctions.registry.imports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.sanctions.registry.imports.Imports.data;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.sanctions.registry.common.Roles;
import org.sanctions.testkit.PostgresResource;

/** Lists other than OFAC's through the same import API: the wiring is the same for every parser. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@TestSecurity(user = "editor", roles = Roles.EDITOR)
class OtherListFormatsImportTest {

    @Test
    void importsTheUnListWithItsOriginalScriptNames() {
        JsonPath job = Imports.succeed("UN SC consolidated list of 2026-02-27", data("un_sc/UN_consolidated.xml"));
        assertThat(job.getString("format")).isEqualTo("UN_SC_XML");
        assertThat(job.getLong("progress.entries")).isEqualTo(1_003);
        assertThat(job.getString("listDate")).isEqualTo("2026-02-27"); // the date the file states
        assertThat(job.getLong("progress.added") + job.getLong("progress.updated") + job.getLong("progress.unchanged"))
                .isEqualTo(1_003 - job.getLong("progress.rejected"));

        given().get("/api/v1/parties?source=UN-SC/CONSOLIDATED/IQi.001").then().statusCode(200)
                .body("items[0].names.findAll { it.script == 'Arab' }.fullName", hasItem("صدام حسين التكريتي"))
                .body("items[0].measures[0].authority", equalTo("UN-SC"));
        given().get("/api/v1/parties?source=UN-SC/CONSOLIDATED/QDi.290").then().statusCode(200)
                .body("items[0].names.findAll { it.script == 'Cyrl' }.fullName", hasItem("Умаров Доку Хаматович"));
        given().get("/api/v1/parties?name=صدام حسين التكريتي").then().statusCode(200)
                .body("items.sources.flatten().sourceId", hasItem("IQi.001"));

        JsonPath again = Imports.succeed("UN SC consolidated list of 2026-02-27, again",
                data("un_sc/UN_consolidated.xml"));
        assertThat(again.getLong("progress.unchanged")).isEqualTo(job.getLong("progress.entries")
                - job.getLong("progress.rejected"));
    }

    @Test
    void importsOpenSanctionsEntities() {
        JsonPath job = Imports.succeed("OpenSanctions sample around ZALA Aero",
                data("opensanctions_ftm/zala/entities.ftm.json"));
        assertThat(job.getString("format")).isEqualTo("FTM_JSONL");
        assertThat(job.getLong("progress.entries")).isPositive();
        given().get("/api/v1/parties?source=OPENSANCTIONS/FTM/NK-aU5ybkbRFJucf8YMwsJvDw").then().statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].kind", equalTo("PERSON"));
    }
}
