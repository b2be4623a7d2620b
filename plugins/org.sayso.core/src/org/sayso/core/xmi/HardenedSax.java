package org.sayso.core.xmi;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;

import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * The JDK's own SAX parser, locked down for files from strangers. UIMA's {@code XmiCasDeserializer.deserialize} uses
 * a parser with the JDK defaults, which still reads a DOCTYPE; an XMI file never needs one, and a DOCTYPE is the door
 * for entity expansion ("billion laughs") and for external entities that read local files into the document.
 */
public final class HardenedSax {

	/** Feature of the JDK's parser; its URI also appears in the parser's message when a DOCTYPE is refused. */
	static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";
	static final String EXTERNAL_GENERAL_ENTITIES = "http://xml.org/sax/features/external-general-entities";
	static final String EXTERNAL_PARAMETER_ENTITIES = "http://xml.org/sax/features/external-parameter-entities";

	private static final String JAXP = "http://www.oracle.com/xml/jaxp/properties/";

	/**
	 * Declared entities cannot occur without a DOCTYPE, so this limit never binds a real XMI file; it holds should a
	 * DOCTYPE ever get through. Character references and {@code &amp;} are not counted by the JDK.
	 */
	private static final String ENTITY_EXPANSION_LIMIT = "64";

	/** XMI nests three levels below its root; the margin is for tools' {@code xmi:Extension} content. */
	private static final String MAX_ELEMENT_DEPTH = "100";

	/** Rethrows errors, so that a half-understood document is never loaded; warnings change nothing. */
	static final ErrorHandler STRICT = new ErrorHandler() {

		@Override
		public void warning(SAXParseException exception) {
			// the JDK's non-validating parser warns only about DTD matters, which a refused DOCTYPE never reaches
		}

		@Override
		public void error(SAXParseException exception) throws SAXParseException {
			throw exception;
		}

		@Override
		public void fatalError(SAXParseException exception) throws SAXParseException {
			throw exception;
		}
	};

	/**
	 * One configured factory per thread: a JAXP factory is not thread-safe, and configuring one costs more than
	 * reading a small XMI file (the JDK builds a throwaway parser to check every feature set on it). Merging a
	 * project reads thousands of files on a few threads.
	 */
	private static final ThreadLocal<SAXParserFactory> FACTORY = ThreadLocal.withInitial(HardenedSax::newFactory);

	private HardenedSax() {
	}

	private static SAXParserFactory newFactory() {
		try {
			// the JDK's implementation, not whatever another bundle registers as a service
			var factory = SAXParserFactory.newDefaultInstance();
			factory.setNamespaceAware(true);
			factory.setValidating(false);
			factory.setXIncludeAware(false);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature(DISALLOW_DOCTYPE, true);
			factory.setFeature(EXTERNAL_GENERAL_ENTITIES, false);
			factory.setFeature(EXTERNAL_PARAMETER_ENTITIES, false);
			factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
			return factory;
		} catch (ParserConfigurationException | SAXException e) {
			throw notSecurable(e);
		}
	}

	/** A new namespace-aware reader, with {@link #STRICT} as its error handler. */
	public static XMLReader newReader() {
		try {
			var parser = FACTORY.get().newSAXParser();
			parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
			parser.setProperty(JAXP + "entityExpansionLimit", ENTITY_EXPANSION_LIMIT);
			parser.setProperty(JAXP + "maxElementDepth", MAX_ELEMENT_DEPTH);
			var reader = parser.getXMLReader();
			reader.setErrorHandler(STRICT);
			return reader;
		} catch (ParserConfigurationException | SAXException e) {
			throw notSecurable(e);
		}
	}

	private static IllegalStateException notSecurable(Exception e) {
		// every JDK 21+ has these settings; without them reading strangers' XML would not be safe
		return new IllegalStateException("The Java runtime's XML parser cannot be secured for reading XMI ("
				+ e.getMessage() + "). Run Sayso with the JDK it supports (21 or newer).", e);
	}
}
