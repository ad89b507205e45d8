package org.sanctions.registry;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builders for request bodies and write requests; every call makes fresh codes and source ids. */
public final class TestData {

    private TestData() {
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** A write request with the reason header and a JSON body type. */
    public static RequestSpecification write() {
        return given().contentType(ContentType.JSON).header("X-Change-Reason", "test fixture");
    }

    public static Map<String, Object> program(String code) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("code", code);
        p.put("name", "Test program " + code);
        p.put("authority", "US-OFAC");
        p.put("legalBasis", "Executive Order 13936");
        p.put("description", "A program made by a test");
        p.put("url", "https://example.org/" + code);
        return p;
    }

    /** A person with one primary Latin name, a birth date, a nationality and a fresh OFAC source id. */
    public static Map<String, Object> person(String fullName) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("kind", "PERSON");
        p.put("names", new ArrayList<>(List.of(name(fullName, "PRIMARY"))));
        p.put("birthDates", new ArrayList<>(List.of(Map.of("date", "1957-12-07"))));
        p.put("placesOfBirth", List.of("Hong Kong"));
        p.put("nationalities", new ArrayList<>(List.of("HK")));
        p.put("gender", "MALE");
        p.put("positions", List.of("Secretary for Security"));
        p.put("identifiers", List.of(Map.of("type", "NATIONAL_ID", "number", "G0286787", "country", "HK")));
        p.put("sources", new ArrayList<>(List.of(Map.of("authority", "US-OFAC", "list", "SDN", "sourceId", unique("T"),
                "url", "https://www.treasury.gov/ofac/downloads/sdn.csv"))));
        return p;
    }

    public static Map<String, Object> name(String fullName, String type) {
        Map<String, Object> n = new LinkedHashMap<>();
        n.put("fullName", fullName);
        n.put("type", type);
        n.put("script", "Latn");
        n.put("language", "en");
        return n;
    }

    public static String createProgram() {
        String code = unique("P");
        write().body(program(code)).post("/api/v1/programs").then().statusCode(201);
        return code;
    }

    public static String createParty(Map<String, Object> body) {
        return write().body(body).post("/api/v1/parties").then().statusCode(201).extract().path("id");
    }

    public static Map<String, Object> measure(String program, String type, String listedDate) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("program", program);
        m.put("type", type);
        m.put("listedDate", listedDate);
        m.put("sourceUrl", "https://example.org/notice");
        return m;
    }

    public static String addMeasure(String partyId, Map<String, Object> measure) {
        String location = write().body(measure).post("/api/v1/parties/" + partyId + "/measures")
                .then().statusCode(201).extract().header("Location");
        return location.substring(location.lastIndexOf('/') + 1);
    }
}
