package org.sanctions.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Issue 17 in the web UI: a hit on a listed company names its listed owner with the owner's program, and under
 * "Linked parties" the listed person it is linked to, with a link to that party's page; the company's page draws its
 * links as a small graph (the owner above with the share and who added the link) and the owner's page has the
 * company below, as a holding. Both pages fit 1440 px and 390 px.
 */
@ExtendWith({SystemExtension.class, BrowserExtension.class})
class OwnershipUiTest {

    @Test
    void aHitShowsItsListedOwnerAndThePartyPagesDrawTheLinkBothWays(RunningSystem system, Browser browser) {
        RegistryApi registry = new RegistryApi(system);
        OwnershipThroughGatewayTest.program(registry, "E2E-OWN-US", "US-OFAC");
        String owner = OwnershipThroughGatewayTest.personName();
        String ownerId = OwnershipThroughGatewayTest.listed(registry, owner, "E2E-OWN-US");
        String associate = OwnershipThroughGatewayTest.personName();
        String associateId = OwnershipThroughGatewayTest.listed(registry, associate, "E2E-OWN-US");
        String company = SyntheticNames.word() + " " + SyntheticNames.word() + " Minerals";
        String reason = "e2e: ownership UI, link from the company register";
        String companyId = registry.createParty(Map.of("kind", "ORGANIZATION",
                "names", List.of(Map.of("fullName", company, "type", "PRIMARY")),
                "relationships", List.of(Map.of("type", "OWNS", "direction", "INCOMING", "partyId", ownerId,
                        "share", 75), Map.of("type", "LINKED_TO", "direction", "OUTGOING", "partyId", associateId))),
                reason).path("id").asText();
        registry.addMeasure(companyId, OwnershipThroughGatewayTest.measure("E2E-OWN-US", "US-OFAC"),
                "e2e: ownership UI, listed");
        registry.awaitScreenable(company, companyId, OwnershipThroughGatewayTest.WITHIN);

        browser.login(system.gatewayUrl(), "officer", "officer");
        WebElement card = await("the hit shows its owner").atMost(OwnershipThroughGatewayTest.WITHIN)
                .pollInterval(Duration.ofSeconds(1)).ignoreExceptions().until(() -> {
                    browser.get(system.gatewayUrl() + "/#/screening");
                    browser.driver().switchTo().activeElement().sendKeys(company, Keys.ENTER);
                    browser.visible(By.id("results-heading"));
                    return browser.visible(By.id("card-" + companyId));
                }, c -> !c.findElements(By.cssSelector(".match-owners")).isEmpty());
        String owners = card.findElement(By.cssSelector(".match-owners")).getText();
        assertThat(owners).contains("Owned or controlled by").contains(owner).contains("owns 75%").contains("Listed")
                .contains("E2E-OWN-US");
        String linked = card.findElement(By.cssSelector(".match-links")).getText();
        assertThat(linked).contains("Linked parties").contains("Linked to " + associate).contains("Listed")
                .contains("E2E-OWN-US").doesNotContain(owner);
        assertThat(card.findElements(By.cssSelector(".match-links a[href$='#/parties/" + associateId + "']")))
                .hasSize(1);
        String rule = card.findElement(By.cssSelector(".ownership-result")).getText();
        assertThat(rule).as("the ownership rule's result with its path").contains("Blocked through its owners (US)")
                .contains(owner + " (E2E-OWN-US) → owns 75% → " + company);
        browser.screenshot("ui-hit-owners", 1440);

        card.findElement(By.cssSelector("a.party-link")).sendKeys(Keys.ENTER);
        WebElement above = browser.text(By.cssSelector("#links .link-owners"), owner);
        assertThat(above.getText()).contains("owns 75% this party").contains("Added by editor").contains(reason);
        assertThat(browser.present(By.cssSelector("#links .link-owners a[href$='#/parties/" + ownerId + "']"))).isTrue();
        assertThat(browser.text(By.cssSelector("#links .link-self"), company).getText()).isEqualTo(company);
        for (int width : new int[] {1440, 390}) {
            browser.screenshot("ui-party-links-" + width, width);
            assertThat(browser.sidewaysOverflow()).as("the party page with links at %d px", width).isLessThanOrEqualTo(0);
        }
        browser.desktop();

        browser.click(By.cssSelector("#links .link-owners a[href$='#/parties/" + ownerId + "']"));
        WebElement below = browser.text(By.cssSelector("#links .link-holdings"), company);
        assertThat(below.getText()).contains("this party owns 75%");
        assertThat(browser.console()).as("no console errors").noneMatch(line -> line.contains("SEVERE"));
    }
}
