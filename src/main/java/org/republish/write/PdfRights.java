package org.republish.write;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.republish.model.Attribution;
import org.republish.model.License;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Writes the licence into a PDF's XMP metadata the way Creative Commons
 * recommends: {@code xmpRights:Marked}, {@code xmpRights:WebStatement} (the
 * licence deed), {@code xmpRights:UsageTerms} (the attribution) and
 * {@code dc:rights}. These are standard XMP properties, so PDF/A needs no
 * extension schema for them.
 *
 * <p>The packet openhtmltopdf wrote is edited as XML rather than re-serialised
 * through xmpbox, so everything it declared for PDF/A and PDF/UA stays byte
 * for byte as it was. Stateless.
 */
final class PdfRights {

    private static final Logger LOG = LoggerFactory.getLogger(PdfRights.class);

    static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    static final String DC = "http://purl.org/dc/elements/1.1/";
    static final String XMP_RIGHTS = "http://ns.adobe.com/xap/1.0/rights/";
    private static final String XML = XMLConstants.XML_NS_URI;

    private PdfRights() {
    }

    /**
     * Adds the rights properties to the document's XMP packet. A packet that
     * cannot be edited is left as it was (and logged): the PDF is still valid,
     * and the licence is printed in the attribution notice anyway.
     */
    static void mark(PDDocument pdf, License license, Attribution attribution) {
        PDMetadata metadata = pdf.getDocumentCatalog().getMetadata();
        if (metadata == null) {
            return;
        }
        try {
            byte[] edited = withRights(metadata.toByteArray(), license, attribution);
            metadata.importXMPMetadata(edited);
        } catch (IOException | ParserConfigurationException | SAXException | TransformerException e) {
            LOG.warn("could not add the licence to the PDF's XMP metadata: {}", e.toString());
        }
    }

    static byte[] withRights(byte[] xmp, License license, Attribution attribution)
            throws ParserConfigurationException, IOException, SAXException, TransformerException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xmp));

        NodeList rdfs = doc.getElementsByTagNameNS(RDF, "RDF");
        if (rdfs.getLength() == 0) {
            throw new SAXException("no rdf:RDF element in the XMP packet");
        }
        Element rdf = (Element) rdfs.item(0);
        String about = "";
        NodeList descriptions = rdf.getElementsByTagNameNS(RDF, "Description");
        if (descriptions.getLength() > 0) {
            about = ((Element) descriptions.item(0)).getAttributeNS(RDF, "about");
        }

        Element description = doc.createElementNS(RDF, "rdf:Description");
        description.setAttributeNS(RDF, "rdf:about", about);
        description.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:xmpRights", XMP_RIGHTS);
        description.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:dc", DC);

        Element marked = doc.createElementNS(XMP_RIGHTS, "xmpRights:Marked");
        // public-domain dedications are not rights-managed; every CC licence is
        marked.setTextContent(isPublicDomain(license) ? "False" : "True");
        description.appendChild(marked);
        if (license.url() != null && !license.url().isBlank()) {
            Element web = doc.createElementNS(XMP_RIGHTS, "xmpRights:WebStatement");
            web.setTextContent(license.url());
            description.appendChild(web);
        }
        description.appendChild(languageAlternative(doc, XMP_RIGHTS, "xmpRights:UsageTerms",
                usageTerms(license, attribution)));
        if (!hasProperty(rdf, DC, "rights")) {
            description.appendChild(languageAlternative(doc, DC, "dc:rights", rightsStatement(license)));
        }
        rdf.appendChild(description);

        Transformer transformer = TransformerFactory.newInstance().newTransformer();
        transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
        transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        ByteArrayOutputStream out = new ByteArrayOutputStream(xmp.length + 1024);
        transformer.transform(new DOMSource(doc), new StreamResult(out));
        return out.toByteArray();
    }

    /** What a reuser must do: the attribution notice, else the licence. */
    static String usageTerms(License license, Attribution attribution) {
        if (attribution != null && !attribution.plainText().isBlank()) {
            return attribution.plainText().trim();
        }
        return rightsStatement(license);
    }

    static String rightsStatement(License license) {
        String name = license.shortName() == null || license.shortName().isBlank()
                ? license.spdxId() : license.shortName();
        String url = license.url() == null || license.url().isBlank() ? "" : " (" + license.url() + ")";
        return isPublicDomain(license)
                ? "Dedicated to the public domain: " + name + url + "."
                : "Licensed under " + name + url + ".";
    }

    private static boolean isPublicDomain(License license) {
        return license.spdxId().startsWith("CC0") || license.spdxId().equalsIgnoreCase("PDM");
    }

    private static boolean hasProperty(Element rdf, String namespace, String localName) {
        return rdf.getElementsByTagNameNS(namespace, localName).getLength() > 0;
    }

    private static Element languageAlternative(Document doc, String namespace, String qualifiedName, String text) {
        Element property = doc.createElementNS(namespace, qualifiedName);
        Element alt = doc.createElementNS(RDF, "rdf:Alt");
        Element li = doc.createElementNS(RDF, "rdf:li");
        li.setAttributeNS(XML, "xml:lang", "x-default");
        li.setTextContent(text);
        alt.appendChild(li);
        property.appendChild(alt);
        return property;
    }

    /** For tests: the text of the first property with this name, or null. */
    static String firstText(byte[] xmp, String namespace, String localName)
            throws ParserConfigurationException, IOException, SAXException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Node node = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xmp))
                .getElementsByTagNameNS(namespace, localName).item(0);
        return node == null ? null : node.getTextContent().trim();
    }
}
