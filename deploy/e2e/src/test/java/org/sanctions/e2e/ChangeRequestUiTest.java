package org.sanctions.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Issue 16's maker-checker in the web UI: a measure that `editor` adds under the four-eyes program waits in the
 * change request queue with its diff; `editor` sees it as theirs (withdraw only, no approve); `editor2` approves it
 * with a reason, and the party page shows the measure in force. The queue fits 1440 px and 390 px.
 */
@ExtendWith({SystemExtension.class, BrowserExtension.class})
class ChangeRequestUiTest {

    @Test
    void aSecondEditorApprovesAHeldMeasureInTheQueue(RunningSystem system, Browser browser) {
        RegistryApi registry = new RegistryApi(system);
        String program = RunningSystem.FOUR_EYES_PROGRAM;
        registry.ensureProgram(JsonHttp.JSON.valueToTree(Map.of("code", program, "authority", "E2E-TEST",
                "name", "Synthetic program of the maker-checker end-to-end test")), "e2e: four eyes, program");
        String name = "Queue " + SyntheticNames.word() + " " + SyntheticNames.word() + " Trading";
        String partyId = registry.createParty(Map.of("kind", "ORGANIZATION",
                "names", List.of(Map.of("fullName", name, "type", "PRIMARY"))), "e2e: change request UI, party")
                .path("id").asText();
        String requestId = new ChangeRequestApi(system).write("editor", "POST", "/api/v1/parties/" + partyId
                + "/measures", Map.of("program", program, "type", "ASSET_FREEZE", "listedDate", "2026-12-01"), null,
                "e2e: change request UI, listed per the notice").expect(202).body().path("id").asText();
        By card = By.cssSelector("li.change-request[data-request-id='" + requestId + "']");

        browser.login(system.gatewayUrl(), "editor", "editor");
        browser.click(By.id("nav-change-requests"));
        WebElement mine = browser.text(card, name);
        assertThat(mine.getText()).contains("Add measure").contains("Pending").contains("Made by editor")
                .contains("e2e: change request UI, listed per the notice").contains(program);
        assertThat(mine.findElements(By.cssSelector("button.approve"))).as("the maker cannot approve").isEmpty();
        assertThat(mine.findElements(By.cssSelector("button.withdraw"))).hasSize(1);
        for (int width : new int[] {1440, 390}) {
            browser.screenshot("ui-change-requests-" + width, width);
            assertThat(browser.sidewaysOverflow()).as("the queue at %d px", width).isLessThanOrEqualTo(0);
        }
        browser.desktop();
        browser.click(By.id("logout"));

        browser.login(system.gatewayUrl(), "editor2", "editor2");
        browser.click(By.id("nav-change-requests"));
        browser.text(card, name).findElement(By.cssSelector("button.approve")).click();
        browser.visible(By.id("decision-reason")).sendKeys("e2e: checked against the notice");
        browser.click(By.cssSelector("#decision-dialog button[type='submit']"));
        browser.text(By.id("notice"), "Approved: applied as version");
        browser.get(system.gatewayUrl() + "/#/change-requests?state=APPLIED");
        WebElement applied = browser.text(card, "Applied");
        assertThat(applied.getText()).contains("Decided by editor2").contains("e2e: checked against the notice");

        browser.get(system.gatewayUrl() + "/#/parties/" + partyId);
        assertThat(browser.text(By.id("measures"), program).getText()).contains("Active");
        assertThat(browser.console()).as("no console errors").noneMatch(line -> line.contains("SEVERE"));
    }
}
