package org.sayso.core.xmi;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.uima.cas.Type;
import org.apache.uima.cas.TypeSystem;
import org.apache.uima.cas.impl.XmiCasSerializer;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.ext.Locator2;

/**
 * Sits between the parser and UIMA's XMI handler: checks that the root is {@code xmi:XMI}, and counts what UIMA's
 * lenient mode will drop without a word, that is elements of types the CAS does not have and attributes or child
 * elements naming features the type does not have. It follows UIMA's own reading of XMI (which elements it skips, how
 * a namespace becomes a package), so the counts match what is lost. Anything UIMA's handler throws comes out as an
 * {@link XmiContentException} with the position where it happened.
 */
final class DropCountingHandler implements ContentHandler {

	static final String XMI_NAMESPACE = "http://www.omg.org/XMI";

	/** The root element is not {@code xmi:XMI}: not a UIMA XMI file. */
	static final class NotXmiException extends SAXException {

		private static final long serialVersionUID = 1L;

		NotXmiException(String message) {
			super(message);
		}
	}

	/** UIMA refused the content of the file; {@link #line} and {@link #column} say where. */
	static final class XmiContentException extends SAXException {

		private static final long serialVersionUID = 1L;

		final int line;
		final int column;

		XmiContentException(Exception cause, int line, int column) {
			super(describe(cause), cause);
			this.line = line;
			this.column = column;
		}
	}

	/** UIMA's message, or for a number that is none ("For input string: \"\"") what is wrong in words. */
	private static String describe(Exception cause) {
		var message = cause.getMessage() == null ? cause.toString() : cause.getMessage();
		for (Throwable c = cause; c != null; c = c.getCause()) {
			if (c instanceof NumberFormatException) {
				var value = c.getMessage() == null ? "" : c.getMessage().replaceFirst("^For input string: ", "")
						.replaceFirst("^\"(.*)\"$", "$1");
				return "a number was expected where the file holds " + (value.isEmpty() || value.equals("null")
						? "no value" : "'" + value + "'");
			}
		}
		if (cause instanceof NullPointerException) {
			var missing = java.util.regex.Pattern.compile("because \"([^\"]+)\" is null").matcher(message);
			return "an element lacks a value UIMA needs" + (missing.find() ? " ('" + missing.group(1) + "')" : "");
		}
		// the position is given apart; UIMA's own prefix repeats it with "source <unknown>"
		return message.replaceFirst("^Error parsing XCAS or XMI-CAS from source .*? at line \\d+, column \\d+: ", "");
	}

	@FunctionalInterface
	private interface SaxCall {
		void run() throws SAXException;
	}

	private final ContentHandler uima;
	private final TypeSystem types;
	private final Map<String, String> packageOfNamespace = new HashMap<>();
	private final Map<String, Integer> droppedTypes = new TreeMap<>();
	private final Map<String, Integer> droppedFeatures = new TreeMap<>();
	/** Names of the unknown features already counted on the current feature structure (child elements repeat). */
	private final Set<String> countedOnCurrent = new HashSet<>();
	/** The xmi:id of every top-level element, to find ids given twice and references to no element. */
	private final Set<String> ids = new HashSet<>();
	/** The ids that references of known features name, by {@code type:feature}. */
	private final Map<String, java.util.List<String>> references = new HashMap<>();
	private Locator locator;
	private int depth;
	private boolean rootSeen;
	/** The known, non-array type of the feature structure being read, whose child elements are its features. */
	private Type current;
	private String xmlVersion = "1.0";

	DropCountingHandler(ContentHandler uima, TypeSystem types) {
		this.uima = uima;
		this.types = types;
	}

	@Override
	public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
		depth++;
		if (depth == 1) {
			checkRoot(uri, localName, qName);
		} else if (depth == 2) {
			countFeatureStructure(uri, localName, qName, atts);
		} else if (depth == 3 && current != null) {
			countFeature(qName);
		}
		toUima(() -> uima.startElement(uri, localName, qName, atts));
	}

	@Override
	public void endElement(String uri, String localName, String qName) throws SAXException {
		if (depth == 2) {
			current = null;
		}
		depth--;
		toUima(() -> uima.endElement(uri, localName, qName));
	}

	private void checkRoot(String uri, String localName, String qName) throws NotXmiException {
		rootSeen = true;
		if (locator instanceof Locator2 withVersion && withVersion.getXMLVersion() != null) {
			xmlVersion = withVersion.getXMLVersion();
		}
		if (!XMI_NAMESPACE.equals(uri) || !"XMI".equals(localName)) {
			throw new NotXmiException("the root element is <" + qName + ">"
					+ (uri.isEmpty() ? "" : " of namespace " + uri) + ", not <xmi:XMI>");
		}
	}

	private void countFeatureStructure(String uri, String localName, String qName, Attributes atts)
			throws XmiContentException {
		countedOnCurrent.clear();
		var id = atts.getValue(XMI_NAMESPACE, "id");
		if (id != null && !ids.add(id)) {
			throw new XmiContentException(new IllegalStateException("xmi:id \"" + id + "\" is given to a second element,"
					+ " so the references to it are ambiguous"), line(), column());
		}
		// UIMA skips every top-level element whose name starts with "xmi"; in the XMI namespace that is metadata
		// (xmi:Extension, xmi:Documentation), elsewhere it is data that would vanish
		if (qName.startsWith("xmi")) {
			if (!XMI_NAMESPACE.equals(uri)) {
				add(droppedTypes, qName);
			}
			return;
		}
		var typeName = typeName(uri, localName);
		if ("uima.cas.View".equals(typeName)) {
			noteReferences("uima.cas.View:members", atts.getValue("members"));
		}
		if (typeName == null || "uima.cas.NULL".equals(typeName) || "uima.cas.View".equals(typeName)) {
			return; // a namespace UIMA cannot read fails in UIMA's handler, with its own message
		}
		var type = types.getType(typeName);
		if (type == null) {
			add(droppedTypes, typeName);
			return;
		}
		if (type.isArray()) {
			return; // its "elements" are not features
		}
		current = type;
		for (int i = 0; i < atts.getLength(); i++) {
			// xmi:id and other XMI attributes are identity, not data
			if (!XMI_NAMESPACE.equals(atts.getURI(i))) {
				countFeature(atts.getQName(i));
				var feature = type.getFeatureByBaseName(atts.getQName(i));
				if (feature != null && isReference(feature.getRange())) {
					noteReferences(feature.getName(), atts.getValue(i));
				}
			}
		}
	}

	/** A feature structure or an array of them, written as the ids of its targets; not a value or array of values. */
	private static boolean isReference(Type range) {
		return !range.isPrimitive() && !(range.isArray() && range.getComponentType().isPrimitive());
	}

	private void noteReferences(String feature, String value) {
		if (value != null && !value.isBlank()) {
			references.computeIfAbsent(feature, f -> new java.util.ArrayList<>()).addAll(
					java.util.Arrays.asList(value.strip().split("\\s+")));
		}
	}

	/**
	 * By {@code type:feature}, the references that name an id no element of the file has: UIMA empties them without a
	 * word. Id 0 is UIMA's null.
	 */
	Map<String, Integer> referencesToNothing() {
		var counts = new TreeMap<String, Integer>();
		references.forEach((feature, targets) -> targets.stream().filter(t -> !t.equals("0") && !ids.contains(t))
				.forEach(t -> add(counts, feature)));
		return counts;
	}

	private void countFeature(String name) {
		// UIMA looks features up by the qualified name of the attribute or child element
		if (current.getFeatureByBaseName(name) == null && countedOnCurrent.add(name)) {
			add(droppedFeatures, current.getName() + ":" + name);
		}
	}

	/**
	 * The UIMA type name of an XMI element, by UIMA's convention: namespace {@code http:///org/sayso/type.ecore} is
	 * package {@code org.sayso.type}, and {@code http:///uima/noNamespace.ecore} is no package.
	 */
	private String typeName(String namespace, String localName) {
		var pkg = packageOfNamespace.computeIfAbsent(namespace, DropCountingHandler::packageOf);
		return pkg == null ? null : pkg + localName;
	}

	private static String packageOf(String namespace) {
		if (namespace.isEmpty() || XmiCasSerializer.DEFAULT_NAMESPACE_URI.equals(namespace)) {
			return "";
		}
		String path;
		try {
			path = new URI(namespace).getPath();
		} catch (URISyntaxException e) {
			return null;
		}
		if (path == null) {
			return null;
		}
		while (path.startsWith("/")) {
			path = path.substring(1);
		}
		if (path.endsWith(".ecore")) {
			path = path.substring(0, path.length() - ".ecore".length());
		}
		return path.replace('/', '.') + '.';
	}

	private static void add(Map<String, Integer> counts, String name) {
		counts.merge(name, 1, Integer::sum);
	}

	private void toUima(SaxCall call) throws XmiContentException {
		try {
			call.run();
		} catch (SAXException | RuntimeException e) {
			// UIMA fails on hostile content in many ways (NumberFormatException for an xmi:id, CASRuntimeException,
			// its own parsing exceptions); all mean the same to the user: the XMI is not valid here
			throw new XmiContentException(e, line(), column());
		}
	}

	int line() {
		return locator == null ? -1 : locator.getLineNumber();
	}

	int column() {
		return locator == null ? -1 : locator.getColumnNumber();
	}

	/** Whether the parser got as far as the root element. */
	boolean rootSeen() {
		return rootSeen;
	}

	/** Whether the root element was opened and is not closed yet. */
	boolean insideRoot() {
		return depth > 0;
	}

	String xmlVersion() {
		return xmlVersion;
	}

	Map<String, Integer> droppedTypes() {
		return droppedTypes;
	}

	Map<String, Integer> droppedFeatures() {
		return droppedFeatures;
	}

	@Override
	public void setDocumentLocator(Locator locator) {
		this.locator = locator;
		uima.setDocumentLocator(locator);
	}

	@Override
	public void startDocument() throws SAXException {
		toUima(uima::startDocument);
	}

	@Override
	public void endDocument() throws SAXException {
		toUima(uima::endDocument);
	}

	@Override
	public void startPrefixMapping(String prefix, String uri) throws SAXException {
		toUima(() -> uima.startPrefixMapping(prefix, uri));
	}

	@Override
	public void endPrefixMapping(String prefix) throws SAXException {
		toUima(() -> uima.endPrefixMapping(prefix));
	}

	@Override
	public void characters(char[] ch, int start, int length) throws SAXException {
		toUima(() -> uima.characters(ch, start, length));
	}

	@Override
	public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
		toUima(() -> uima.ignorableWhitespace(ch, start, length));
	}

	@Override
	public void processingInstruction(String target, String data) throws SAXException {
		toUima(() -> uima.processingInstruction(target, data));
	}

	@Override
	public void skippedEntity(String name) throws SAXException {
		toUima(() -> uima.skippedEntity(name));
	}
}
