package org.sanctions.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A registry editor revokes a measure with a reason; the party page and its history show it, and so does the API. */
@ExtendWith({SystemExtension.class, BrowserExtension.class})
class EditorRevocationTest {

    @Test
    void editorRevokesAMeasureWithAReasonAndSeesItInTheHistory(RunningSystem system, Browser browser) {
        RegistryApi api = new RegistryApi(system);
        JsonNode lam = new TestParties(api).paulLam();
        String id = lam.path("id").asText();
        JsonNode active = null;
        for (JsonNode m : lam.path("measures")) {
            active = active == null && "ACTIVE".equals(m.path("status").asText()) ? m : active;
        }
        assertThat(active).as("Paul Lam's demo measure is active before the test revokes it").isNotNull();
        String measureId = active.path("id").asText();
        String reason = "Delisted after review (e2e check " + System.nanoTime() + ")";

        browser.login(system.gatewayUrl(), "editor", "editor");
        browser.text(By.id("current-roles"), "registry-editor");
        browser.get(system.gatewayUrl() + "/#/parties/" + id);
        browser.text(By.cssSelector("main h1"), "Paul Ting Kwok Lam");
        browser.click(By.cssSelector("button.revoke[data-measure-id='" + measureId + "']"));
        browser.visible(By.id("revoke-reason")).sendKeys(reason);
        browser.screenshot("editor-1-revoke-dialog");
        browser.click(By.cssSelector("#revoke-dialog button[type=submit]"));

        WebElement row = browser.text(By.cssSelector("tr.measure[data-measure-id='" + measureId + "']"), "Revoked");
        assertThat(row.getText()).contains(reason);
        WebElement history = browser.text(By.id("history"), "Measure revoked");
        assertThat(history.getText()).contains(reason).contains("editor");
        assertThat(history.findElement(By.cssSelector("ol.timeline > li:first-child")).getText())
                .as("the newest event first, with the status change in words").contains("status: Active → Revoked");
        browser.screenshot("editor-2-after-revocation");

        JsonNode measure = null;
        for (JsonNode m : api.party(id).path("measures")) {
            measure = measureId.equals(m.path("id").asText()) ? m : measure;
        }
        assertThat(measure.path("status").asText()).isEqualTo("REVOKED");
        assertThat(measure.path("statusReason").asText()).isEqualTo(reason);
    }
}
