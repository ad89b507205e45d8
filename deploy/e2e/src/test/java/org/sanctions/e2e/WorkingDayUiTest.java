package org.sanctions.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.sanctions.testkit.Tokens;

/**
 * Issue 20, the UI for a working day: the change log for review (newest first, party names, filter by name, paging both
 * ways, the party as it was after an event), screening evidence for auditors, screening results as a table with
 * facets and token weights, feedback that stays and invalid fields that are marked, and every page at 390 px without
 * sideways scrolling. Screenshots at 1440 px and 390 px go to target/screenshots/ui-*.png.
 */
@ExtendWith({SystemExtension.class, BrowserExtension.class})
class WorkingDayUiTest {

    @Test
    void auditorReviewsTheChangeLogNewestFirstByPartyName(RunningSystem system, Browser browser) {
        RegistryApi api = new RegistryApi(system);
        new TestParties(api).raymondSiu(); // enough events for more than one page of three
        String name = "Review Log Trading " + UUID.randomUUID().toString().substring(0, 8);
        JsonNode created = api.createParty(Map.of("kind", "ORGANIZATION", "remarks", "as first recorded",
                "names", List.of(Map.of("fullName", name, "type", "PRIMARY"))), "e2e: change log review");
        String id = created.path("id").asText();
        api.updateParty(id, created.path("version").asLong(), Map.of("kind", "ORGANIZATION", "remarks", "as corrected",
                "names", List.of(Map.of("fullName", name, "type", "PRIMARY"))), "e2e: correction for the review");

        browser.login(system.gatewayUrl(), "auditor", "auditor");
        browser.get(system.gatewayUrl() + "/#/audit?limit=3");
        List<Long> firstPage = seqs(browser, 3);
        assertThat(firstPage).as("newest first by default").isSortedAccordingTo((a, b) -> Long.compare(b, a));
        browser.click(By.id("page-next"));
        browser.text(By.id("page-number"), "Page 2");
        List<Long> secondPage = seqs(browser, 1);
        assertThat(secondPage.get(0)).as("older events on the next page").isLessThan(firstPage.get(firstPage.size() - 1));
        browser.click(By.id("page-back"));
        browser.text(By.id("page-number"), "Page 1");
        assertThat(seqs(browser, 3)).as("back to the same newest page").isEqualTo(firstPage);

        browser.get(system.gatewayUrl() + "/#/audit");
        WebElement party = browser.visible(By.cssSelector("#audit-filter input[name=party]"));
        party.sendKeys(name.substring(0, name.length() - 3));
        browser.click(By.cssSelector("#audit-filter button[type=submit]"));
        browser.await().withMessage("the change log filtered to the party").until(d ->
                d.findElements(By.cssSelector("#audit-events tr.event-row")).size() == 2);
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("#audit-events tr.event-row"));
        assertThat(rows).as("only this party's two events, found by a part of its name").hasSize(2);
        assertThat(rows.get(0).getText()).contains("Party updated").contains(name);
        assertThat(rows.get(1).getText()).contains("Party created").contains(name);
        assertThat(browser.sidewaysOverflow()).as("the change log at 1280 px").isLessThanOrEqualTo(0);
        fitsAndIsShot(browser, "ui-change-log");

        new Select(browser.visible(By.id("audit-order"))).selectByValue("asc");
        browser.await().ignoring(StaleElementReferenceException.class).until(d ->
                d.findElements(By.cssSelector("#audit-events tr.event-row")).size() == 2
                && d.findElement(By.cssSelector("#audit-events tr.event-row")).getText().contains("Party created"));

        browser.visible(By.cssSelector("#audit-events tr.event-row a.as-of-link")).click();
        browser.text(By.id("as-of-banner"), "version 1");
        browser.text(By.cssSelector("main"), "as first recorded");
        assertThat(browser.driver().findElement(By.cssSelector("main dl.facts")).getText())
                .as("the recorded state, not the later correction (which the history below lists)").doesNotContain("as corrected");
        assertThat(browser.driver().getTitle()).as("the party page is titled with the party's name").startsWith(name);
    }

    @Test
    void auditorSearchesScreeningEvidenceOpensOneAndExportsTheFilter(RunningSystem system, Browser browser)
            throws IOException {
        new TestParties(new RegistryApi(system)).raymondSiu();
        String nonsense = "Qxzvw Plonkt " + UUID.randomUUID().toString().substring(0, 6);
        String officer = Tokens.user("officer");
        screen(system, officer, "Raymond Siu Chak-yee");
        screen(system, officer, nonsense);

        browser.login(system.gatewayUrl(), "auditor", "auditor");
        browser.click(By.id("nav-evidence"));
        browser.visible(By.cssSelector("#evidence-filter input[name=user]")).sendKeys("officer");
        new Select(browser.visible(By.cssSelector("#evidence-filter select[name=outcome]"))).selectByValue("NO_MATCH");
        browser.click(By.cssSelector("#evidence-filter button[type=submit]"));
        WebElement list = browser.text(By.id("evidence-list"), nonsense);
        assertThat(list.getText()).doesNotContain("Raymond Siu Chak-yee");
        fitsAndIsShot(browser, "ui-evidence");

        browser.click(By.id("evidence-export"));
        List<String> csv = Files.readAllLines(browser.awaitDownload(".csv", Duration.ofSeconds(20)));
        assertThat(csv.get(0)).startsWith("screeningId,screenedAt,user");
        assertThat(String.join("\n", csv)).contains(nonsense).doesNotContain("Raymond Siu Chak-yee");

        new Select(browser.visible(By.cssSelector("#evidence-filter select[name=outcome]"))).selectByValue("MATCH");
        browser.click(By.cssSelector("#evidence-filter button[type=submit]"));
        browser.text(By.id("evidence-list"), "Raymond Siu Chak-yee");
        WebElement row = browser.text(By.cssSelector("tr.evidence-row"), "Raymond Siu Chak-yee");
        row.findElement(By.cssSelector("a.open-evidence")).click();
        browser.text(By.id("evidence-request"), "Raymond Siu Chak-yee");
        assertThat(browser.visible(By.id("evidence-list-version")).getText()).matches("\\d+");
        browser.text(By.id("evidence-answer"), "Match");
        assertThat(browser.present(By.cssSelector("#evidence-explanations .alignment .align-col"))).isTrue();
        assertThat(browser.text(By.id("evidence-facts"), "Engine version").getText()).contains("officer");
        assertThat(browser.visible(By.id("evidence-engine-version")).getText()).as("recorded since lookup V7")
                .startsWith("lookup-");
        assertThat(browser.visible(By.id("evidence-config-hash")).getText()).matches("[0-9a-f]{8,}");
        fitsAndIsShot(browser, "ui-evidence-detail");
    }

    @Test
    void officerSeesResultsAsASortableTableWithFacetsAndTokenWeights(RunningSystem system, Browser browser) {
        new TestParties(new RegistryApi(system)).raymondSiu();
        new TestParties(new RegistryApi(system)).paulLam();

        browser.login(system.gatewayUrl(), "officer", "officer");
        browser.visible(By.cssSelector("#screening-form input[name=name]")).sendKeys("Siu Lam");
        browser.click(By.cssSelector("#screening-form details summary"));
        browser.visible(By.cssSelector("#screening-form input[name=threshold]")).sendKeys("0");
        browser.click(By.id("screen-button"));
        WebElement total = browser.text(By.id("results-total"), "result");
        assertThat(total.getText()).contains("threshold 0%");
        WebElement facets = browser.text(By.id("results-facets"), "HK-EO13936");
        assertThat(facets.getText()).containsIgnoringCase("Kind").containsIgnoringCase("Program")
                .containsIgnoringCase("Authority").containsIgnoringCase("Measure type")
                .containsIgnoringCase("Nationality").contains("Asset freeze");
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("#results-table tbody tr"));
        assertThat(rows).hasSizeGreaterThan(1);
        assertThat(total.getText()).startsWith(rows.size() + " result");
        browser.click(By.cssSelector("#results-table button.sort[data-column='2']"));
        browser.await().until(d -> "ascending".equals(d.findElement(By.cssSelector("#results-table th:nth-child(3)"))
                .getAttribute("aria-sort")));
        List<String> parties = new ArrayList<>();
        browser.driver().findElements(By.cssSelector("#results-table tbody tr td:nth-child(3)"))
                .forEach(cell -> parties.add(cell.getText().toLowerCase()));
        assertThat(parties).as("sorted by party name").isSorted();
        assertThat(browser.present(By.cssSelector("table.weights td.token-weight"))).as("token weights shown").isTrue();
        assertThat(browser.text(By.cssSelector("ol.matches"), "weight").getText()).contains("Name similarity");
        fitsAndIsShot(browser, "ui-results-table");
    }

    @Test
    void editorSeesWritesConfirmedInvalidFieldsMarkedAndDiffsInWords(RunningSystem system, Browser browser) {
        RegistryApi api = new RegistryApi(system);
        new TestParties(api).raymondSiu(); // its program exists then
        String name = "Feedback Shipping " + UUID.randomUUID().toString().substring(0, 8);
        JsonNode party = api.createParty(Map.of("kind", "ORGANIZATION", "names", List.of(Map.of("fullName", name,
                "type", "PRIMARY"))), "e2e: feedback check");
        String id = party.path("id").asText();
        api.addMeasure(id, Map.of("program", "HK-EO13936", "type", "ASSET_FREEZE", "listedDate", "2025-03-31"),
                "e2e: a measure for the history diff");

        browser.login(system.gatewayUrl(), "editor", "editor");
        browser.get(system.gatewayUrl() + "/#/parties/" + id);
        browser.text(By.cssSelector("main h1"), name);
        assertThat(browser.driver().getTitle()).startsWith(name);
        WebElement history = browser.text(By.id("history"), "Measure added");
        assertThat(history.getText()).contains("Asset freeze").doesNotContain("ASSET_FREEZE");

        browser.click(By.id("edit-party"));
        WebElement nationalities = browser.visible(By.cssSelector("#party-form [data-path=nationalities]"));
        nationalities.sendKeys("XX9");
        browser.visible(By.id("change-reason")).sendKeys("e2e: an invalid nationality first");
        browser.click(By.id("save-party"));
        browser.await().withMessage("the nationality the server refused is marked invalid").until(d ->
                "true".equals(d.findElement(By.cssSelector("#party-form [data-path=nationalities]")).getAttribute("aria-invalid")));
        nationalities = browser.visible(By.cssSelector("#party-form [data-path=nationalities]"));
        nationalities.clear();
        nationalities.sendKeys("HK");
        browser.click(By.id("save-party"));
        browser.text(By.id("notice"), "Saved version 3");
        browser.text(By.id("party-version"), "version 3");
        assertThat(browser.driver().findElement(By.id("notice")).getText())
                .as("the confirmation stays on the page the save led to").contains("Saved version 3");
        fitsAndIsShot(browser, "ui-party-page");

        // a revocation that someone else made first: the dialog says nothing is left to do and closes
        JsonNode current = api.party(id);
        String measureId = current.path("measures").get(0).path("id").asText();
        browser.driver().navigate().refresh();
        browser.click(By.cssSelector("button.revoke[data-measure-id='" + measureId + "']"));
        browser.visible(By.id("revoke-reason")).sendKeys("e2e: too late, someone revoked it already");
        JsonHttp.send("POST", system.gatewayUrl() + "/api/v1/parties/" + id + "/measures/" + measureId + "/revoke",
                Tokens.user("editor"), Map.of("date", "2025-06-01", "reason", "e2e: revoked first elsewhere",
                        "status", "REVOKED"), Map.of("If-Match", "\"" + current.path("version").asLong() + "\"",
                        "X-Change-Reason", "e2e%3A%20revoked%20first%20elsewhere")).expect(200);
        browser.click(By.cssSelector("#revoke-dialog button[type=submit]"));
        browser.text(By.id("notice"), "Nothing left to do");
        browser.await().until(d -> d.findElements(By.id("revoke-dialog")).isEmpty());
        browser.text(By.cssSelector("tr.measure[data-measure-id='" + measureId + "']"), "Revoked");
    }

    /**
     * The page fits its viewport at 1440 px and at 390 px (scrollWidth <= innerWidth): screenshots NAME-1440.png and
     * NAME-390.png; the window's own viewport again afterwards.
     */
    private static void fitsAndIsShot(Browser browser, String name) {
        browser.fitsAndIsShot(name);
    }

    private static List<Long> seqs(Browser browser, int atLeast) {
        browser.await().until(d -> d.findElements(By.cssSelector("#audit-events tr.event-row")).size() >= atLeast);
        List<Long> seqs = new ArrayList<>();
        browser.driver().findElements(By.cssSelector("#audit-events tr.event-row td:first-child"))
                .forEach(td -> seqs.add(Long.parseLong(td.getText().replaceAll("\\D", ""))));
        return seqs;
    }

    private static void screen(RunningSystem system, String token, String name) {
        JsonHttp.send("POST", system.gatewayUrl() + "/api/v1/screenings", token, Map.of("name", name), Map.of())
                .expect(200);
    }
}
