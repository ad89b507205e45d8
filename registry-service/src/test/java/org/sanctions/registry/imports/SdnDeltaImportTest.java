package org.sanctions.registry.imports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.sanctions.registry.TestData.createParty;
import static org.sanctions.registry.TestData.person;
import static org.sanctions.registry.imports.Imports.data;
import static org.sanctions.registry.imports.Imports.upload;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sanctions.registry.common.Roles;

/**
 * The July 2021 SDN file, then the May 2024 one, through the API: the second import changes exactly the entries that
 * differ between the two files, as counted from the raw rows (6,870 new ent_nums, 881 gone, 745 of the 8,095 kept
 * rows changed), and leaves hand-curated parties alone.
 */
@QuarkusTest
@TestProfile(SdnDeltaImportTest.Profile.class)
@TestSecurity(user = "editor", roles = Roles.EDITOR)
class SdnDeltaImportTest {

    /** Its own database: the counts hold for a registry whose SDN entries all come from these two files. */
    public static class Profile extends OwnDatabase {
        public Profile() {
            super("sanctions_sdn_delta");
        }
    }

    @Test
    void theMay2024FileAfterTheJuly2021FileChangesExactlyTheEntriesThatChanged() {
        Map<String, Object> curated = person("CHAN, Hand Curated");
        curated.put("sources", List.of());
        String curatedId = createParty(curated);
        String otherListId = createParty(person("WONG, Not From Any Import")); // an SDN reference no import wrote

        JsonPath july2021 = Imports.succeed(upload("OFAC SDN of July 2021", data("ofac_sdn_2021-07_fullset/sdn.csv"))
                .multiPart("listDate", "2021-07-07"));
        assertThat(july2021.getLong("progress.added")).isEqualTo(8_976 - july2021.getLong("progress.rejected"));
        JsonPath may2024 = Imports.succeed(upload("OFAC SDN of May 2024", data("ofac_sdn_2024-05/sdn.csv"))
                .multiPart("listDate", "2024-05-03"));

        assertThat(may2024.getLong("progress.entries")).isEqualTo(14_965);
        assertThat(may2024.getLong("progress.rejected")).isZero();
        assertThat(may2024.getLong("progress.added")).isEqualTo(6_870);
        assertThat(may2024.getLong("progress.updated")).isEqualTo(745);
        assertThat(may2024.getLong("progress.unchanged")).isEqualTo(7_350);
        assertThat(may2024.getLong("progress.revoked")).isEqualTo(881);
        assertThat(may2024.getList("programsCreated", String.class)).contains("ILLICIT-DRUGS-EO14059",
                "HOSTAGES-EO14078").doesNotContain("SDGT", "RUSSIA-EO14024"); // both cited in 2021 already

        given().get("/api/v1/parties?source=US-OFAC/SDN/1572").then().statusCode(200) // gone by 2024
                .body("items[0].names[0].fullName", equalTo("NORIEGA, Manuel Antonio"))
                .body("items[0].measures[0].status", equalTo("REVOKED"))
                .body("items[0].measures[0].statusDate", equalTo("2024-05-03"))
                .body("items[0].measures[0].statusReason", equalTo("removed from US-OFAC SDN on 2024-05-03"));
        given().get("/api/v1/parties?source=US-OFAC/SDN/48907").then().statusCode(200) // new in 2024
                .body("items[0].names[0].fullName", equalTo("UZAY GROUP DIS TICARET LIMITED SIRKETI"))
                .body("items[0].measures[0].program", equalTo("RUSSIA-EO14024"))
                .body("items[0].measures[0].listedDate", equalTo("2024-05-03"))
                .body("items[0].measures[0].status", equalTo("ACTIVE"));
        given().get("/api/v1/parties?source=US-OFAC/SDN/2677").then().statusCode(200) // DOB and gender added by 2024: version 1 imported with its measures, 2 updated
                .body("items[0].version", equalTo(2))
                .body("items[0].birthDates.date", hasItem("1947-04-19"))
                .body("items[0].gender", equalTo("MALE"))
                .body("items[0].measures[0].listedDate", equalTo("2021-07-07"));

        given().get("/api/v1/parties/" + curatedId).then().body("version", equalTo(1)).body("measures.size()", equalTo(0));
        given().get("/api/v1/parties/" + otherListId).then().body("version", equalTo(1));
    }
}
