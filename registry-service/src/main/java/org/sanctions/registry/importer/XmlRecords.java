package org.sanctions.registry.importer;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams an XML list with StAX: checks the root element, then hands each record element (e.g. INDIVIDUAL, entity)
 * to its handler as a small {@link XmlNode}, so only one record is in memory at a time. DTDs and external entities
 * are refused. A file that is not well-formed (truncated, wrong encoding, not XML) is a {@link ListFormatException}.
 */
public final class XmlRecords {

    private static final XMLInputFactory FACTORY = factory();

    private final ImportFile file;
    private final String formatName;
    private final Map<String, Consumer<XmlNode>> handlers = new HashMap<>();

    /** {@code formatName} with its article, for messages: "a UN Security Council consolidated list". */
    public XmlRecords(ImportFile file, String formatName) {
        this.file = file;
        this.formatName = formatName;
    }

    /** Hands every element of that local name, at any depth, to the handler. */
    public XmlRecords on(String elementName, Consumer<XmlNode> handler) {
        handlers.put(elementName, handler);
        return this;
    }

    /** Reads the file; {@code root} receives the root element's attributes after its name has been checked. */
    public void read(String rootName, String rootNamespace, Consumer<Map<String, String>> root) throws IOException {
        try (InputStream in = file.open()) {
            XMLStreamReader xml = FACTORY.createXMLStreamReader(in);
            try {
                checkRoot(xml, rootName, rootNamespace);
                root.accept(attributes(xml));
                while (xml.hasNext()) {
                    if (xml.next() == XMLStreamConstants.START_ELEMENT) {
                        Consumer<XmlNode> handler = handlers.get(xml.getLocalName());
                        if (handler != null) {
                            handler.accept(element(xml));
                        }
                    }
                }
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw new ListFormatException(file.name() + " is not well-formed XML" + where(e.getLocation()) + ": "
                    + reason(e) + " (truncated, wrong encoding or not XML)", e);
        }
    }

    private void checkRoot(XMLStreamReader xml, String rootName, String rootNamespace) throws XMLStreamException {
        while (xml.hasNext() && xml.next() != XMLStreamConstants.START_ELEMENT) {
            // skip the prolog: declaration, comments, white space
        }
        if (!xml.isStartElement()) {
            throw new ListFormatException(file.name() + " has no XML root element: not " + formatName);
        }
        String ns = xml.getNamespaceURI();
        if (!xml.getLocalName().equals(rootName) || rootNamespace != null && !rootNamespace.equals(ns)) {
            throw new ListFormatException(file.name() + " is not " + formatName + ": its root element is <"
                    + xml.getLocalName() + (ns == null || ns.isEmpty() ? "" : " xmlns=\"" + ns + "\"")
                    + ">, expected <" + rootName + ">");
        }
    }

    /** Reads the element the reader stands on, with everything inside it, leaving the reader on its end tag. */
    private static XmlNode element(XMLStreamReader xml) throws XMLStreamException {
        String name = xml.getLocalName();
        long line = xml.getLocation().getLineNumber();
        Map<String, String> attributes = attributes(xml);
        StringBuilder text = new StringBuilder();
        List<XmlNode> children = new ArrayList<>();
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                children.add(element(xml));
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                text.append(xml.getText());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                return new XmlNode(name, attributes, text.toString(), children, line);
            }
        }
    }

    private static Map<String, String> attributes(XMLStreamReader xml) {
        Map<String, String> attributes = new HashMap<>();
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            attributes.put(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
        }
        return attributes;
    }

    private static String where(Location location) {
        return location == null ? "" : " at line " + location.getLineNumber() + ", column " + location.getColumnNumber();
    }

    private static String reason(XMLStreamException e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        int detail = message.indexOf("Message: ");
        return detail >= 0 ? message.substring(detail + 9) : message;
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }
}
