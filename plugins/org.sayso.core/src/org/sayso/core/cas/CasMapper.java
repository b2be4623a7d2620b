package org.sayso.core.cas;

import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.TypeSystem;
import org.sayso.model.AnnotationSet;
import org.sayso.model.Document;

/**
 * The two-way mapping between Sayso's EMF model and a UIMA CAS with Sayso's type system. Every feature of the
 * model has a place in the CAS: annotation features in the annotation types, the set's annotator, state and
 * time in {@code AnnotationSetInfo}, and what the fixed annotation types have no feature for (an author who is
 * not the set's annotator, a cue's note) as properties there. Speaker entities live in their mentions, so an
 * entity without mentions is not kept.
 */
public final class CasMapper {

	private static final Map<TypeSystem, SaysoCasTypes> TYPES = new WeakHashMap<>();

	private CasMapper() {
	}

	/**
	 * Replaces the CAS's content with the set, its document's text and metadata.
	 *
	 * @param collectionId the project's name, written as DKPro's collectionId
	 */
	public static void write(AnnotationSet set, String collectionId, CAS cas) {
		new ModelToCas(types(cas), cas).write(set, collectionId);
	}

	/**
	 * Reads the set in the CAS, attached to {@code document}. A document without text gets the CAS's text.
	 *
	 * @throws IllegalArgumentException when the document has a text and the CAS holds another one
	 */
	public static Result read(CAS cas, Document document) {
		var reader = new CasToModel(types(cas), cas);
		if (document.getText() == null) {
			document.setText(cas.getDocumentText());
		} else if (!document.getText().equals(cas.getDocumentText())) {
			throw new IllegalArgumentException("the annotations were made on another text than document '"
					+ document.getId() + "' has (" + difference(cas.getDocumentText(), document.getText()) + ")");
		}
		var set = reader.readSet(document);
		return new Result(set, List.copyOf(reader.warnings()));
	}

	/** Fills {@code document}'s id, title, source URI, language and DCT from the CAS's metadata. */
	public static void readDocument(CAS cas, Document document) {
		new CasToModel(types(cas), cas).readDocument(document);
	}

	/** Where two texts part: their lengths when they differ, else the first offset and a few characters of each. */
	static String difference(String annotated, String document) {
		var a = annotated == null ? "" : annotated;
		if (a.length() != document.length()) {
			return a.length() + " characters instead of " + document.length();
		}
		int at = 0;
		while (a.charAt(at) == document.charAt(at)) {
			at++;
		}
		return "both have " + a.length() + " characters, but from offset " + at + " the annotated text reads \""
				+ excerpt(a, at) + "\" where the document's reads \"" + excerpt(document, at) + "\"";
	}

	private static String excerpt(String text, int at) {
		var end = Math.min(text.length(), at + 20);
		return text.substring(at, end).replace('\n', ' ') + (end < text.length() ? "..." : "");
	}

	private static SaysoCasTypes types(CAS cas) {
		var ts = cas.getTypeSystem();
		synchronized (TYPES) {
			return TYPES.computeIfAbsent(ts, SaysoCasTypes::new);
		}
	}

	/** The set read from a CAS, and what could not be read as it was (unknown literals, dangling links). */
	public record Result(AnnotationSet set, List<String> warnings) {
	}
}
