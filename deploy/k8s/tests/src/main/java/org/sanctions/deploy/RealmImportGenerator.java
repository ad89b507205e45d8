package org.sanctions.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes the KeycloakRealmImport of each overlay from deploy/keycloak/sanctions-realm.json, the realm file
 * of the local run: dev imports it verbatim, prod imports {@link ProdRealm} of it.
 * Run with {@code deploy/k8s/generate-realm-import.sh} after every change of the realm file.
 */
public final class RealmImportGenerator {

    public static final String REALM_FILE = "deploy/keycloak/sanctions-realm.json";
    public static final String KEYCLOAK_CR_NAME = "keycloak";
    static final String HEADER = "# GENERATED from " + REALM_FILE + " by deploy/k8s/generate-realm-import.sh: do not edit.\n";

    private final Path root;

    public RealmImportGenerator(Path root) {
        this.root = root;
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        RealmImportGenerator generator = new RealmImportGenerator(root);
        for (String overlay : new String[] {"dev", "prod"}) {
            Path target = generator.target(overlay);
            Files.writeString(target, generator.render(overlay));
            System.out.println("Wrote " + root.relativize(target));
        }
    }

    public Path target(String overlay) {
        return root.resolve("deploy/k8s/overlays").resolve(overlay).resolve("realm-import.yaml");
    }

    /** The file content of the overlay's realm import, as the generator writes it. */
    public String render(String overlay) throws IOException {
        return HEADER + Yaml.YAML.writeValueAsString(realmImport(overlay));
    }

    public JsonNode demoRealm() {
        Path file = root.resolve(REALM_FILE);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("Realm file missing: " + file + " (the local run's Keycloak realm)");
        }
        return Yaml.read(file);
    }

    /** The public URL of the gateway in prod, taken from the prod Ingress so that it is written only once. */
    public String prodPublicUrl() {
        JsonNode ingress = Yaml.read(root.resolve("deploy/k8s/overlays/prod/ingress.yaml"));
        for (JsonNode rule : ingress.path("spec").path("rules")) {
            if ("gateway".equals(rule.at("/http/paths/0/backend/service/name").asText())) {
                return "https://" + rule.path("host").asText();
            }
        }
        throw new IllegalStateException("The prod Ingress routes no host to the gateway");
    }

    ObjectNode realmImport(String overlay) {
        JsonNode demo = demoRealm();
        return switch (overlay) {
            case "dev" -> realmImport(demo, Map.of());
            case "prod" -> {
                ProdRealm.Result prod = ProdRealm.from(demo, prodPublicUrl());
                yield realmImport(prod.realm(), prod.placeholders());
            }
            default -> throw new IllegalArgumentException("No overlay " + overlay);
        };
    }

    private static ObjectNode realmImport(JsonNode realm, Map<String, ProdRealm.SecretRef> placeholders) {
        ObjectNode doc = Yaml.JSON.createObjectNode();
        doc.put("apiVersion", "k8s.keycloak.org/v2alpha1");
        doc.put("kind", "KeycloakRealmImport");
        doc.putObject("metadata").put("name", realm.path("realm").asText() + "-realm");
        ObjectNode spec = doc.putObject("spec");
        spec.put("keycloakCRName", KEYCLOAK_CR_NAME);
        if (!placeholders.isEmpty()) {
            ObjectNode refs = spec.putObject("placeholders");
            placeholders.forEach((name, ref) -> refs.putObject(name).putObject("secret")
                    .put("name", ref.name()).put("key", ref.key()));
        }
        spec.set("realm", realm);
        return doc;
    }
}
