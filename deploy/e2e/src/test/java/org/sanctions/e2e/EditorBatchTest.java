package org.sanctions.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.sanctions.testkit.Prerequisites;
import org.sanctions.testkit.ProjectPaths;

/**
 * Batch work in the browser: a registry editor imports a real OFAC file set (the tiny sample in ../shared/data) and
 * watches its report, then screens a CSV of names as a job, follows the progress bar and downloads the results.
 */
@ExtendWith({SystemExtension.class, BrowserExtension.class})
class EditorBatchTest {

    private static final Path TINY_OFAC = ProjectPaths.root().resolve("../shared/data/ofac_sdn_tiny").normalize();

    @Test
    void editorImportsAListAndScreensAFileOfNames(RunningSystem system, Browser browser) throws IOException {
        Prerequisites.sharedData("ofac_sdn_tiny/sdn.csv");
        RegistryApi api = new RegistryApi(system);
        browser.login(system.gatewayUrl(), "editor", "editor");
        browser.click(By.id("nav-batch"));
        String set = List.of("sdn.csv", "alt.csv", "add.csv", "sdn_comments.csv").stream()
                .map(f -> TINY_OFAC.resolve(f).toString()).collect(Collectors.joining("\n"));
        browser.visible(By.id("import-file")).sendKeys(set);
        browser.driver().findElement(By.cssSelector("#import-format option[value=OFAC_SDN_CSV]")).click();
        browser.driver().findElement(By.id("import-reason")).sendKeys("OFAC tiny sample (e2e)");
        browser.click(By.id("start-import"));
        String report = browser.text(By.id("import-summary"), "Succeeded").getText();
        assertThat(report).contains("Rows read").containsPattern("Added\\s+17");
        JsonNode imported = api.findBySource("US-OFAC", "SDN", "10278");
        assertThat(imported).as("the imported entry US-OFAC/SDN/10278").isNotNull();
        String logan = imported.path("id").asText();
        api.awaitScreenable("Elvis Logan Morey", logan, Duration.ofSeconds(30));

        Path names = Files.createDirectories(Path.of("target", "e2e").toAbsolutePath()).resolve("names.csv");
        Files.writeString(names, "ref,name\nc-1,Maria Example-Person\nc-2,Elvis Logan Morey\nc-3,Jane Q. Public\n");
        browser.visible(By.id("job-file")).sendKeys(names.toString());
        browser.click(By.id("start-job"));
        browser.text(By.id("job-progress-text"), "Completed");
        assertThat(browser.driver().findElement(By.id("job-progress-text")).getText()).contains("3 of about 3 rows");
        assertThat(browser.driver().findElement(By.id("job-progress")).getAttribute("value")).isEqualTo("3");
        browser.screenshot("editor-4-batch");

        browser.click(By.id("download-csv"));
        Path results = browser.awaitDownload(".csv", Duration.ofSeconds(20));
        List<String> lines = Files.readAllLines(results);
        assertThat(lines.get(0)).startsWith("row,ref,status");
        assertThat(lines).hasSize(4).anySatisfy(l -> assertThat(l).startsWith("3,c-2,OK,,true,").contains(logan)
                .contains("LOGAN MOREY, Elvis Angus"));
    }
}
