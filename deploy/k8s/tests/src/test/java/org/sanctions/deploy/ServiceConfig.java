package org.sanctions.deploy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a service's application.properties expects from its environment, and the image its Jib build produces. */
record ServiceConfig(String service, Properties properties) {

    static final String[] SERVICES = {"gateway", "registry-service", "lookup-service"};
    private static final Pattern ENV_REFERENCE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::([^}]*))?}");

    static ServiceConfig of(String service) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(ProjectFiles.resolve(service + "/src/main/resources/application.properties"))) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ServiceConfig(service, properties);
    }

    /** Environment variables the properties read, with their defaults ("" when none). */
    Map<String, String> environmentVariables() {
        Map<String, String> variables = new TreeMap<>();
        for (String key : properties.stringPropertyNames()) {
            Matcher m = ENV_REFERENCE.matcher(properties.getProperty(key));
            while (m.find()) {
                variables.put(m.group(1), m.group(2) == null ? "" : m.group(2));
            }
        }
        return variables;
    }

    /** Whether an environment variable set for this service is one it reads, directly or as a Quarkus property. */
    boolean reads(String variable) {
        return environmentVariables().containsKey(variable) || variable.startsWith("QUARKUS_");
    }

    /** group/name:tag of the image that `-Dquarkus.container-image.build=true` produces. */
    String image() {
        return properties.getProperty("quarkus.container-image.group") + "/"
                + properties.getProperty("quarkus.application.name") + ":" + System.getProperty("sanctions.project.version");
    }
}
