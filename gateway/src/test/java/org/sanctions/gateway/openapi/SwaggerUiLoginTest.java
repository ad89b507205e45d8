package org.sanctions.gateway.openapi;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sanctions.gateway.support.FakeUpstreamsResource;
import org.sanctions.testkit.KeycloakResource;

/**
 * What Swagger UI does when a person clicks Authorize, done by hand against the real Keycloak: the authorization
 * code flow with PKCE for client sanctions-ui, at the URLs the merged document declares, and the resulting token
 * used on the gateway. A code exchange without the PKCE verifier is refused.
 */
@QuarkusTest
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = FakeUpstreamsResource.class, scope = TestResourceScope.GLOBAL)
class SwaggerUiLoginTest {

    private static final String REDIRECT = "http://localhost:8080/q/swagger-ui/oauth2-redirect.html";
    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*action=\"([^\"]+)\"");

    /** No cookie handler: java.net.CookieManager does not send Keycloak's cookies back to a dotless localhost. */
    private final HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void logsInWithAuthorizationCodeAndPkceAndCallsTheApi() throws Exception {
        JsonPath flows = given().when().get("/api/openapi").then().extract().jsonPath();
        String flow = "components.securitySchemes.oidc.flows.authorizationCode.";
        String authorizationUrl = flows.getString(flow + "authorizationUrl");
        String tokenUrl = flows.getString(flow + "tokenUrl");
        String verifier = randomVerifier();

        String code = logIn(authorizationUrl, challenge(verifier), "officer");
        HttpResponse<String> refused = post(tokenUrl, Map.of("grant_type", "authorization_code", "code", code,
                "redirect_uri", REDIRECT, "client_id", "sanctions-ui"));
        assertThat(refused.statusCode()).as("a code without its PKCE verifier").isEqualTo(400);

        code = logIn(authorizationUrl, challenge(verifier), "officer");
        HttpResponse<String> tokens = post(tokenUrl, Map.of("grant_type", "authorization_code", "code", code,
                "redirect_uri", REDIRECT, "client_id", "sanctions-ui", "code_verifier", verifier));
        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        String accessToken = new ObjectMapper().readTree(tokens.body()).path("access_token").asText();

        given().auth().oauth2(accessToken).when().get("/api/v1/me").then()
                .statusCode(200).body("clientId", equalTo("sanctions-ui")).body("username", equalTo("officer"));
        given().auth().oauth2(accessToken).when().get("/api/v1/search").then().statusCode(200);
    }

    /** Opens the login page, submits the user's credentials, and returns the code from the redirect. */
    private String logIn(String authorizationUrl, String challenge, String user) throws Exception {
        String query = form(Map.of("response_type", "code", "client_id", "sanctions-ui", "redirect_uri", REDIRECT,
                "scope", "openid", "state", "swagger", "code_challenge", challenge,
                "code_challenge_method", "S256"));
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(authorizationUrl + "?" + query))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        Matcher action = FORM_ACTION.matcher(page.body());
        assertThat(action.find()).as("Keycloak's login form").isTrue();

        String cookies = page.headers().allValues("Set-Cookie").stream().map(c -> c.split(";", 2)[0])
                .collect(Collectors.joining("; "));
        HttpResponse<String> redirect = browser.send(HttpRequest.newBuilder(
                        URI.create(action.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookies)
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", user, "password", user))))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(redirect.statusCode()).as(redirect.body()).isEqualTo(302);
        String location = redirect.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(REDIRECT).contains("state=swagger");
        Matcher code = Pattern.compile("[?&]code=([^&]+)").matcher(location);
        assertThat(code.find()).isTrue();
        return code.group(1);
    }

    private HttpResponse<String> post(String url, Map<String, String> fields) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields))).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private static String randomVerifier() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String challenge(String verifier) throws Exception {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
    }
}
