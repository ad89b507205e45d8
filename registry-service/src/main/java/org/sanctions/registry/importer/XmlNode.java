package org.sanctions.registry.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One small XML element read whole (a list entry), with its attributes, own text and child elements. */
public record XmlNode(String name, Map<String, String> attributes, String text, List<XmlNode> children, long line) {

    /** The first child of that local name, or null. */
    public XmlNode child(String childName) {
        for (XmlNode c : children) {
            if (c.name.equals(childName)) {
                return c;
            }
        }
        return null;
    }

    public List<XmlNode> children(String childName) {
        List<XmlNode> found = new ArrayList<>();
        for (XmlNode c : children) {
            if (c.name.equals(childName)) {
                found.add(c);
            }
        }
        return found;
    }

    /** The descendants reached by following the path of child names ({@code "names", "name"}). */
    public List<XmlNode> all(String... path) {
        List<XmlNode> level = List.of(this);
        for (String step : path) {
            List<XmlNode> next = new ArrayList<>();
            level.forEach(n -> next.addAll(n.children(step)));
            level = next;
        }
        return level;
    }

    /** The cleaned text of the first child of that name, or null when missing or blank. */
    public String text(String childName) {
        XmlNode c = child(childName);
        return c == null ? null : Texts.clean(c.text);
    }

    /** This element's own cleaned text, or null when blank. */
    public String value() {
        return Texts.clean(text);
    }

    public String attribute(String attributeName) {
        return attributes.get(attributeName);
    }
}
