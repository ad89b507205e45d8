package org.sanctions.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Two editors change the same party: the one who saves second gets the stale-version conflict (412) explained with
 * the other's change, keeps their own edit, merges it into the current version and saves both changes.
 */
@ExtendWith({SystemExtension.class, BrowserExtension.class})
class EditorConflictTest {

    @Test
    void staleEditIsExplainedAndNotLost(RunningSystem system, Browser browser) {
        RegistryApi api = new RegistryApi(system);
        JsonNode party = new TestParties(api).syntheticOrganisation("E2E Conflict Check Ltd");
        String id = party.path("id").asText();

        browser.login(system.gatewayUrl(), "editor", "editor");
        browser.get(system.gatewayUrl() + "/#/parties/" + id + "/edit");
        browser.text(By.id("editing-version"), "editing version " + party.path("version").asText());
        WebElement remarks = browser.visible(By.cssSelector("#party-form textarea[name=remarks]"));
        remarks.sendKeys("My remark, typed while someone else saved.");
        browser.driver().findElement(By.id("change-reason")).sendKeys("Add a remark");

        ObjectNode theirs = party.deepCopy();
        theirs.putArray("positions").add("Their position, saved first");
        api.updateParty(id, party.path("version").asLong(), theirs, "e2e: the other editor's change");

        browser.click(By.id("save-party"));
        WebElement conflict = browser.text(By.id("conflict"), "Someone else saved this party");
        assertThat(conflict.getText()).contains("Their position, saved first").contains("My remark, typed while");
        assertThat(browser.driver().findElement(By.cssSelector("#party-form textarea[name=remarks]")).getAttribute("value"))
                .as("the user's edit stays in the form").isEqualTo("My remark, typed while someone else saved.");
        browser.screenshot("editor-3-conflict-explained");

        browser.click(By.id("conflict-merge"));
        browser.text(By.id("conflict-merged"), "with your changes applied");
        browser.text(By.id("editing-version"), "editing version " + (party.path("version").asLong() + 1));
        assertThat(browser.driver().findElement(By.cssSelector("#party-form textarea[name=positions]")).getAttribute("value"))
                .as("their change is in the merged form").isEqualTo("Their position, saved first");
        assertThat(browser.driver().findElement(By.cssSelector("#party-form textarea[name=remarks]")).getAttribute("value"))
                .as("and so is mine").isEqualTo("My remark, typed while someone else saved.");
        browser.click(By.id("save-party"));

        browser.text(By.id("party-version"), "version " + (party.path("version").asLong() + 2));
        JsonNode saved = api.party(id);
        assertThat(saved.path("remarks").asText()).isEqualTo("My remark, typed while someone else saved.");
        assertThat(saved.path("positions").get(0).asText()).isEqualTo("Their position, saved first");
    }
}
