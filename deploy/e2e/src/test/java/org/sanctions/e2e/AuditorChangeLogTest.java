package org.sanctions.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;

/**
 * An auditor reads the change log and the verified chain, filters it by party and exports it as CSV, sees no edit
 * control anywhere, and markup in data (a party named like a script) stays text.
 */
@ExtendWith({SystemExtension.class, BrowserExtension.class})
class AuditorChangeLogTest {

    private static final String HOSTILE_NAME = "<script>alert(1)</script>";

    @Test
    void auditorSeesTheChangeLogAndNoEditControls(RunningSystem system, Browser browser) throws IOException {
        JsonNode hostile = new TestParties(new RegistryApi(system)).hostileMarkup();
        String id = hostile.path("id").asText();

        browser.login(system.gatewayUrl(), "auditor", "auditor");
        browser.text(By.id("current-user"), "auditor");
        assertThat(browser.present(By.id("nav-screening"))).as("auditors do not screen").isFalse();
        assertThat(browser.present(By.id("nav-batch"))).isFalse();
        browser.text(By.cssSelector("#nav a[aria-current=page]"), "Change log");
        browser.text(By.id("chain-result"), "Chain verified");
        browser.text(By.id("audit-events"), "Party created");
        browser.visible(By.cssSelector("#audit-filter input[name=party]")).sendKeys(id);
        browser.click(By.cssSelector("#audit-filter button[type=submit]"));
        WebElement events = browser.text(By.id("audit-events"), "e2e: escaping check");
        assertThat(events.findElements(By.cssSelector("tr.event-row"))).as("only this party's events").hasSize(1);
        assertThat(events.getText()).contains("Party created").contains("editor");
        events.findElement(By.cssSelector("tr.event-row details summary")).click();
        assertThat(browser.text(By.cssSelector("tr.event-row ul.diff"), HOSTILE_NAME).findElements(By.tagName("script")))
                .as("the name in the diff is text").isEmpty();
        assertThat(browser.present(By.cssSelector("button.revoke, #edit-party, #new-party, #add-measure"))).isFalse();
        browser.screenshot("auditor-1-change-log");

        browser.click(By.id("export-csv"));
        List<String> csv = Files.readAllLines(browser.awaitDownload(".csv", Duration.ofSeconds(20)));
        assertThat(csv).as("the export of the filtered log: a header and this party's event").hasSize(2);
        assertThat(csv.get(1)).contains(id).contains("PARTY_CREATED").contains("e2e: escaping check");

        browser.get(system.gatewayUrl() + "/#/parties/" + id);
        assertThat(browser.text(By.cssSelector("main h1"), HOSTILE_NAME).getText()).isEqualTo(HOSTILE_NAME);
        assertThat(browser.text(By.cssSelector("main"), "onerror=alert(2)").findElements(By.tagName("img")))
                .as("markup in remarks is shown as text, not parsed").isEmpty();
        assertThat(browser.present(By.cssSelector("main script"))).isFalse();
        assertThatThrownBy(() -> browser.driver().switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        assertThat(browser.present(By.id("edit-party"))).as("no edit control for an auditor").isFalse();
        assertThat(browser.present(By.id("add-measure"))).isFalse();
        browser.text(By.id("history"), "Party created");
        browser.screenshot("auditor-2-party-markup-as-text");
    }
}
