package org.sanctions.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Four eyes in the browser, through the gateway: an editor previews an import (additions only, so it delists nothing
 * the other tests rely on), sees its delta and cannot approve it; a second editor opens it by id and approves it, and
 * the import is applied.
 */
@ExtendWith({SystemExtension.class, BrowserExtension.class})
class ReviewedImportUiTest {

    @Test
    void anEditorPreviewsAnImportThatOnlyASecondEditorCanApprove(RunningSystem system, Browser browser)
            throws IOException {
        String unique = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Path list = Files.createDirectories(Path.of("target", "e2e").toAbsolutePath()).resolve("reviewed-cons.csv");
        Files.writeString(list, (100_000_000 + ThreadLocalRandom.current().nextInt(800_000_000)) + ",\"REVIEWED "
                + unique + " TRADING\",-0- ,\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \n");

        browser.login(system.gatewayUrl(), "editor", "editor");
        browser.click(By.id("nav-batch"));
        browser.visible(By.id("import-file")).sendKeys(list.toString());
        browser.driver().findElement(By.cssSelector("#import-format option[value=OFAC_NON_SDN_CSV]")).click();
        browser.driver().findElement(By.cssSelector("#import-mode option[value=ADDITIONS]")).click();
        browser.click(By.id("import-preview"));
        browser.driver().findElement(By.id("import-reason")).sendKeys("Reviewed import (e2e)");
        browser.click(By.id("start-import"));
        assertThat(browser.text(By.id("delta-counts"), "to add").getText()).startsWith("1 to add").contains("0 to delist");
        String heading = browser.driver().findElement(By.cssSelector("#import-status h3")).getText();
        String id = heading.substring(heading.lastIndexOf(' ') + 1);
        browser.visible(By.id("review-reason")).sendKeys("my own import");
        browser.click(By.id("approve-import"));
        assertThat(browser.text(By.id("import-review"), "cannot approve").getText()).contains("another person");
        browser.screenshot("editor-5-preview");

        try (Browser second = Browser.open()) {
            second.login(system.gatewayUrl(), "editor2", "editor2");
            second.click(By.id("nav-batch"));
            second.visible(By.id("review-import-id")).sendKeys(id);
            second.click(By.id("open-review"));
            second.text(By.id("delta-counts"), "1 to add");
            second.visible(By.id("review-reason")).sendKeys("Checked against the OFAC notice");
            second.click(By.id("approve-import"));
            assertThat(second.text(By.id("review-status"), "Succeeded").getText()).containsPattern("Added\\s+1");
            second.screenshot("editor2-approved");
        }
    }
}
