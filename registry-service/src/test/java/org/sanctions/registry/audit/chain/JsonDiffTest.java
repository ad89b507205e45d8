package org.sanctions.registry.audit.chain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JsonDiffTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void listsReplacedAddedAndRemovedFieldsWithPointers() throws Exception {
        JsonNode before = JSON.readTree("{\"version\":1,\"remarks\":null,\"names\":[{\"fullName\":\"LEE, John\"}],"
                + "\"gender\":\"MALE\",\"a/b\":1}");
        JsonNode after = JSON.readTree("{\"version\":2,\"remarks\":\"r\",\"names\":[{\"fullName\":\"LEE, John Ka-chiu\"},"
                + "{\"fullName\":\"LI, Jiachao\"}],\"gender\":null,\"a/b\":1}");
        assertThat(JSON.writeValueAsString(JsonDiff.of(before, after, Set.of("version")))).isEqualTo("["
                + "{\"op\":\"add\",\"path\":\"/remarks\",\"old\":null,\"new\":\"r\"},"
                + "{\"op\":\"replace\",\"path\":\"/names/0/fullName\",\"old\":\"LEE, John\",\"new\":\"LEE, John Ka-chiu\"},"
                + "{\"op\":\"add\",\"path\":\"/names/1\",\"old\":null,\"new\":{\"fullName\":\"LI, Jiachao\"}},"
                + "{\"op\":\"remove\",\"path\":\"/gender\",\"old\":\"MALE\",\"new\":null}]");
    }

    @Test
    void describesACreationAsTheFieldsItSets() throws Exception {
        JsonNode after = JSON.readTree("{\"version\":1,\"kind\":\"PERSON\",\"positions\":[],\"remarks\":null}");
        assertThat(JSON.writeValueAsString(JsonDiff.of(null, after, Set.of("version"))))
                .isEqualTo("[{\"op\":\"add\",\"path\":\"/kind\",\"old\":null,\"new\":\"PERSON\"}]");
    }

    @Test
    void canonicalFormIgnoresKeyOrderAndWhitespace() throws Exception {
        String a = Canonical.of(JSON.readTree("{\"b\": [1, {\"y\": \"蕭\", \"x\": null}], \"a\": true}"));
        String b = Canonical.of(JSON.readTree("{\"a\":true,\"b\":[1,{\"x\":null,\"y\":\"蕭\"}]}"));
        assertThat(a).isEqualTo(b).isEqualTo("{\"a\":true,\"b\":[1,{\"x\":null,\"y\":\"蕭\"}]}");
        assertThat(Canonical.sha256("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
