package org.sanctions.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.sanctions.testkit.Tokens;

/**
 * Issue 16, item 4 in the web UI: a list source (the OFAC non-SDN source, pointed at a one-entry file in OFAC's CSV
 * layout that this test writes) fetches and applies its file; the officer sees it on the *Lists* page with the
 * file's hash, a screening's results name the lists and the file they were screened against, and the auditor finds
 * the same file in that screening's evidence. The editor has *Check now*, the officer not.
 */
@ExtendWith({SystemExtension.class, BrowserExtension.class})
class ListSourcesUiTest {

    private static final String SOURCE = "/api/v1/sources/ofac-consolidated";
    private static final Pattern SCREENING_ID = Pattern.compile("screening id ([0-9a-f-]{36})");

    @Test
    void theListsPageScreeningResultsAndEvidenceNameTheAppliedFile(RunningSystem system, Browser browser)
            throws Exception {
        String name = SyntheticNames.word().toUpperCase() + ", " + SyntheticNames.word();
        Path directory = Files.createTempDirectory("e2e-list-source");
        Files.writeString(directory.resolve("cons_prim.csv"), "99951,\"" + name + "\",\"individual\",\"SDGT\",-0- ,"
                + "-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"DOB 03 Mar 1972.\"\r\n", StandardCharsets.ISO_8859_1);
        String editor = Tokens.user("editor");
        Map<String, Object> settings = new HashMap<>(Map.of("format", "OFAC_NON_SDN_CSV", "url",
                directory.toUri().toString(), "policy", "AUTO", "maxDelistShare", 0.2));
        settings.put("every", null);
        JsonHttp.send("PUT", system.gatewayUrl() + SOURCE, editor, settings,
                Map.of("X-Change-Reason", "e2e%3A%20a%20local%20copy%20of%20the%20list")).expect(200);
        JsonHttp.send("POST", system.gatewayUrl() + SOURCE + "/fetches", editor, null, Map.of()).expect(202);
        JsonNode source = await("the source applied its file").atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> JsonHttp.send("GET", system.gatewayUrl() + SOURCE, editor, null, Map.of()).expect(200)
                        .body(), s -> "APPLIED".equals(s.path("state").asText()));
        String sha = source.path("fileSha256").asText();
        assertThat(sha).hasSize(64);

        browser.login(system.gatewayUrl(), "officer", "officer");
        browser.click(By.id("nav-sources"));
        WebElement row = browser.text(By.cssSelector("tr[data-source-id='ofac-consolidated']"), "Applied");
        assertThat(row.getText()).contains(sha.substring(0, 16)).contains("on request only");
        assertThat(row.findElements(By.cssSelector("button.fetch-now"))).as("only editors check now").isEmpty();
        for (int width : new int[] {1440, 390}) {
            browser.screenshot("ui-sources-" + width, width);
            assertThat(browser.sidewaysOverflow()).as("the lists page at %d px", width).isLessThanOrEqualTo(0);
        }
        browser.desktop();

        String screening = await("the listed entry screens").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(1)).ignoreExceptions().until(() -> {
                    browser.get(system.gatewayUrl() + "/#/screening");
                    browser.driver().switchTo().activeElement().sendKeys(name, Keys.ENTER);
                    WebElement results = browser.visible(By.id("screened-lists"));
                    results.findElement(By.tagName("summary")).click();
                    Matcher id = SCREENING_ID.matcher(browser.visible(By.id("screening-results")).getText());
                    return results.getText().contains(sha.substring(0, 16)) && id.find() ? id.group(1) : null;
                }, id -> id != null);
        assertThat(browser.visible(By.id("screened-lists")).getText()).contains("ofac-consolidated");
        browser.screenshot("ui-screened-lists", 1440);
        browser.desktop();
        browser.click(By.id("logout"));

        browser.login(system.gatewayUrl(), "auditor", "auditor");
        browser.get(system.gatewayUrl() + "/#/evidence/" + screening);
        WebElement lists = browser.visible(By.id("evidence-lists"));
        lists.findElement(By.tagName("summary")).click();
        assertThat(lists.getText()).contains("ofac-consolidated").contains(sha.substring(0, 16));
        browser.click(By.id("logout"));

        browser.login(system.gatewayUrl(), "editor", "editor");
        browser.click(By.id("nav-sources"));
        browser.text(By.cssSelector("tr[data-source-id='ofac-consolidated']"), "Applied")
                .findElement(By.cssSelector("button.fetch-now")).click();
        browser.text(By.id("notice"), "Checking ofac-consolidated now");
        assertThat(browser.console()).as("no console errors").noneMatch(line -> line.contains("SEVERE"));
    }
}
