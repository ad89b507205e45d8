package org.sanctions.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** A compliance officer screens a name, opens the listed party and reads its history; nothing to edit. */
@ExtendWith({SystemExtension.class, BrowserExtension.class})
class OfficerScreeningTest {

    @Test
    void officerScreensRaymondSiuOpensThePartyAndSeesItsHistory(RunningSystem system, Browser browser) {
        JsonNode siu = new TestParties(new RegistryApi(system)).raymondSiu();
        String id = siu.path("id").asText();

        browser.login(system.gatewayUrl(), "officer", "officer");
        browser.text(By.id("current-user"), "officer");
        browser.text(By.id("current-roles"), "compliance-officer");
        assertThat(browser.present(By.id("nav-screening"))).as("officers screen").isTrue();

        // keyboard only: the name field has the focus, Enter submits, Enter on the result's link opens the party
        WebElement nameField = browser.driver().switchTo().activeElement();
        nameField.sendKeys("   ", Keys.ENTER);
        assertThat(browser.present(By.cssSelector("#screening-form input[name='name']:invalid")))
                .as("a name of spaces is refused in the form").isTrue();
        assertThat(browser.present(By.id("results-heading"))).as("and not sent").isFalse();
        nameField.clear();
        nameField.sendKeys("Raymond Siu", Keys.ENTER);
        browser.visible(By.id("results-heading"));
        if (!browser.present(By.cssSelector("#screening-results a.party-link[href$='" + id + "']"))) {
            // "Raymond Siu" is two of the four tokens of his listed names; when the scorer puts that below the
            // default threshold, the officer asks for the closest candidates
            browser.click(By.id("show-near-misses"));
            browser.text(By.id("results-heading"), "closest candidate");
        }
        WebElement top = browser.visible(By.cssSelector("#screening-results ol.matches > li:first-child"));
        System.out.println("e2e: 'Raymond Siu' top candidate: " + top.findElement(By.cssSelector(".match-head")).getText()
                .replace('\n', ' '));
        assertThat(top.findElement(By.cssSelector("a.party-link")).getAttribute("href")).endsWith("#/parties/" + id);
        assertThat(top.findElement(By.cssSelector(".score")).getAttribute("aria-valuenow")).isNotBlank();
        assertThat(top.findElement(By.cssSelector(".matched-name")).getText()).containsIgnoringCase("siu");
        assertThat(top.findElements(By.cssSelector(".alignment .align-col:not(.legend)"))).as("aligned tokens").isNotEmpty();
        assertThat(top.getText()).contains("HK-EO13936").contains("Asset freeze");
        browser.screenshot("officer-1-screening-results");

        top.findElement(By.cssSelector("a.party-link")).sendKeys(Keys.ENTER);
        browser.text(By.cssSelector("main h1"), "Raymond Chak Yee Siu");
        browser.text(By.id("names"), "蕭澤頤");
        browser.text(By.id("measures"), "HK-EO13936");
        WebElement history = browser.text(By.id("history"), "Measure added");
        assertThat(history.getText()).contains("Party created").contains("editor")
                .contains("Demo data from public announcements");
        assertThat(browser.present(By.id("edit-party"))).as("no edit control for an officer").isFalse();
        assertThat(browser.present(By.cssSelector("button.revoke"))).isFalse();
        assertThat(browser.present(By.id("add-measure"))).isFalse();
        browser.screenshot("officer-2-party-page");
    }
}
