package org.sanctions.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * An account holding only screening-client (a bank system's role) is told clearly that the UI is not for it, and can
 * log out (ending the Keycloak session too: logging in again asks for the password).
 */
@ExtendWith({SystemExtension.class, BrowserExtension.class})
class ScreeningClientRefusedTest {

    @Test
    void accountWithOnlyScreeningClientRoleCannotUseTheUi(RunningSystem system, Browser browser) {
        new KeycloakAdmin(system.keycloak()).ensureUser("bank-operator", List.of("screening-client"));

        browser.login(system.gatewayUrl(), "bank-operator", "bank-operator");
        String message = browser.text(By.id("no-access"), "cannot use the web UI").getText();
        assertThat(message).contains("screening-client").contains("bank-operator");
        assertThat(browser.driver().findElements(By.cssSelector("#nav a"))).as("no navigation").isEmpty();
        assertThat(browser.present(By.id("logout"))).isTrue();
        browser.screenshot("screening-client-refused");

        browser.click(By.id("logout"));
        browser.visible(By.id("login"));
        assertThat(browser.present(By.id("current-user"))).as("logged out, also at Keycloak").isFalse();
        browser.click(By.id("login"));
        browser.visible(By.id("username"));
    }
}
